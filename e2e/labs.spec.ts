import { readdirSync, readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { compareText } from "../src/ui/compare/compareText";
import { jsonFile } from "./pages/FilesPage";
import { InspectorPage } from "./pages/InspectorPage";
import { LabPage } from "./pages/LabPage";
import { TrainingPage } from "./pages/TrainingPage";

/**
 * Lab sheets end to end, in Chromium with real training: a student opens
 * the CNN-under-a-budget lab, finds its locks, trains the MLP starting graph
 * (3 epochs on 1,000 MNIST digits: seconds), meets the accuracy goal but not
 * the parameter budget, and exports a submission; a teacher loads the
 * sample submissions into the leaderboard, sorts it and compares two.
 */

const LAB_ID = "cnn-parameter-budget";
const lab = JSON.parse(readFileSync(`labs/${LAB_ID}.json`, "utf8")) as {
  title: { en: string; zh: string };
  goals: { metric: string; atLeast?: number; atMost?: number }[];
};
const [accuracyGoal, budgetGoal] = lab.goals;
const SAMPLES = `labs/submissions/${LAB_ID}`;

test.describe("lab sheets", () => {
  test("a student opens a lab, meets a goal and exports a submission", async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 1366, height: 900 });
    const labs = new LabPage(page);
    const editor = labs.files.editor;
    const inspector = new InspectorPage(page);
    await labs.files.open("/");
    // A file that is not a lab says why, and the graph being worked on stays open.
    const before = await labs.files.graphName().inputValue();
    await labs.openLabFile(jsonFile("notes.json", { format: "neurograph-lab", version: 1 }));
    await expect(labs.labsDialog().getByRole("alert")).toContainText("Can't open “notes.json”");
    await page.keyboard.press("Escape");
    await expect(labs.files.graphName()).toHaveValue(before);
    await expect(labs.panel()).toHaveCount(0);

    await labs.openExample(lab.title.en);
    await expect(labs.files.graphName()).toHaveValue(/MLP/);
    await expect.poll(() => labs.goalStatuses()).toEqual(["notRun", "notRun"]);
    await expect(labs.exportButton()).toBeDisabled();
    // The lab's training setup is the graph's.
    const opened = (await editor.document()) as unknown as { training: Record<string, unknown> };
    expect(opened.training.epochs).toBe(3);
    expect(opened.training.seed).toBe(7);

    // What the lab locks (the Training tab is open) in the training setup is read-only there.
    const setup = page.getByRole("form", { name: "Training setup" });
    await expect(setup.getByRole("spinbutton", { name: "Epochs", exact: true })).toBeDisabled();
    await expect(setup.getByRole("spinbutton", { name: "Seed", exact: true })).toBeDisabled();
    await expect(
      setup.getByRole("spinbutton", { name: "Learning rate", exact: true }),
    ).toBeEnabled();
    // Room on the canvas to reach every layer.
    await editor.tab("Training").click();
    await editor.runMenu("View", "Fit the graph to the view");
    await editor.settled();

    // A locked layer survives Delete, and its params are read-only.
    await editor.node("image").click();
    await page.keyboard.press("Delete");
    await expect(page.getByText("is locked by the lab and was not deleted")).toBeVisible();
    expect((await editor.document()).nodes.map((n) => n.id)).toContain("image");
    await editor.node("image").click();
    await expect(inspector.root().getByRole("note")).toHaveText(labs.text.lockedByLab);
    await expect(inspector.dimension("shape", 1)).toBeDisabled();

    // A single locked param is read-only; the layer's other params are not.
    await editor.node("digits").click();
    await expect(inspector.numberField("units")).toBeDisabled();
    await expect(inspector.switch("useBias")).toBeEnabled();
    await editor.node("hidden").click();
    await expect(inspector.numberField("units")).toBeEnabled();

    // Train with the lab's setup; the accuracy goal is met, the parameter budget is not.
    const training = new TrainingPage(page);
    await training.show();
    await training.button("train").click();
    await training.expectStatus("statusFinished", 60_000);
    await expect.poll(() => labs.goalStatuses()).toEqual(["met", "notMet"]);
    await expect(labs.panel().getByRole("status")).toHaveText("1 of 2 goals met.");
    await expect(labs.violations()).toHaveCount(0);

    // Export: the lab, the student, the graph and the run's results.
    await expect(labs.exportButton()).toBeEnabled();
    const download = await labs.exportSubmission("Ada Lovelace");
    expect(download.suggestedFilename()).toBe(`${LAB_ID}-Ada-Lovelace.json`);
    const submission = JSON.parse(readFileSync(await download.path(), "utf8"));
    expect(submission).toMatchObject({
      format: "neurograph-submission",
      version: 1,
      lab: LAB_ID,
      startingGraph: "mlp",
      student: "Ada Lovelace",
      document: { format: "neurograph", training: { epochs: 3, seed: 7 } },
      results: { epochs: 3 },
    });
    expect(accuracyGoal?.metric).toBe("bestValAccuracy");
    expect(submission.results.bestValAccuracy).toBeGreaterThanOrEqual(accuracyGoal!.atLeast!);
    expect(budgetGoal?.metric).toBe("params");
    expect(submission.results.params).toBeGreaterThan(budgetGoal!.atMost!);

    // The panel follows the app's language.
    await page.getByRole("button", { name: "简体中文", exact: true }).click();
    const zh = new LabPage(page, "zh");
    await expect(zh.panel()).toContainText(lab.title.zh);
    await expect(zh.goals().first()).toContainText("已达成");
    await expect(zh.exportButton()).toBeEnabled();
    await labs.files.expectNoErrors();
  });

  test("a teacher grades submissions, sorts them and compares two", async ({ page }) => {
    const labs = new LabPage(page);
    await labs.files.open("/");
    const board = await labs.showLeaderboard();
    await expect(board).toContainText("neurograph grade");
    const files = readdirSync(SAMPLES)
      .filter((f) => f.endsWith(".json"))
      .map((f) => jsonFile(f, readFileSync(`${SAMPLES}/${f}`, "utf8")));
    expect(files.length).toBeGreaterThanOrEqual(2);
    // No lab chosen: the submissions' own (bundled) lab is picked.
    await labs.loadSubmissions(files);
    await expect(labs.rows()).toHaveCount(files.length);
    // More can be dropped; this one is not a submission at all.
    await labs.dropSubmissions([jsonFile("notes.json", "{ not json")]);
    await expect(board.getByRole("combobox", { name: labs.text.lab, exact: true })).toHaveValue(
      LAB_ID,
    );
    await expect(labs.rows()).toHaveCount(files.length + 1);
    await expect(labs.rows().filter({ hasText: labs.text.invalid })).toContainText("notes.json");

    // Sorting by parameters, then the other way round; the invalid file stays last.
    const params = async () =>
      (await labs.rows().locator("td:nth-child(6)").allTextContents())
        .map((t) => Number(t.replace(/[^\d]/g, "")))
        .filter((n) => n > 0);
    await labs.sortBy(labs.text.colParams);
    await expect(labs.columnHeader(labs.text.colParams)).toHaveAttribute("aria-sort", "ascending");
    const ascending = await params();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await labs.sortBy(labs.text.colParams);
    await expect(labs.columnHeader(labs.text.colParams)).toHaveAttribute("aria-sort", "descending");
    expect(await params()).toEqual([...ascending].reverse());
    await expect(labs.rows().last()).toContainText("notes.json");

    // Two students side by side in the compare view.
    const students = (await labs.rowHeaders()).slice(0, 2);
    await expect(labs.compareButton()).toBeDisabled();
    for (const student of students) await labs.select(student);
    await labs.compareButton().click();
    const compare = page.getByRole("dialog", { name: compareText.en.title });
    await expect(compare).toBeVisible();
    for (const student of students) await expect(compare).toContainText(student);
    await labs.files.expectNoErrors();
  });
});
