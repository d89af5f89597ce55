import { expect, test } from "@playwright/test";
import { EditorPage } from "./pages/EditorPage";
import { InspectorPage, ProblemsPanel } from "./pages/InspectorPage";

test.describe("problems and fix-its", () => {
  let editor: EditorPage;
  let problems: ProblemsPanel;
  let inspector: InspectorPage;

  test.beforeEach(async ({ page }) => {
    editor = new EditorPage(page);
    problems = new ProblemsPanel(page);
    inspector = new InspectorPage(page);
    await editor.open();
    await expect(editor.node("hidden")).toBeVisible();
    await problems.open();
    await expect(problems.noProblems()).toBeVisible();
  });

  test("a Conv2D on the flat input is listed, shown, and fixed in one undoable step", async () => {
    // Built through the UI: select the 784-input and add a Conv2D below it.
    await editor.node("in").click();
    await editor.paletteItem("Conv2D").click();
    const conv = (await editor.document()).nodes.find((n) => n.type === "conv2d")!;
    await expect(editor.node(conv.id)).toBeVisible();
    await editor.settled();

    await expect(problems.problems()).toHaveCount(1);
    await expect(problems.problem("NG401")).toContainText(
      "Conv2D 'conv2d' expects a 4-D input [batch, height, width, channels] but receives [batch, 784] from 'in'.",
    );

    // Clicking the problem selects its layer (the inspector follows).
    // (Escape leaves the new layer: a click on "out" can land on the node drawn above it.)
    await editor.page.keyboard.press("Escape");
    await expect(inspector.title()).not.toHaveText("Conv2D");
    await problems.showButton("NG401").click();
    await expect(inspector.title()).toHaveText("Conv2D");
    await expect(inspector.section("problems")).toContainText("NG401");

    const before = await editor.document();
    await problems.fixButton("NG401", "Insert Reshape [28, 28, 1]").click();
    await expect(problems.noProblems()).toBeVisible();
    await expect(problems.noProblems()).toBeFocused();
    const fixed = await editor.document();
    expect(fixed.nodes).toHaveLength(before.nodes.length + 1);
    const reshape = fixed.nodes.find((n) => n.type === "reshape")!;
    expect(reshape.params.targetShape).toEqual([28, 28, 1]);
    await expect(editor.node(conv.id)).toContainText("[?, 26, 26, 32]");

    // One undo brings the problem back, exactly as it was.
    await editor.runMenu("Edit", /Undo/);
    await expect(problems.problem("NG401")).toBeVisible();
    expect(await editor.document()).toEqual(before);
    await editor.expectNoErrors();
  });

  test("works from the keyboard alone", async ({ page }) => {
    await editor.node("in").click();
    await editor.paletteItem("Conv2D").click();
    await editor.settled();
    // Leave the new layer from the keyboard too (a click on "out" can land on the node above it).
    await page.keyboard.press("Escape");
    await expect(problems.problems()).toHaveCount(1);

    await problems.showButton("NG401").focus();
    await page.keyboard.press("Enter");
    await expect(inspector.title()).toHaveText("Conv2D");
    await page.keyboard.press("Tab");
    await expect(problems.fixButton("NG401", "Insert Reshape [28, 28, 1]")).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(problems.noProblems()).toBeFocused();
    await editor.expectNoErrors();
  });

  test("editing a Reshape's target shape in the inspector clears its size problem", async () => {
    // A Reshape [28, 28, 1] after the 128-unit layer: 784 elements into 128 cannot go.
    await editor.node("hidden").click();
    await editor.paletteItem("Reshape").click();
    const reshape = (await editor.document()).nodes.find((n) => n.type === "reshape")!;
    await expect(problems.problem("NG403")).toContainText("cannot reshape");
    await expect(inspector.title()).toHaveText("Reshape");

    // Editing the shape in the inspector: [-1] takes whatever is left, so the problem goes away.
    const first = inspector.dimension("targetShape", 1);
    await inspector.type(first, "-1");
    await inspector.root().getByRole("button", { name: "Remove dimension 3" }).click();
    await inspector.root().getByRole("button", { name: "Remove dimension 2" }).click();
    await expect(problems.noProblems()).toBeVisible();
    await expect(editor.node(reshape.id)).toContainText("[?, 128]");
    await editor.expectNoErrors();
  });

  test("the summary's rows lead to their layers", async () => {
    await editor.tab("Summary").click();
    const row = editor.page.getByRole("main").getByRole("row", { name: /drop/ });
    await row.getByRole("button").click();
    await expect(inspector.title()).toHaveText("Dropout");
    await expect(inspector.numberField("rate")).toHaveValue("0.2");
    await editor.expectNoErrors();
  });
});
