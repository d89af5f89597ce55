import { expect, type Locator, type Page } from "@playwright/test";
import type { Locale } from "../../src/graph";
import { layoutText } from "../../src/ui/layout/layoutText";
import { evaluationText } from "../../src/ui/training/evaluation/evaluationText";
import { liveText } from "../../src/ui/training/live/liveText";
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
}
