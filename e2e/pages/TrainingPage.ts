import { type Download, expect, type Locator, type Page } from "@playwright/test";
import type { Locale } from "../../src/graph";
import type { AttackName, RecipeName } from "../../src/graph/training/recipes/options";
import { layoutText } from "../../src/ui/layout/layoutText";
import { evaluationText } from "../../src/ui/training/evaluation/evaluationText";
import { liveText } from "../../src/ui/training/live/liveText";
import type { LabId } from "../../src/ui/training/recipes/panels";
import { recipeSetupText } from "../../src/ui/training/setup/recipeSetupText";
import type { RecipeOptionPath } from "../../src/ui/training/setup/setupPaths";
import { setupText } from "../../src/ui/training/setup/setupText";
import { trainingText } from "../../src/ui/training/trainingText";
import { FilesPage, jsonFile } from "./FilesPage";

type Button = "train" | "continueTraining" | "pause" | "resume" | "stop" | "step" | "resetWeights";
type Status =
  | "statusIdle"
  | "statusPreparing"
  | "statusRunning"
  | "statusPaused"
  | "statusStopped"
  | "statusFinished"
  | "statusFailed";

/**
 * The Training tab as a user sees it: the setup form and its fields by label,
 * the run's buttons and status by role and name, the views by their tabs.
 * Training is real: the app's own worker, datasets and backends.
 */
export class TrainingPage {
  readonly files: FilesPage;

  constructor(
    readonly page: Page,
    readonly locale: Locale = "en",
  ) {
    this.files = new FilesPage(page);
  }

  private get text() {
    return trainingText[this.locale];
  }

  /** Opens the app with `document` as a new graph and shows the Training tab. */
  async openWith(document: { name: string } & Record<string, unknown>): Promise<void> {
    await this.files.open("/");
    await this.files.openFile(jsonFile(`${document.name}.json`, document));
    await expect(this.files.graphName()).toHaveValue(document.name);
    await this.show();
  }

  async show(): Promise<void> {
    await this.page.getByRole("tab", { name: layoutText[this.locale].tabTraining }).click();
    await this.run().waitFor();
  }

  run(): Locator {
    return this.page.getByRole("region", { name: this.text.panel, exact: true });
  }

  setupForm(): Locator {
    return this.page.getByRole("form", { name: setupText[this.locale].form });
  }

  /** The CSV upload's file input (hidden behind its button). */
  csvInput(): Locator {
    return this.setupForm().getByTestId("csv-file");
  }

  button(name: Button): Locator {
    return this.run()
      .getByRole("toolbar", { name: this.text.controls })
      .getByRole("button", { name: this.text[name], exact: true });
  }

  status(): Locator {
    return this.run().getByRole("status", { name: this.text.status });
  }

  /** Waits for `status`; a run that fails on the way fails the test at once, with the panel's message. */
  async expectStatus(status: Status, timeout = 45_000): Promise<void> {
    const wanted = this.text[status];
    const failed = this.text.statusFailed;
    const start = Date.now();
    const end = start + timeout;
    const settled = [this.text.statusFinished, this.text.statusStopped];
    for (;;) {
      const now = await this.status().textContent();
      if (now === wanted) return;
      if (now === failed)
        throw new Error(`Training failed: ${await this.failure().first().textContent()}`);
      // A run that has ended another way will not change by itself (after a moment for a click to land).
      if (Date.now() - start > 1500 && settled.includes(now ?? ""))
        throw new Error(`Status is “${now}”, not “${wanted}”`);
      if (Date.now() > end)
        throw new Error(`Status is “${now}”, not “${wanted}”, after ${timeout} ms`);
      await this.page.waitForTimeout(100);
    }
  }

  /** The epoch the progress bar shows ("Epoch 7 / 50" → 7). */
  async epoch(): Promise<number> {
    const text = (await this.page.getByTestId("progress-epoch").textContent()) ?? "";
    return Number(/(\d+)\s*\//.exec(text)?.[1] ?? Number.NaN);
  }

  /** Batches trained since the run started, as the progress bar counts them. */
  async steps(): Promise<number> {
    return Number(await this.page.getByTestId("run-progress").getAttribute("data-step"));
  }

  failure(): Locator {
    return this.run().getByRole("alert");
  }

  view(name: "tabCurves" | "tabLive" | "tabEvaluate"): Locator {
    return this.run().getByRole("tab", { name: this.text[name] });
  }

  /** Evaluate tab → Evaluate; returns the validation accuracy in percent. */
  async evaluate(): Promise<number> {
    await this.view("tabEvaluate").click();
    await this.run()
      .getByRole("button", { name: evaluationText[this.locale].evaluate, exact: true })
      .click();
    const line = this.page.getByTestId("evaluation-accuracy");
    await expect(line).toBeVisible({ timeout: 30_000 });
    const match = /([\d.]+)\s*%/.exec((await line.textContent()) ?? "");
    return match ? Number(match[1]) : Number.NaN;
  }

  confusionMatrix(): Locator {
    return this.run().getByRole("table", { name: evaluationText[this.locale].confusion });
  }

  outOfDate(): Locator {
    return this.run().getByRole("note", { name: new RegExp(`^${this.text.outOfDate}`) });
  }

  /** Draws on the drawing pad through points given as fractions of its size. */
  async drawStroke(points: readonly (readonly [number, number])[]): Promise<void> {
    const pad = this.page.getByTestId("drawing-pad");
    await pad.scrollIntoViewIfNeeded();
    const box = (await pad.boundingBox())!;
    const at = ([x, y]: readonly [number, number]) =>
      [box.x + x * box.width, box.y + y * box.height] as const;
    await this.page.mouse.move(...at(points[0]!));
    await this.page.mouse.down();
    for (const point of points.slice(1)) await this.page.mouse.move(...at(point), { steps: 12 });
    await this.page.mouse.up();
  }

  probabilities(): Locator {
    return this.run().getByRole("list", { name: evaluationText[this.locale].probabilities });
  }

  featureMaps(): Locator {
    return this.run().getByTestId("feature-map");
  }

  /** The pixels of every feature map, to see whether they change. */
  async featureMapPixels(): Promise<string[]> {
    return this.featureMaps().evaluateAll((canvases) =>
      (canvases as HTMLCanvasElement[]).map((c) => c.toDataURL()),
    );
  }

  liveOption(name: "showActivations" | "showHistograms" | "tintNodes"): Locator {
    return this.run().getByRole("checkbox", { name: liveText[this.locale][name] });
  }

  /** A number field of the setup form, by its label. */
  setupNumber(label: keyof (typeof setupText)["en"]): Locator {
    return this.setupForm().getByRole("spinbutton", {
      name: setupText[this.locale][label],
      exact: true,
    });
  }

  async setNumber(label: keyof (typeof setupText)["en"], value: number): Promise<void> {
    const field = this.setupNumber(label);
    await field.fill(String(value));
    await field.blur();
  }

  // ─── Recipes: the form's recipe choice and options ─────────────────────

  recipeSelect(): Locator {
    return this.setupForm().getByTestId("recipe-select");
  }

  /** Recipe select → `recipe`; waits for its one-line explanation. */
  async chooseRecipe(recipe: RecipeName): Promise<void> {
    await this.recipeSelect().selectOption(recipe);
    await expect(this.recipeExplanation()).toHaveText(
      recipeSetupText[this.locale][`${recipe}Hint`],
    );
  }

  recipeExplanation(): Locator {
    return this.setupForm().getByTestId("recipe-explanation");
  }

  /** A recipe option by its setup path, e.g. "gan.discriminatorSteps": the field's wrapper, select or checkbox. */
  recipeOption(path: RecipeOptionPath): Locator {
    return this.setupForm().getByTestId(path);
  }

  async setRecipeNumber(path: RecipeOptionPath, value: number): Promise<void> {
    const field = this.recipeOption(path).getByRole("spinbutton");
    await field.fill(String(value));
    await field.blur();
  }

  async setRecipeChoice(path: RecipeOptionPath, value: string): Promise<void> {
    await this.recipeOption(path).selectOption(value);
  }

  async setRecipeToggle(path: RecipeOptionPath, on: boolean): Promise<void> {
    await this.recipeOption(path).setChecked(on);
  }

  // ─── Recipe panels (tabs beside Curves, Layers, Evaluate) ─────────────

  labTab(lab: LabId | "curves" | "live" | "evaluate"): Locator {
    return this.run().getByTestId(`view-tab-${lab}`);
  }

  async openLab(lab: LabId): Promise<void> {
    await this.labTab(lab).click();
    await expect(this.run().getByTestId(`${lab}-panel`)).toBeVisible();
  }

  /** The step the recipe's live picture shows (GAN, autoencoder, word2vec panels). */
  async recipeViewStep(): Promise<number> {
    return Number(await this.run().getByTestId("recipe-view-step").getAttribute("data-step"));
  }

  /** A panel's last error (a question the worker could not answer). */
  labError(lab: LabId): Locator {
    return this.run().getByTestId(`${lab}-error`);
  }

  /** The Curves view's chart of a recipe's grouped series ("losses", "verdicts", "split") or of one curve. */
  chart(id: string): Locator {
    return this.run().getByTestId(`chart-${id}`);
  }

  /** The series keys a multi-curve chart's legend names (e.g. ["loss", "gLoss"]). */
  async chartSeries(chart: Locator): Promise<string[]> {
    return chart
      .locator("[data-series]")
      .evaluateAll((items) => items.map((item) => item.getAttribute("data-series") ?? ""));
  }

  // GAN

  ganSamples(): Locator {
    return this.run().getByTestId("gan-samples");
  }

  /** Conditional GAN: one row per class (data-class is the class index; the row shows its name). */
  ganClassRows(): Locator {
    return this.run().getByTestId("gan-class-row");
  }

  /** The pixels of the sample grid, to see it change as the generator learns. */
  async ganSamplePixels(): Promise<string[]> {
    return this.run()
      .locator('[data-testid="gan-panel"] canvas')
      .evaluateAll((canvases) => (canvases as HTMLCanvasElement[]).map((c) => c.toDataURL()));
  }

  ganScatter(): Locator {
    return this.run().getByTestId("gan-scatter");
  }

  /** 2-D mixtures: "Modes covered n / total". */
  async ganModes(): Promise<{ covered: number; total: number }> {
    const modes = this.run().getByTestId("gan-modes");
    await expect(modes).toBeVisible();
    return {
      covered: Number(await modes.getAttribute("data-covered")),
      total: Number(await modes.getAttribute("data-total")),
    };
  }

  /** D(real) and D(fake) in the GAN panel. */
  ganVerdicts(): Locator {
    return this.run().getByTestId("gan-verdicts");
  }

  // Autoencoder / VAE

  aeOriginals(): Locator {
    return this.run().getByTestId("ae-originals");
  }

  aeReconstructions(): Locator {
    return this.run().getByTestId("ae-reconstructions");
  }

  aeRandomSamples(): Locator {
    return this.run().getByTestId("ae-random-samples");
  }

  latentScatter(): Locator {
    return this.run().getByTestId("latent-scatter");
  }

  /** The image decoded from the last point asked for (data-x, data-y: the point). */
  decodedImage(): Locator {
    return this.run().getByTestId("latent-decoded");
  }

  /** Clicks the latent scatter at fractions of its size; waits for the decoded image of that point. */
  async clickLatent(fx: number, fy: number): Promise<{ x: number; y: number }> {
    const scatter = this.latentScatter();
    await scatter.scrollIntoViewIfNeeded();
    const box = (await scatter.boundingBox())!;
    const before = await this.decodedPoint();
    await this.page.mouse.click(box.x + fx * box.width, box.y + fy * box.height);
    await expect.poll(() => this.decodedPoint(), { timeout: 30_000 }).not.toEqual(before);
    return (await this.decodedPoint())!;
  }

  /** Decodes a typed point (the keyboard way). */
  async decodeAt(z1: number, z2: number): Promise<void> {
    await this.run().getByTestId("latent-z1").getByRole("spinbutton").fill(String(z1));
    await this.run().getByTestId("latent-z2").getByRole("spinbutton").fill(String(z2));
    await this.run().getByTestId("latent-decode").click();
    await expect.poll(() => this.decodedPoint(), { timeout: 30_000 }).toEqual({ x: z1, y: z2 });
  }

  private async decodedPoint(): Promise<{ x: number; y: number } | null> {
    const decoded = this.decodedImage();
    if ((await decoded.count()) === 0) return null;
    return {
      x: Number(await decoded.getAttribute("data-x")),
      y: Number(await decoded.getAttribute("data-y")),
    };
  }

  // word2vec

  /** Word box → Find neighbours; returns the neighbours, nearest first. */
  async findNeighbours(word: string): Promise<string[]> {
    await this.run().getByTestId("w2v-word").fill(word);
    await this.run().getByTestId("w2v-find").click();
    const list = this.run().getByTestId("w2v-neighbours");
    await expect(list).toHaveAttribute("aria-label", new RegExp(word), { timeout: 30_000 });
    return this.wordsOf(list);
  }

  async watchWord(word: string): Promise<void> {
    await this.run().getByTestId("w2v-word").fill(word);
    await this.run().getByTestId("w2v-watch").click();
  }

  /** The neighbours of a watched word, as the live view last showed them. */
  watched(word: string): Locator {
    return this.run().getByTestId(`w2v-watched-${word}`);
  }

  /** a − b + c → the answers, best first. */
  async analogy(a: string, b: string, c: string): Promise<string[]> {
    await this.run().getByTestId("w2v-analogy-a").fill(a);
    await this.run().getByTestId("w2v-analogy-b").fill(b);
    await this.run().getByTestId("w2v-analogy-c").fill(c);
    await this.run().getByTestId("w2v-analogy-solve").click();
    const list = this.run().getByTestId("w2v-analogy-results");
    await expect(list).toHaveAttribute("aria-label", new RegExp(`${a}.*${b}.*${c}`), {
      timeout: 30_000,
    });
    return this.wordsOf(list);
  }

  async wordsOf(list: Locator): Promise<string[]> {
    return list
      .locator("li[data-word]")
      .evaluateAll((items) => items.map((item) => item.getAttribute("data-word") ?? ""));
  }

  projection(): Locator {
    return this.run().getByTestId("w2v-projection");
  }

  /** Export for Embedding Projector: resolves with the two downloads (vectors, metadata). */
  async exportEmbeddings(): Promise<Download[]> {
    const downloads: Download[] = [];
    const collect = (download: Download) => downloads.push(download);
    this.page.on("download", collect);
    await this.run().getByTestId("w2v-export").click();
    await expect.poll(() => downloads.length, { timeout: 30_000 }).toBe(2);
    this.page.off("download", collect);
    return downloads;
  }

  // Adversarial examples

  /** Sets what to attack (only the given fields), then attacks; waits for the result. */
  async attack(options: {
    readonly index?: number;
    readonly epsilon?: number;
    readonly method?: AttackName;
  }): Promise<void> {
    const run = this.run();
    if (options.method) await run.getByTestId("adv-attack").selectOption(options.method);
    if (options.epsilon !== undefined)
      await run.getByTestId("adv-epsilon").fill(String(options.epsilon));
    if (options.index !== undefined) {
      const field = run.getByTestId("adv-index").getByRole("spinbutton");
      await field.fill(String(options.index));
    }
    await run.getByTestId("adv-run").click();
    await expect(run.getByTestId("adv-result")).toBeVisible({ timeout: 30_000 });
    await expect(run.getByTestId("adv-run")).toBeEnabled({ timeout: 30_000 });
  }

  attackResult(): Locator {
    return this.run().getByTestId("adv-result");
  }

  /** The classes predicted before and after the attack, and whether it fooled the model. */
  async attackOutcome(): Promise<{ before: number; after: number; fooled: boolean }> {
    const run = this.run();
    return {
      before: Number(await run.getByTestId("adv-before").getAttribute("data-label")),
      after: Number(await run.getByTestId("adv-after").getAttribute("data-label")),
      fooled: (await this.attackResult().getAttribute("data-fooled")) === "true",
    };
  }

  /** How much the perturbation image is amplified. */
  async perturbationFactor(): Promise<number> {
    return Number(await this.run().getByTestId("adv-amplification").getAttribute("data-factor"));
  }

  /** Robustness curve: waits until the chart holds `curves` curves (earlier runs' included). */
  async measureRobustness(curves: number): Promise<void> {
    await this.run().getByTestId("adv-robustness").click();
    await expect(this.robustnessChart()).toHaveAttribute("data-curves", String(curves), {
      timeout: 60_000,
    });
  }

  robustnessChart(): Locator {
    return this.run().getByTestId("adv-robustness-chart");
  }

  // Sequence lab and attention

  /** Gradient per time step: waits until the chart holds `curves` curves (earlier runs' included). */
  async measureTimeGradients(curves: number): Promise<void> {
    await this.run().getByTestId("seq-measure").click();
    await expect(this.timeGradientChart()).toHaveAttribute("data-curves", String(curves), {
      timeout: 60_000,
    });
  }

  timeGradientChart(): Locator {
    return this.run().getByTestId("seq-time-gradients");
  }

  /** One heat map per head (data-node, data-head). */
  attentionMaps(): Locator {
    return this.run().getByTestId("attention-map");
  }

  async refreshAttention(index?: number): Promise<void> {
    if (index !== undefined)
      await this.run().getByTestId("attn-index").getByRole("spinbutton").fill(String(index));
    await this.run().getByTestId("attn-refresh").click();
    await expect(this.attentionMaps().first()).toBeVisible({ timeout: 30_000 });
  }
}
