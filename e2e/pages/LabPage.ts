import { type Download, expect, type Locator, type Page } from "@playwright/test";
import type { Locale } from "../../src/graph";
import { labsText } from "../../src/ui/labs/labsText";
import { FilesPage, type FileToOpen } from "./FilesPage";

/**
 * Lab sheets as a student and a teacher see them: the Labs dialog, the lab
 * panel (goals, locks, export), the submission dialog and the leaderboard —
 * by role and accessible name, in either language.
 */
export class LabPage {
  readonly files: FilesPage;

  constructor(
    readonly page: Page,
    readonly locale: Locale = "en",
  ) {
    this.files = new FilesPage(page);
  }

  get text() {
    return labsText[this.locale];
  }

  // ── Student ────────────────────────────────────────────────────────────

  labsDialog(): Locator {
    return this.page.getByRole("dialog", { name: this.text.labs, exact: true });
  }

  async showLabs(): Promise<Locator> {
    await this.files.editor.runMenu(this.locale === "zh" ? "文件" : "File", /Open lab…|打开实验…/);
    await expect(this.labsDialog()).toBeVisible();
    return this.labsDialog();
  }

  /** Opens an example lab by its title, from the Labs dialog. */
  async openExample(title: string): Promise<void> {
    const dialog = await this.showLabs();
    await dialog
      .getByRole("list", { name: this.text.labList })
      .getByRole("button", { name: new RegExp(`^${escapeRegExp(title)}`) })
      .click();
    await expect(this.panel()).toBeVisible();
  }

  async openLabFile(file: FileToOpen): Promise<void> {
    const dialog = await this.showLabs();
    await dialog.getByTestId("lab-file").setInputFiles(file);
  }

  /** The lab panel (a complementary region named "Lab: <title>", "实验：<title>"). */
  panel(): Locator {
    const [prefix] = this.text.panelTitle.split("{title}");
    return this.page.getByRole("complementary", {
      name: new RegExp(`^${escapeRegExp(prefix ?? "")}`),
    });
  }

  goals(): Locator {
    return this.panel().getByRole("list", { name: this.text.goals }).getByRole("listitem");
  }

  /** "met", "notMet" or "notRun" for each goal, in the lab's order. */
  goalStatuses(): Promise<string[]> {
    return this.goals().evaluateAll((items) =>
      items.map((i) => i.getAttribute("data-status") ?? ""),
    );
  }

  violations(): Locator {
    return this.panel().getByRole("list", { name: this.text.violations }).getByRole("listitem");
  }

  exportButton(): Locator {
    return this.panel().getByRole("button", { name: this.text.exportSubmission });
  }

  /** Export submission → name → Download; the downloaded file. */
  async exportSubmission(student: string): Promise<Download> {
    await this.exportButton().click();
    const dialog = this.page.getByRole("dialog", { name: this.text.submitTitle });
    await dialog.getByRole("textbox", { name: this.text.studentName }).fill(student);
    const download = this.page.waitForEvent("download");
    await dialog.getByRole("button", { name: this.text.download }).click();
    return download;
  }

  // ── Teacher ────────────────────────────────────────────────────────────

  leaderboard(): Locator {
    return this.page.getByRole("dialog", { name: this.text.leaderboard });
  }

  async showLeaderboard(): Promise<Locator> {
    await this.files.editor.runMenu(
      this.locale === "zh" ? "文件" : "File",
      /Grade submissions…|批改提交…/,
    );
    await expect(this.leaderboard()).toBeVisible();
    return this.leaderboard();
  }

  async chooseLab(title: string): Promise<void> {
    await this.leaderboard()
      .getByRole("combobox", { name: this.text.lab, exact: true })
      .selectOption({ label: title });
  }

  async loadSubmissions(files: readonly FileToOpen[]): Promise<void> {
    await this.leaderboard()
      .getByTestId("submission-files")
      .setInputFiles([...files]);
  }

  /** Drops files on the leaderboard's drop area as the operating system would (a synthesized DataTransfer). */
  async dropSubmissions(files: readonly FileToOpen[]): Promise<void> {
    const area = this.leaderboard().getByText(this.text.dropSubmissions);
    await area.evaluate(
      (target, list) => {
        const data = new DataTransfer();
        for (const { name, mimeType, bytes } of list)
          data.items.add(new File([new Uint8Array(bytes)], name, { type: mimeType }));
        for (const type of ["dragenter", "dragover", "drop"])
          target.dispatchEvent(
            new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }),
          );
      },
      files.map((f) => ({ name: f.name, mimeType: f.mimeType, bytes: [...f.buffer] })),
    );
  }

  table(): Locator {
    return this.leaderboard().getByRole("table", { name: this.text.table });
  }

  /** The body rows (header row excluded). */
  rows(): Locator {
    return this.table().locator("tbody").getByRole("row");
  }

  /** Each row's row header: the student's name and file (or the invalid file's name). */
  rowHeaders(): Promise<string[]> {
    return this.rows()
      .getByRole("rowheader")
      .evaluateAll((cells) => cells.map((c) => c.firstChild?.textContent ?? ""));
  }

  columnHeader(name: string | RegExp): Locator {
    return this.table().getByRole("columnheader", { name, exact: true });
  }

  async sortBy(name: string | RegExp): Promise<void> {
    await this.columnHeader(name).getByRole("button").click();
  }

  async select(student: string): Promise<void> {
    await this.table()
      .getByRole("checkbox", { name: this.text.selectRow.replace("{name}", student) })
      .check();
  }

  compareButton(): Locator {
    return this.leaderboard().getByRole("button", { name: this.text.compare, exact: true });
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
