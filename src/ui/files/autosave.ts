/**
 * Every change of the editor's document is saved to the current My-graphs
 * entry, debounced so that a drag or a typed name is one write, not hundreds.
 * Pending changes are flushed before the page goes away and before another
 * graph is opened, so switching or reloading never loses the last edits.
 */
import { type GraphDocument, serializeDocument } from "../../graph";
import { renderThumbnailSvg } from "../render/thumbnailSvg";
import { useEditorStore } from "../store/editorStore";
import { useFilesStore } from "./filesStore";
import { putGraph, type StoredGraph } from "./graphDb";
import { reportStorageFailure, reportStorageWorks } from "./storageStatus";

export const AUTOSAVE_DELAY_MS = 500;
const STASH_KEY = "neurograph.unsavedGraph";

interface Snapshot {
  readonly id: string;
  readonly document: GraphDocument;
}

let pending: Snapshot | null = null;
/** Handed to IndexedDB but not known to be stored (the write failed, or is still under way). */
let unconfirmed: Snapshot | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
/** The document last written for an id, so that reopening or undoing back to it writes nothing. */
let stored: Snapshot | null = null;
let installed = false;

export function installAutosave(): void {
  if (installed) return;
  installed = true;
  useEditorStore.subscribe((state, previous) => {
    if (state.document !== previous.document) schedule(state.document);
  });
  window.addEventListener("pagehide", () => {
    // An IndexedDB write begun while the page unloads may be cut off, so the unsaved document
    // also goes to sessionStorage, synchronously; the next load of this tab stores it.
    stashPending();
    void flushAutosave();
  });
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") void flushAutosave();
  });
}

function schedule(document: GraphDocument): void {
  const id = useFilesStore.getState().currentId;
  if (!id) return;
  clearTimeout(timer);
  if (stored?.id === id && stored.document === document) {
    pending = null;
    return;
  }
  pending = { id, document };
  timer = setTimeout(() => void flushAutosave(), AUTOSAVE_DELAY_MS);
}

/** Writes pending changes now; resolves when they are stored (or the failure was reported). */
export async function flushAutosave(): Promise<void> {
  clearTimeout(timer);
  const snapshot = pending;
  pending = null;
  if (!snapshot) return;
  unconfirmed = snapshot;
  if ((await writeGraph(snapshot.id, snapshot.document)) && unconfirmed === snapshot)
    unconfirmed = null;
}

/** Forgets unsaved changes of a graph that is being deleted, so they cannot bring it back. */
export function dropPending(id: string): void {
  if (unconfirmed?.id === id) unconfirmed = null;
  if (pending?.id !== id) return;
  clearTimeout(timer);
  pending = null;
}

/** Records that `document` is what is stored under `id` (it was just read from there). */
export function markStored(id: string, document: GraphDocument): void {
  stored = { id, document };
}

export function storedRecord(
  id: string,
  document: GraphDocument,
  updatedAt = Date.now(),
): StoredGraph {
  return {
    id,
    name: document.name,
    document: serializeDocument(document),
    updatedAt,
    thumbnail: renderThumbnailSvg(document),
  };
}

/** Saves a document under an id; false (after telling the user) when storage fails. */
export async function writeGraph(id: string, document: GraphDocument): Promise<boolean> {
  try {
    // Not written means a newer save of this graph (from another page) is already stored: that one wins.
    await putGraph(storedRecord(id, document), {
      current: id === useFilesStore.getState().currentId,
    });
  } catch (error) {
    reportStorageFailure(error);
    return false;
  }
  markStored(id, document);
  // The change that scheduled this very snapshot needs no second write.
  if (pending?.id === id && pending.document === document) {
    clearTimeout(timer);
    pending = null;
  }
  reportStorageWorks();
  return true;
}

function stashPending(): void {
  const unsaved = pending ?? unconfirmed;
  if (!unsaved) return;
  try {
    const stash = {
      id: unsaved.id,
      document: serializeDocument(unsaved.document),
      savedAt: Date.now(),
    };
    sessionStorage.setItem(STASH_KEY, JSON.stringify(stash));
  } catch {
    // Too large for sessionStorage, or storage is off: the IndexedDB write is the remaining chance.
  }
}

/**
 * What the last page of this tab could not save before it unloaded, if
 * anything. It stays in sessionStorage until `clearStash` — called once it is
 * stored — so a page that is itself left during startup (a second reload)
 * does not lose it.
 */
export function peekStash(): {
  readonly id: string;
  readonly text: string;
  /** When it was stashed: a stash older than what is stored never overwrites it. */
  readonly savedAt: number;
} | null {
  try {
    const raw = sessionStorage.getItem(STASH_KEY);
    if (raw === null) return null;
    const { id, document, savedAt } = JSON.parse(raw) as {
      id?: unknown;
      document?: unknown;
      savedAt?: unknown;
    };
    if (typeof id === "string" && typeof document === "string")
      return { id, text: document, savedAt: typeof savedAt === "number" ? savedAt : Date.now() };
    clearStash();
  } catch {
    // Unreadable, or no sessionStorage: nothing to recover.
    clearStash();
  }
  return null;
}

export function clearStash(): void {
  try {
    sessionStorage.removeItem(STASH_KEY);
  } catch {
    // No sessionStorage: there is nothing to clear either.
  }
}
