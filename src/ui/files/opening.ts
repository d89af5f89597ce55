/**
 * Opening documents from outside: files (picked or dropped) and share links.
 * A document that opens cleanly becomes a new My-graphs entry; anything else
 * shows the problems dialog and leaves the current graph exactly as it was.
 */
import type { I18nText } from "../../graph";
import { useUiStore } from "../store/uiStore";
import { filesI18n } from "./filesText";
import {
  checkText,
  isJsonFile,
  MAX_DOCUMENT_BYTES,
  notJsonFile,
  refused,
  tooLarge,
  unreadable,
  type Verdict,
} from "./incoming";
import { notifyOpened, openAsNewGraph } from "./library";
import { isShareHash, readShareHash } from "./shareLink";

export const PROBLEMS_DIALOG = "files.problems";

export interface ProblemsDialogProps {
  readonly verdict: Exclude<Verdict, { kind: "ok" }>;
  /** What was being opened, e.g. “net.json” or "this share link". */
  readonly source: I18nText;
}

export async function offer(verdict: Verdict, source: I18nText): Promise<void> {
  if (verdict.kind === "ok") {
    // A problems dialog from an earlier attempt, or My graphs, would now describe the wrong graph.
    useUiStore.getState().closeDialog();
    await openAsNewGraph(verdict.document);
    notifyOpened(verdict.document.name);
    return;
  }
  showProblems({ verdict, source });
}

export function showProblems(props: ProblemsDialogProps): void {
  useUiStore.getState().openDialog({ kind: PROBLEMS_DIALOG, props: { ...props } });
}

export async function fileVerdict(file: File): Promise<Verdict> {
  if (!isJsonFile(file)) return refused(notJsonFile(file.name));
  // Refuse by size before reading: a 2 GB file would freeze the tab while being read.
  if (file.size > MAX_DOCUMENT_BYTES) return refused(tooLarge(file.size));
  try {
    return checkText(await file.text());
  } catch (error) {
    return refused(unreadable(error instanceof Error ? error.message : String(error)));
  }
}

/**
 * Opens the first of the files (a picker or a drop may deliver several) — or, when one of them is a
 * TensorFlow.js model.json, imports that model with the others as its weight files.
 */
export async function openFiles(files: readonly File[]): Promise<void> {
  const [file] = files;
  if (!file) return;
  const { findModelFile, importModel } = await import("./modelImport");
  const model = await findModelFile(files);
  if (model) return importModel(model, files);
  await offer(await fileVerdict(file), filesI18n("sourceFile", { name: file.name }));
}

/**
 * Takes a `#g=…` share link out of the address bar and judges it. The hash is
 * cleared first, so a reload never reopens the link as yet another copy, and
 * a link that crashes the tab cannot trap the user in a loop.
 */
export function takeShareLink(): Verdict | null {
  const { hash } = window.location;
  if (!isShareHash(hash)) return null;
  const url = new URL(window.location.href);
  url.hash = "";
  window.history.replaceState(window.history.state, "", url.href);
  return readShareHash(hash);
}

export const LINK_SOURCE: I18nText = filesI18n("sourceLink");

let listening = false;

/** A link pasted into the address bar of an open tab changes only the hash: no reload, so listen. */
export function listenForShareLinks(): void {
  if (listening) return;
  listening = true;
  window.addEventListener("hashchange", () => {
    const verdict = takeShareLink();
    if (verdict) void offer(verdict, LINK_SOURCE);
  });
}
