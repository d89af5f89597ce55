/**
 * Opening a lab: its starting graph opens as a new graph (with the lab's
 * training setup merged in), so whatever the student had open stays in My
 * graphs. Choosing a starting graph again reopens the student's own copy.
 */
import type { I18nText } from "../../graph";
import { labDocument, loadLabText } from "../../graph/lab";
import { useFilesStore } from "../files/filesStore";
import { notifyOpened, openAsNewGraph, openStoredGraph } from "../files/library";
import { useUiStore } from "../store/uiStore";
import type { LoadedLab } from "./bundledLabs";
import { rememberCopy, startLabSession, useLabStore } from "./labStore";
import { labsI18n } from "./labsText";

/** Lab files are small (instructions and a few graphs); anything bigger is not a lab. */
export const MAX_LAB_BYTES = 5 * 1024 * 1024;

export async function openLab(loaded: LoadedLab): Promise<void> {
  startLabSession(loaded.lab, loaded.graphs, loaded.source);
  const first = loaded.lab.graphs[0];
  if (first) await openStartingGraph(first.id);
}

/** Shows the student's copy of a starting graph, making it on first use. */
export async function openStartingGraph(startingGraph: string): Promise<void> {
  const session = useLabStore.getState().session;
  if (!session) return;
  const copy = session.opened[startingGraph];
  if (copy !== undefined && (await openStoredGraph(copy)).opened) return;
  const graph = session.graphs.get(startingGraph);
  if (!graph) return;
  const document = labDocument(session.lab, graph);
  await openAsNewGraph(document);
  const id = useFilesStore.getState().currentId;
  if (id !== null) rememberCopy(startingGraph, id);
  useUiStore.getState().showBottom("training");
  notifyOpened(document.name);
}

export type LabFileResult =
  | { readonly ok: true; readonly loaded: LoadedLab }
  | { readonly ok: false; readonly message: I18nText };

/** Reads a lab file; the loader's message when it is not a lab. */
export async function readLabFile(file: File): Promise<LabFileResult> {
  if (file.size > MAX_LAB_BYTES)
    return { ok: false, message: labsI18n("tooLarge", { size: Math.round(file.size / 1024) }) };
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: labsI18n("readFailed", { detail }) };
  }
  const loaded = loadLabText(text);
  return loaded.ok
    ? { ok: true, loaded: { lab: loaded.lab, graphs: loaded.graphs, source: text } }
    : { ok: false, message: loaded.message };
}
