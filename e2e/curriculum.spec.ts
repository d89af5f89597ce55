import { readdirSync, readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { CURRICULUM_TOPICS } from "../src/graph/results/topics";
import { FilesPage } from "./pages/FilesPage";
import { TrainingPage } from "./pages/TrainingPage";

/**
 * The curriculum in the app: the gallery shows every preset with its
 * thumbnail under the 16 topics, in English and 简体中文; a preset opened from
 * it brings its lesson, and training it shows the expected outcome met.
 */
test.describe("the curriculum gallery", () => {
  test("every preset under its topic, with a thumbnail; the lesson's outcome is checked on the run", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const files = new FilesPage(page);
    await files.open("/");
    const gallery = await files.showPresets();
    const presetCount = readdirSync("presets").filter((f) => f.endsWith(".json")).length;
    const cards = gallery.locator("[data-preset]");
    await expect(cards).toHaveCount(presetCount);
    await expect(gallery.locator("[data-preset] img[src^='data:image/svg+xml']")).toHaveCount(
      presetCount,
    );
    const headings = gallery.getByRole("heading", { level: 3 });
    await expect(headings).toHaveText(CURRICULUM_TOPICS.map((t, i) => `${i + 1}. ${t.en}`));
    await page.screenshot({ path: "test-results/curriculum-gallery-en.png" });

    // Open the XOR MLP and train it: its lesson card checks the expected outcome on this run.
    const xor = JSON.parse(readFileSync("presets/xor-mlp.json", "utf8"));
    await gallery.locator('[data-preset="xor-mlp"]').click();
    await expect(files.graphName()).toHaveValue(xor.lesson.title.en);
    const training = new TrainingPage(page);
    await training.show();
    const card = page.locator(".lesson-card");
    await expect(card).toContainText(xor.lesson.goal.en);
    await expect(card.locator("li[data-state='pending']")).toHaveCount(xor.lesson.checks.length);
    await training.button("train").click();
    await training.expectStatus("statusFinished");
    await expect(card.locator("li[data-state='met']")).toHaveCount(xor.lesson.checks.length);
    await files.expectNoErrors();
  });

  test("in 简体中文 the topics, names and learning goals are Chinese", async ({ page }) => {
    const files = new FilesPage(page);
    await files.open("/");
    await page.getByRole("button", { name: "简体中文", exact: true }).click();
    await files.editor.runMenu("文件", "预设…");
    const gallery = page.getByRole("dialog", { name: "预设" });
    await expect(gallery.getByRole("heading", { level: 3 })).toHaveText(
      CURRICULUM_TOPICS.map((t, i) => `${i + 1}. ${t.zh}`),
    );
    const lenet = JSON.parse(readFileSync("presets/lenet-5.json", "utf8"));
    const card = gallery.locator('[data-preset="lenet-5"]');
    await expect(card).toContainText(lenet.lesson.title.zh);
    await expect(card).toContainText(lenet.lesson.goal.zh);
    await page.screenshot({ path: "test-results/curriculum-gallery-zh.png" });
    await files.expectNoErrors();
  });
});
