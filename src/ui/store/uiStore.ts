/**
 * UI state that is not the document: open dialogs, the command palette, the
 * bottom panel's tab. Features register their dialogs by `kind`.
 */
import { create } from "zustand";

export interface DialogRequest {
  readonly kind: string;
  readonly props?: Readonly<Record<string, unknown>>;
}

export type BottomTab = "problems" | "summary" | "training";

export interface UiState {
  readonly dialog: DialogRequest | null;
  readonly commandPaletteOpen: boolean;
  readonly bottomTab: BottomTab;
  readonly bottomOpen: boolean;
  /** A short message shown at the bottom of the screen (saved, copied, storage failure…). */
  readonly toast: {
    readonly text: string;
    readonly tone: "info" | "error";
    readonly nonce: number;
  } | null;
  readonly openDialog: (request: DialogRequest) => void;
  readonly closeDialog: () => void;
  readonly setCommandPaletteOpen: (open: boolean) => void;
  readonly showBottom: (tab: BottomTab) => void;
  readonly toggleBottom: () => void;
  readonly notify: (text: string, tone?: "info" | "error") => void;
}

export const useUiStore = create<UiState>()((set, get) => ({
  dialog: null,
  commandPaletteOpen: false,
  bottomTab: "problems",
  bottomOpen: true,
  toast: null,
  openDialog: (dialog) => set({ dialog, commandPaletteOpen: false }),
  closeDialog: () => set({ dialog: null }),
  setCommandPaletteOpen: (commandPaletteOpen) => set({ commandPaletteOpen }),
  showBottom: (bottomTab) => set({ bottomTab, bottomOpen: true }),
  toggleBottom: () => set({ bottomOpen: !get().bottomOpen }),
  notify: (text, tone = "info") =>
    set({ toast: { text, tone, nonce: (get().toast?.nonce ?? 0) + 1 } }),
}));
