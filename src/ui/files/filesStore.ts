/**
 * Which saved graph the editor is showing, and whether saving works. The id
 * is also kept in sessionStorage, so that a reload restores the graph this
 * tab had open even when another tab saved something else since.
 */
import { create } from "zustand";

const SESSION_KEY = "neurograph.openGraph";

export type StorageFailure = "unavailable" | "full" | "failed";

export interface FilesState {
  /** The My-graphs entry the editor's document autosaves to; null before startup. */
  readonly currentId: string | null;
  /** Set while saving fails, so the user is told once, not on every keystroke. */
  readonly failure: { readonly kind: StorageFailure; readonly detail: string } | null;
  readonly setCurrent: (id: string) => void;
  readonly setFailure: (failure: FilesState["failure"]) => void;
}

export const useFilesStore = create<FilesState>()((set) => ({
  currentId: null,
  failure: null,
  setCurrent: (currentId) => {
    try {
      sessionStorage.setItem(SESSION_KEY, currentId);
    } catch {
      // Without sessionStorage a reload falls back to the last graph saved in any tab.
    }
    set({ currentId });
  },
  setFailure: (failure) => set({ failure }),
}));

/** The graph this tab had open before a reload, if the browser kept it. */
export function sessionGraphId(): string | null {
  try {
    return sessionStorage.getItem(SESSION_KEY);
  } catch {
    return null;
  }
}
