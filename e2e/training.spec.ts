import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { trainingText } from "../src/ui/training/trainingText";
import { stripesZip } from "./fixtures/imageZip";
import { csvMlp, mnistMlp, shapesCnn, stripesMlp, xorMlp } from "./fixtures/trainingDocuments";
import { InspectorPage } from "./pages/InspectorPage";
import { TrainingPage } from "./pages/TrainingPage";

/**
 * Real training in Chromium: the app's worker, its backends and its
 * datasets, no mocks. Each run is small enough to finish well within a
 * test's minute on a 2-core machine.
 */

test.describe("training in the browser", () => {
  test("an MLP learns XOR to at least 95 % accuracy", async ({ page }) => {
    const training = new TrainingPage(page);
    await training.openWith(xorMlp());
    await training.button("train").click();
    await training.expectStatus("statusFinished");
    await expect(training.run().getByTestId("backend-in-use")).toContainText(/wasm|webgl|cpu/);
    expect(await training.evaluate()).toBeGreaterThanOrEqual(95);
    await expect(training.confusionMatrix()).toBeVisible();
    // 2-D data: the decision boundary is drawn behind the points.
    await expect(training.run().getByRole("img", { name: /Decision boundary/ })).toBeVisible();

    // Editing the graph after training marks the trained model out of date.
    await expect(training.outOfDate()).toHaveCount(0);
    await training.files.editor.node("hidden").click();
    const units = new InspectorPage(page).numberField("units");
    await units.fill("8");
    await units.blur();
    await expect(training.outOfDate()).toBeVisible();

    // Everything is in 简体中文 too.
    await training.files.editor.page.getByRole("button", { name: "简体中文", exact: true }).click();
    const zh = new TrainingPage(page, "zh");
    await expect(zh.button("train")).toBeVisible();
    await expect(zh.status()).toHaveText("已完成");
    await expect(zh.outOfDate()).toBeVisible();
    await training.files.expectNoErrors();
  });

  test("an MLP on MNIST reaches 90 % validation accuracy within 2 epochs", async ({ page }) => {
    const training = new TrainingPage(page);
    await training.openWith(mnistMlp());
    await training.button("train").click();
    await training.expectStatus("statusFinished");
    // The validation curve's latest value, as the chart title shows it…
    await expect(training.run().getByRole("figure", { name: "Accuracy chart" })).toBeVisible();
    // …and the evaluation of the same split.
    expect(await training.evaluate()).toBeGreaterThanOrEqual(90);
    // The drawing pad: a vertical stroke, and the model answers with class probabilities.
    await training.drawStroke([
      [0.5, 0.15],
      [0.5, 0.85],
    ]);
    await expect(training.probabilities()).toBeVisible();
    await expect(training.probabilities().getByRole("listitem")).toHaveCount(10);
    await training.files.expectNoErrors();
  });

  test("Pause, Resume, Step and Stop control the run; Step trains exactly one batch", async ({
    page,
  }) => {
    const training = new TrainingPage(page);
    // Many small batches, so the run is still going when the test pauses it.
    await training.openWith(
      xorMlp(50, { dataset: { id: "xor", options: { size: 20_000 } }, batchSize: 8 }),
    );
    // Step from a fresh start: one batch, then paused.
    await training.button("step").click();
    await training.expectStatus("statusPaused");
    await expect.poll(() => training.steps()).toBe(1);

    await training.button("resume").click();
    await training.expectStatus("statusRunning");
    await expect.poll(() => training.steps()).toBeGreaterThan(5);
    await training.button("pause").click();
    await training.expectStatus("statusPaused");
    const paused = await training.steps();
    await page.waitForTimeout(500);
    expect(await training.steps()).toBe(paused);

    await training.button("step").click();
    await expect.poll(() => training.steps()).toBe(paused + 1);
    await page.waitForTimeout(500);
    expect(await training.steps()).toBe(paused + 1);
    await training.expectStatus("statusPaused");

    // While paused the learning rate can be changed; the run goes on with it.
    const rate = training.run().getByRole("spinbutton", { name: "Learning rate" });
    await rate.fill("0.005");
    await training.run().getByRole("button", { name: "Apply" }).click();
    await training.button("resume").click();
    await expect.poll(() => training.steps()).toBeGreaterThan(paused + 1);
    await expect(training.run()).toContainText("Learning rate: 0.005");
    await training.button("stop").click();
    await training.expectStatus("statusStopped");
    await expect(training.button("train")).toBeEnabled();
    // Stopping saved the weights; Reset weights deletes them.
    await expect(training.button("continueTraining")).toBeVisible();
    await training.button("resetWeights").click();
    await expect(training.button("continueTraining")).toHaveCount(0);
    await training.expectStatus("statusIdle");
    await training.files.expectNoErrors();
  });

  test("a CNN's feature maps appear and change while it trains; its confusion matrix shows examples", async ({
    page,
  }) => {
    const training = new TrainingPage(page);
    await training.openWith(shapesCnn());
    await training.view("tabLive").click();
    await training.button("train").click();
    await training.expectStatus("statusRunning");
    // Clicking the convolution on the canvas opens its live view.
    await training.files.editor.node("conv").click();
    await expect(training.featureMaps()).toHaveCount(8, { timeout: 30_000 });
    const first = await training.featureMapPixels();
    await expect
      .poll(async () => (await training.featureMapPixels()).some((p, i) => p !== first[i]), {
        timeout: 30_000,
      })
      .toBe(true);
    await training.button("stop").click();
    await training.expectStatus("statusStopped");

    // Evaluation of an image model: confusion-matrix cells show their example images.
    await training.evaluate();
    await training
      .confusionMatrix()
      .getByRole("button", { name: /samples of circle predicted as circle$/ })
      .click();
    await expect(page.getByTestId("cell-examples").getByRole("img").first()).toBeVisible();
    await training.files.expectNoErrors();
  });

  test("a learning rate of 10 on MNIST stops with the NaN message, and the graph is intact", async ({
    page,
  }) => {
    const training = new TrainingPage(page);
    await training.openWith(
      mnistMlp({ optimizer: { type: "sgd", learningRate: 0.01 }, epochs: 3 }),
    );
    const before = await training.files.editor.document();
    // Typed into the setup form, as a user would.
    await training.setNumber("learningRate", 10);
    await expect
      .poll(async () => (await training.files.editor.document()) as unknown)
      .toMatchObject({ training: { optimizer: { learningRate: 10 } } });
    await training.button("train").click();
    await training.expectStatus("statusFailed");
    await expect(training.failure()).toContainText("NaN");
    await expect(training.failure()).toContainText(/learning rate/i);
    const after = await training.files.editor.document();
    expect(after.nodes).toEqual(before.nodes);
    expect(after.edges).toEqual(before.edges);
    await expect(training.files.editor.nodes()).toHaveCount(3);
    await expect(training.button("train")).toBeEnabled();
  });

  test("after a reload the trained weights are back, and training continues from the saved epoch", async ({
    page,
  }) => {
    const training = new TrainingPage(page);
    await training.openWith(
      xorMlp(60, { dataset: { id: "xor", options: { size: 4000, noise: 0.05 } } }),
    );
    await training.button("train").click();
    await expect.poll(() => training.epoch(), { timeout: 30_000 }).toBeGreaterThanOrEqual(6);
    await training.button("stop").click();
    await training.expectStatus("statusStopped");
    const saved = training.run().getByText(/Weights saved after epoch \d+/);
    await expect(saved).toBeVisible();
    const savedEpoch = Number(/(\d+)/.exec((await saved.textContent()) ?? "")?.[1]);
    expect(savedEpoch).toBeGreaterThanOrEqual(5);

    await page.reload();
    await training.files.open("/", "XOR MLP");
    await training.show();
    await expect(training.button("continueTraining")).toBeVisible({ timeout: 20_000 });
    // Evaluating needs no training: the checkpoint is loaded (into a paused run).
    expect(await training.evaluate()).toBeGreaterThanOrEqual(95);
    await expect(training.run()).toContainText(trainingText.en.resumedInfo);
    await training.expectStatus("statusPaused");
    await training.button("resume").click();
    await expect.poll(() => training.epoch(), { timeout: 20_000 }).toBeGreaterThan(savedEpoch);
    await training.button("stop").click();
    await training.expectStatus("statusStopped");
    await training.files.expectNoErrors();
  });

  test("a CSV upload trains", async ({ page }) => {
    const training = new TrainingPage(page);
    await training.openWith(csvMlp());
    // A ragged file: the datasets module's own message is shown, and nothing trains on it.
    await training.csvInput().setInputFiles({
      name: "ragged.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("a,b,species\n1,2,x\n3\n4,5,y\n"),
    });
    const problems = training.setupForm().getByRole("alert", { name: "Problems in ragged.csv" });
    await expect(problems).toContainText(/Line 3\b/);

    await training.csvInput().setInputFiles({
      name: "flowers.csv",
      mimeType: "text/csv",
      buffer: readFileSync(new URL("./fixtures/flowers.csv", import.meta.url)),
    });
    await expect(training.setupForm().getByLabel("Label column")).toHaveValue("species");
    await expect(training.setupForm()).toContainText("flowers.csv: 150 rows, 5 columns");
    await expect(training.setupForm().getByRole("alert")).toHaveCount(0);
    await training.button("train").click();
    await training.expectStatus("statusFinished");
    expect(await training.evaluate()).toBeGreaterThanOrEqual(90);
    await training.files.expectNoErrors();
  });

  test("images from a zip, one folder per class, train", async ({ page }) => {
    const training = new TrainingPage(page);
    await training.openWith(stripesMlp());
    await training.setupForm().getByTestId("image-zip").setInputFiles({
      name: "stripes.zip",
      mimeType: "application/zip",
      buffer: stripesZip(),
    });
    await expect(training.setupForm()).toContainText("stripes.zip: 80 images in 2 classes");
    await training.button("train").click();
    await training.expectStatus("statusFinished");
    expect(await training.evaluate()).toBeGreaterThanOrEqual(90);
    await training.files.expectNoErrors();
  });
});
