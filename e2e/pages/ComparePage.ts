import { readFile } from "node:fs/promises";
import { expect, type Locator, type Page } from "@playwright/test";
import type { Locale } from "../../src/graph";
import { compareText } from "../../src/ui/compare/compareText";
import { FilesPage } from "./FilesPage";

/**
 * The compare view as a user sees it: opened from View → Compare graphs…,
 * its graphs, fields and buttons by their accessible names, the results
 * table by its cells' metric names, and the downloads it makes.
 */
export class ComparePage {
  readonly files: FilesPage;

  constructor(
    readonly page: Page,
    readonly locale: Locale = "en",
  ) {
    this.files = new FilesPage(page);
  }

  get text() {
    return compareText[this.locale];
  }

  dialog(): Locator {
    return this.page.getByRole("dialog", { name: this.text.title });
  }

  /** File → Duplicate as variant: the copy opens in the editor. */
  async duplicateAsVariant(expectedName: string): Promise<void> {
    await this.files.editor.runMenu("File", this.text.variantCommand);
    await expect(this.files.graphName()).toHaveValue(expectedName);
  }

  async open(): Promise<void> {
    await this.files.editor.runMenu("View", this.text.compareCommand);
    await expect(this.dialog()).toBeVisible();
  }

  entries(): Locator {
    return this.dialog().getByRole("list", { name: this.text.graphs }).getByRole("listitem");
  }

  epochsField(): Locator {
    return this.dialog().getByRole("spinbutton", { name: this.text.epochs });
  }

  button(name: "train" | "stop" | "exportCsv" | "exportJson" | "exportPng"): Locator {
    return this.dialog().getByRole("button", { name: this.text[name], exact: true });
  }

  /** The status of the graph named `label` in the progress list. */
  status(label: string): Locator {
    return this.dialog()
      .getByRole("list", { name: this.text.progress })
      .getByRole("status", { name: label, exact: true });
  }

  /** Waits until every named graph has finished; a failed run fails at once with its message. */
  async expectAllFinished(labels: readonly string[], timeout = 100_000): Promise<void> {
    const end = Date.now() + timeout;
    for (;;) {
      const statuses = await Promise.all(labels.map((l) => this.status(l).textContent()));
      if (statuses.every((s) => s === this.text.statusFinished)) return;
      if (statuses.includes(this.text.statusFailed)) {
        const alerts = await this.dialog().getByRole("alert").allTextContents();
        throw new Error(`A run failed: ${alerts.join(" | ")}`);
      }
      if (Date.now() > end) throw new Error(`Still ${statuses.join(", ")} after ${timeout} ms`);
      await this.page.waitForTimeout(250);
    }
  }

  table(): Locator {
    return this.dialog().getByRole("table", { name: this.text.results });
  }

  rows(): Locator {
    return this.table().locator("tbody tr");
  }

  /** A result's raw value (the cell's data-value), by the graph's name and the metric's name. */
  async value(label: string, metric: string): Promise<number | null> {
    const row = this.rows().filter({
      has: this.page.getByRole("rowheader", { name: label, exact: true }),
    });
    const raw = await row.locator(`td[data-metric="${metric}"]`).getAttribute("data-value");
    return raw === null || raw === "" ? null : Number(raw);
  }

  /** Clicks an export button; the downloaded file's name and bytes. */
  async download(
    button: "exportCsv" | "exportJson" | "exportPng",
  ): Promise<{ name: string; bytes: Buffer }> {
    const download = this.page.waitForEvent("download");
    await this.button(button).click();
    const file = await download;
    return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
  }
}
