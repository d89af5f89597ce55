import { expect, type Locator, type Page } from "@playwright/test";
import { EditorPage } from "./EditorPage";

export interface FileToOpen {
  readonly name: string;
  readonly mimeType: string;
  readonly buffer: Buffer;
}

export interface StoredGraphRecord {
  readonly id: string;
  readonly name: string;
  readonly document: string;
  readonly updatedAt: number;
  readonly thumbnail?: string;
}

/** A JSON file for setInputFiles and drops. */
export function jsonFile(name: string, content: unknown): FileToOpen {
  const text = typeof content === "string" ? content : JSON.stringify(content, null, 2);
  return { name, mimeType: "application/json", buffer: Buffer.from(text) };
}

/**
 * Files, My graphs, presets, sharing and exports as a user sees them: menus,
 * dialogs by role and name, the file picker, and drops onto the window.
 */
export class FilesPage {
  readonly editor: EditorPage;

  constructor(readonly page: Page) {
    this.editor = new EditorPage(page);
  }

  /** Opens the app; with `graph`, waits until startup has put that graph in the editor. */
  async open(path = "/", graph?: string): Promise<void> {
    await this.editor.open(path);
    await this.page.getByTestId("open-file").waitFor({ state: "attached" });
    if (graph !== undefined) await expect(this.graphName()).toHaveValue(graph);
  }

  menuItem(menu: "File" | "Export" | "Share", item: string | RegExp): Promise<void> {
    return this.editor.runMenu(menu, item);
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole("dialog", { name });
  }

  /** The problems dialog (an alert dialog: it reports why something did not open). */
  problemsDialog(): Locator {
    return this.page.getByRole("alertdialog");
  }

  problems(): Locator {
    return this.problemsDialog().getByRole("list", { name: "Problems" }).getByRole("listitem");
  }

  graphName(): Locator {
    return this.page.getByRole("textbox", { name: "Graph name" });
  }

  async renameGraph(name: string): Promise<void> {
    await this.graphName().fill(name);
    await this.graphName().blur();
  }

  /** Opens a file the way the Open… command's picker delivers it. */
  async openFile(file: FileToOpen): Promise<void> {
    await this.page.getByTestId("open-file").setInputFiles(file);
  }

  /** File → Open…, answering the browser's file chooser. */
  async openFileFromMenu(file: FileToOpen): Promise<void> {
    const chooser = this.page.waitForEvent("filechooser");
    await this.menuItem("File", "Open…");
    await (await chooser).setFiles(file);
  }

  /** Drops a file onto the canvas as the operating system would (a synthesized DataTransfer). */
  async dropFile(file: FileToOpen): Promise<void> {
    await this.page.evaluate(
      ({ name, mimeType, bytes }) => {
        const data = new DataTransfer();
        data.items.add(new File([new Uint8Array(bytes)], name, { type: mimeType }));
        const target = document.querySelector(".react-flow__pane") ?? document.body;
        for (const type of ["dragenter", "dragover", "drop"]) {
          target.dispatchEvent(
            new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }),
          );
        }
      },
      { name: file.name, mimeType: file.mimeType, bytes: [...file.buffer] },
    );
  }

  async showMyGraphs(): Promise<Locator> {
    await this.menuItem("File", "My graphs…");
    const dialog = this.dialog("My graphs");
    await expect(dialog.getByRole("list", { name: "My graphs" })).toBeVisible();
    return dialog;
  }

  /** The rows of the open My graphs dialog. */
  graphRows(): Locator {
    return this.dialog("My graphs").getByRole("list", { name: "My graphs" }).getByRole("listitem");
  }

  graphRow(name: string): Locator {
    return this.dialog("My graphs").getByRole("listitem", { name, exact: true });
  }

  async showPresets(): Promise<Locator> {
    await this.menuItem("File", "Presets…");
    return this.dialog("Presets");
  }

  /** Share → Copy share link; the link as the dialog shows it. */
  async copyShareLink(): Promise<string> {
    await this.menuItem("Share", "Copy share link");
    const field = this.dialog("Share link").getByRole("textbox", { name: "Link to this graph" });
    await expect(field).toHaveValue(/#g=/);
    return field.inputValue();
  }

  async closeDialog(): Promise<void> {
    await this.page.keyboard.press("Escape");
    await expect(this.page.getByRole("dialog")).toHaveCount(0);
    await expect(this.page.getByRole("alertdialog")).toHaveCount(0);
  }

  /** Runs a menu command that downloads a file; its suggested name and bytes. */
  async download(menu: "File" | "Export", item: string): Promise<{ name: string; bytes: Buffer }> {
    const download = this.page.waitForEvent("download");
    await this.menuItem(menu, item);
    const file = await download;
    const path = await file.path();
    const { readFile } = await import("node:fs/promises");
    return { name: file.suggestedFilename(), bytes: await readFile(path) };
  }

  /** What IndexedDB holds, read directly (the way to know an autosave happened). */
  storedGraphs(): Promise<StoredGraphRecord[]> {
    return this.page.evaluate(
      () =>
        new Promise<StoredGraphRecord[]>((resolve, reject) => {
          const request = indexedDB.open("neurograph");
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const db = request.result;
            if (!db.objectStoreNames.contains("graphs")) {
              db.close();
              resolve([]);
              return;
            }
            const all = db.transaction("graphs").objectStore("graphs").getAll();
            all.onsuccess = () => {
              db.close();
              resolve(all.result as StoredGraphRecord[]);
            };
            all.onerror = () => reject(all.error);
          };
        }),
    );
  }

  /** Waits until exactly these graphs (by name, in any order) are stored. */
  async expectStoredNames(names: readonly string[]): Promise<void> {
    await expect
      .poll(async () => (await this.storedGraphs()).map((g) => g.name).sort())
      .toEqual([...names].sort());
  }

  /** Waits until a stored graph has this name, and returns its document. */
  async storedDocumentNamed(name: string): Promise<Record<string, unknown>> {
    let found: StoredGraphRecord | undefined;
    await expect
      .poll(async () => {
        found = (await this.storedGraphs()).find((g) => g.name === name);
        return found !== undefined;
      })
      .toBe(true);
    return JSON.parse(found!.document) as Record<string, unknown>;
  }

  async expectNoErrors(): Promise<void> {
    await this.editor.expectNoErrors();
  }
}
