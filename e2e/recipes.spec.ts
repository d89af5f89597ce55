import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { mnistMlp } from "./fixtures/trainingDocuments";
import { TrainingPage } from "./pages/TrainingPage";

/**
 * The recipes beyond classification, trained for real in Chromium (the app's
 * worker, its backends and datasets): word2vec, GANs, VAEs, adversarial
 * examples and attention maps. Each run is small enough for a 2-core machine.
 */

function preset(name: string): { name: string } & Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../presets/${name}.json`, import.meta.url), "utf8"));
}

test.describe("recipes in the browser", () => {
  // Two trainings in some tests, on a 2-core machine.
  test.describe.configure({ timeout: 150_000 });

  test("word2vec: neighbours, analogies and the Embedding Projector export", async ({ page }) => {
    const training = new TrainingPage(page);
    await training.openWith(preset("word2vec-planted"));
    await training.button("train").click();
    await training.expectStatus("statusFinished", 60_000);
    await training.openLab("word2vec");
    // The corpus's known pairs are scored on the vectors, and the lesson card checks that score.
    await expect(page.getByTestId("w2v-benchmark")).toContainText("24 of 24 words");
    await expect(page.locator(".lesson-card li[data-state='met']")).toHaveCount(
      (preset("word2vec-planted").lesson as { checks: unknown[] }).checks.length,
    );
    // The planted corpus makes the right answers known: each word's partner is its nearest neighbour.
    expect((await training.findNeighbours("boat"))[0]).toBe("ship");
    expect((await training.findNeighbours("doctor"))[0]).toBe("nurse");
    expect(await training.analogy("king", "man", "woman")).toContain("queen");
    await expect(training.projection()).toBeVisible();
    const [vectors, metadata] = await training.exportEmbeddings();
    const vectorText = readFileSync(await vectors!.path(), "utf8")
      .trim()
      .split("\n");
    const words = readFileSync(await metadata!.path(), "utf8")
      .trim()
      .split("\n");
    expect(vectorText.length).toBe(words.length);
    expect(vectorText[0]!.split("\t")).toHaveLength(20);
    await page.screenshot({ path: "test-results/recipes-word2vec.png", fullPage: true });
    await training.files.expectNoErrors();
  });

  test("FGSM fools a trained MNIST classifier; adversarial training makes it more robust", async ({
    page,
  }) => {
    const training = new TrainingPage(page);
    await training.openWith(mnistMlp());
    await training.button("train").click();
    await training.expectStatus("statusFinished");
    await training.openLab("adversarial");
    await training.attack({ index: 0, epsilon: 0.1, method: "fgsm" });
    await expect(training.run().getByTestId("adv-original")).toBeVisible();
    await expect(training.run().getByTestId("adv-perturbation")).toBeVisible();
    await expect(training.run().getByTestId("adv-adversarial")).toBeVisible();
    expect(await training.perturbationFactor()).toBeGreaterThan(1);
    await training.measureRobustness(1);
    await page.screenshot({ path: "test-results/recipes-adversarial.png", fullPage: true });

    // The same network trained with half of each batch adversarial: a second curve beside the first.
    await training.chooseRecipe("adversarial");
    await training.button("train").click();
    await training.expectStatus("statusFinished", 90_000);
    await training.openLab("adversarial");
    await training.measureRobustness(2);
    await training.files.expectNoErrors();
  });

  test("attention maps of a transformer on the digit-reversal task", async ({ page }) => {
    const training = new TrainingPage(page);
    const transformer = preset("transformer-reverse-digits");
    const setup = transformer.training as Record<string, unknown>;
    await training.openWith({ ...transformer, training: { ...setup, epochs: 2 } });
    await training.button("train").click();
    await training.expectStatus("statusFinished", 90_000);
    await training.openLab("attention");
    await training.refreshAttention(0);
    // One map per head of every attention node, each with the sample's digits as labels.
    await expect(training.attentionMaps()).toHaveCount(2);
    await page.screenshot({ path: "test-results/recipes-attention.png", fullPage: true });
    await training.files.expectNoErrors();
  });

  test("a GAN on MNIST: the sample grid from fixed noise changes as the generator learns", async ({
    page,
  }) => {
    const training = new TrainingPage(page);
    const gan = preset("gan-mnist");
    const setup = gan.training as Record<string, unknown>;
    await training.openWith({
      ...gan,
      training: { ...setup, dataset: { id: "mnist", options: { size: 4000 } }, epochs: 2 },
    });
    await training.openLab("gan");
    await training.button("train").click();
    await expect(training.ganSamples()).toBeVisible({ timeout: 45_000 });
    await expect.poll(() => training.recipeViewStep(), { timeout: 45_000 }).toBeGreaterThan(0);
    const early = await training.ganSamplePixels();
    const earlyStep = await training.recipeViewStep();
    await expect
      .poll(() => training.recipeViewStep(), { timeout: 60_000 })
      .toBeGreaterThan(earlyStep + 50);
    expect(await training.ganSamplePixels()).not.toEqual(early);
    await training.expectStatus("statusFinished", 120_000);
    await expect(training.ganVerdicts()).toBeVisible();
    // Both losses on one chart, D(real) and D(fake) on another.
    await training.labTab("curves").click();
    expect(await training.chartSeries(training.chart("losses"))).toEqual(
      expect.arrayContaining(["loss", "generatorLoss"]),
    );
    expect(await training.chartSeries(training.chart("verdicts"))).toEqual(["dReal", "dFake"]);
    await page.screenshot({ path: "test-results/recipes-gan-curves.png", fullPage: true });
    await training.files.expectNoErrors();
  });

  test("a GAN on the ring of 8 Gaussians covers the modes, over the discriminator's heat map", async ({
    page,
  }) => {
    const training = new TrainingPage(page);
    await training.openWith(preset("gan-ring"));
    await training.button("train").click();
    await training.expectStatus("statusFinished", 120_000);
    await training.openLab("gan");
    await expect(training.ganScatter()).toBeVisible();
    const modes = await training.ganModes();
    expect(modes.total).toBe(8);
    expect(modes.covered).toBeGreaterThanOrEqual(6);
    await page.screenshot({ path: "test-results/recipes-gan-ring.png", fullPage: true });
    await training.files.expectNoErrors();
  });

  test("a VAE: latent scatter by label, click a point to decode it, random samples", async ({
    page,
  }) => {
    const training = new TrainingPage(page);
    const vae = preset("vae-mnist");
    const setup = vae.training as Record<string, unknown>;
    await training.openWith({
      ...vae,
      training: { ...setup, dataset: { id: "mnist", options: { size: 4000 } }, epochs: 3 },
    });
    await training.button("train").click();
    await training.expectStatus("statusFinished", 120_000);
    await training.openLab("autoencoder");
    await expect(training.aeOriginals()).toBeVisible();
    await expect(training.aeReconstructions()).toBeVisible();
    await expect(training.aeRandomSamples()).toBeVisible();
    await expect(training.latentScatter()).toBeVisible();
    const first = await training.clickLatent(0.3, 0.4);
    const second = await training.clickLatent(0.7, 0.6);
    expect(second.x).toBeGreaterThan(first.x);
    // y grows upwards in the plane, downwards on screen.
    expect(second.y).toBeLessThan(first.y);
    await expect(training.decodedImage()).toBeVisible();
    await page.screenshot({ path: "test-results/recipes-vae.png", fullPage: true });
    // The split of the loss: reconstruction and KL on one chart.
    await training.labTab("curves").click();
    expect(await training.chartSeries(training.chart("split"))).toEqual(
      expect.arrayContaining(["reconstruction", "kl"]),
    );
    await training.files.expectNoErrors();
  });
});
