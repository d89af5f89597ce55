/**
 * Filling the comparison: the current graph, a preset, a saved graph, or a
 * variant — a copy of the current graph saved in My graphs under a new name,
 * added to the comparison and opened for editing. Saved graphs and variants
 * are re-read from My graphs before training, so edits made in the editor
 * meanwhile are what gets compared.
 */
import { type GraphDocument, renameDocument } from "../../graph";
import { flushAutosave, storedRecord } from "../files/autosave";
import { useFilesStore } from "../files/filesStore";
import { putGraph } from "../files/graphDb";
import {
  guarded,
  newGraphId,
  openAsNewGraph,
  openStoredGraph,
  readStoredGraph,
} from "../files/library";
import { presetById } from "../files/presets";
import { catalogText } from "../i18n/catalog";
import { useLocaleStore } from "../i18n/locale";
import { format } from "../i18n/messages";
import { useEditorStore } from "../store/editorStore";
import { useUiStore } from "../store/uiStore";
import { type CompareEntry, MAX_COMPARED, useCompareStore } from "./compareStore";
import { compareText } from "./compareText";
import { variantName } from "./variantName";

const text = () => catalogText(compareText, useLocaleStore.getState().locale);
const store = () => useCompareStore.getState();

function notifyFull(): void {
  useUiStore.getState().notify(text().full, "error");
}

function hasSaved(id: string): boolean {
  return store().entries.some((e) => e.savedId === id);
}

/** Adds the graph open in the editor (as saved in My graphs, so later edits can be picked up). */
export async function addCurrentGraph(): Promise<void> {
  await guarded(flushAutosave);
  const savedId = useFilesStore.getState().currentId;
  if (savedId !== null && hasSaved(savedId)) return;
  const document = useEditorStore.getState().document;
  if (
    !store().add({
      label: document.name,
      document,
      source: "current",
      ...(savedId !== null ? { savedId } : {}),
    })
  )
    notifyFull();
}

export function addPreset(id: string): void {
  const preset = presetById(id);
  if (!preset) return;
  const document = preset.document;
  if (!store().add({ label: document.name, document, source: "preset" })) notifyFull();
}

export async function addSavedGraph(id: string): Promise<void> {
  if (hasSaved(id)) return;
  await guarded(async () => {
    await flushAutosave();
    const stored = await readStoredGraph(id);
    if (!stored || stored.verdict.kind === "refused") return;
    const { document } = stored.verdict;
    if (!store().add({ label: stored.name, document, source: "saved", savedId: id })) notifyFull();
  });
}

/**
 * Duplicate as variant: the current graph joins the comparison (when it is
 * not in it yet), its copy is saved in My graphs, added, and opened in the
 * editor — so the next edit changes the variant, not the original.
 */
export async function duplicateAsVariant(): Promise<void> {
  await addCurrentGraph();
  if (store().entries.length >= MAX_COMPARED) {
    notifyFull();
    return;
  }
  const original: GraphDocument = useEditorStore.getState().document;
  const taken = store().entries.map((e) => e.label);
  const name = variantName(original.name, taken, text().variantName);
  const copy = renameDocument(original, name);
  const id = newGraphId();
  const saved = await guarded(async () => {
    await putGraph(storedRecord(id, copy));
  });
  if (!saved) return;
  store().add({ label: name, document: copy, source: "variant", savedId: id });
  await guarded(async () => {
    await openStoredGraph(id);
  });
  useUiStore.getState().notify(format(text().variantCreated, { name }), "info");
}

/** Re-reads saved graphs and variants from My graphs (the editor may have changed them). */
export async function refreshSavedEntries(): Promise<void> {
  await guarded(flushAutosave);
  const updated: CompareEntry[] = [];
  for (const entry of store().entries) {
    if (entry.savedId === undefined) {
      updated.push(entry);
      continue;
    }
    const stored = await readStoredGraph(entry.savedId).catch(() => undefined);
    updated.push(
      stored && stored.verdict.kind !== "refused"
        ? { ...entry, label: stored.name, document: stored.verdict.document }
        : entry,
    );
  }
  // Only when nothing was added or removed meanwhile (the user may click while this reads).
  const now = store().entries;
  if (now.length === updated.length && now.every((e, i) => e.id === updated[i]?.id))
    useCompareStore.setState({ entries: updated });
}

/**
 * Opens a compared graph in the editor; the compare view closes so it can be
 * edited. A preset or submitted graph opens as a new graph in My graphs, and
 * the comparison follows that copy from then on.
 */
export async function openEntryInEditor(entry: CompareEntry): Promise<void> {
  useUiStore.getState().closeDialog();
  const savedId = entry.savedId;
  if (savedId === useFilesStore.getState().currentId) return;
  await guarded(async () => {
    if (savedId !== undefined) {
      await openStoredGraph(savedId);
      return;
    }
    await openAsNewGraph(entry.document);
    const id = useFilesStore.getState().currentId;
    if (id === null) return;
    useCompareStore.setState((s) => ({
      entries: s.entries.map((e) => (e.id === entry.id ? { ...e, savedId: id } : e)),
    }));
  });
}
