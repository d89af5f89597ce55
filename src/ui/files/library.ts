/**
 * My graphs: opening, creating, renaming, duplicating and deleting saved
 * graphs. Opening anything (a file, a link, a preset, New) makes a new entry,
 * so whatever was open before stays saved under its own id.
 */
import { emptyDocument, type GraphDocument, renameDocument } from "../../graph";
import { catalogText } from "../i18n/catalog";
import { useLocaleStore } from "../i18n/locale";
import { format } from "../i18n/messages";
import { layoutText } from "../layout/layoutText";
import { useEditorStore } from "../store/editorStore";
import { useUiStore } from "../store/uiStore";
import { dropPending, flushAutosave, markStored, storedRecord, writeGraph } from "./autosave";
import { useFilesStore } from "./filesStore";
import { filesText } from "./filesText";
import { deleteGraph, getGraph, listGraphs, putGraph, rememberLastOpen } from "./graphDb";
import { checkText, type Verdict } from "./incoming";
import { reportStorageFailure } from "./storageStatus";

const text = () => catalogText(filesText, useLocaleStore.getState().locale);

/** A random id (crypto.randomUUID needs a secure context; getRandomValues does not). */
export function newGraphId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `g-${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

/** Shows a document in the editor as the graph `id` (history starts afresh). */
function show(id: string, document: GraphDocument): void {
  useFilesStore.getState().setCurrent(id);
  useEditorStore.getState().replaceDocument(document);
}

export async function openAsNewGraph(document: GraphDocument): Promise<void> {
  await flushAutosave();
  const id = newGraphId();
  show(id, document);
  await writeGraph(id, document);
}

export function newGraph(): Promise<void> {
  const locale = useLocaleStore.getState().locale;
  return openAsNewGraph(emptyDocument(catalogText(layoutText, locale).untitled));
}

/** What a stored graph holds; a stored document passes the loader like any file (migrations included). */
export async function readStoredGraph(
  id: string,
): Promise<{ name: string; verdict: Verdict } | undefined> {
  const record = await getGraph(id);
  return record && { name: record.name, verdict: checkText(record.document) };
}

/** Opens a saved graph. A graph with errors opens anyway: it is the user's own work in progress. */
export async function openStoredGraph(
  id: string,
): Promise<{ opened: true } | { opened: false; name?: string; verdict?: Verdict }> {
  await flushAutosave();
  const stored = await readStoredGraph(id);
  if (!stored) return { opened: false };
  if (stored.verdict.kind === "refused") return { opened: false, ...stored };
  // Marked first, so that showing it does not schedule a pointless write of what was just read.
  markStored(id, stored.verdict.document);
  show(id, stored.verdict.document);
  // The graph is open either way; failing to remember it only matters for the next visit.
  await rememberLastOpen(id).catch(reportStorageFailure);
  return { opened: true };
}

export async function renameStoredGraph(id: string, name: string): Promise<void> {
  if (id === useFilesStore.getState().currentId) {
    // The open graph is renamed in the editor, as one undo step; autosave stores it.
    useEditorStore.getState().edit((d) => renameDocument(d, name));
    await flushAutosave();
    return;
  }
  const stored = await readStoredGraph(id);
  if (stored && stored.verdict.kind !== "refused") {
    const record = storedRecord(id, renameDocument(stored.verdict.document, name));
    await putGraph(record);
  }
}

export async function duplicateStoredGraph(id: string): Promise<void> {
  await flushAutosave();
  const stored = await readStoredGraph(id);
  if (!stored || stored.verdict.kind === "refused") return;
  const copy = renameDocument(
    stored.verdict.document,
    format(text().copyOf, { name: stored.name }),
  );
  await putGraph(storedRecord(newGraphId(), copy));
}

/** Deletes a saved graph; deleting the open one opens the most recent other graph (or a new one). */
export async function deleteStoredGraph(id: string): Promise<void> {
  dropPending(id);
  await deleteGraph(id);
  if (id !== useFilesStore.getState().currentId) return;
  const [next] = await listGraphs();
  if (next && (await openStoredGraph(next.id)).opened) return;
  await newGraph();
}

/** Runs a My-graphs action, telling the user when storage fails. */
export async function guarded(action: () => Promise<void>): Promise<boolean> {
  try {
    await action();
    return true;
  } catch (error) {
    reportStorageFailure(error);
    return false;
  }
}

export function notifyOpened(name: string): void {
  useUiStore.getState().notify(format(text().opened, { name }), "info");
}
