/**
 * The comparison set: which graphs are compared (2 to 4), where each came
 * from, and the shared overrides of the training setup. The runs themselves
 * live in compareRuns.ts; this slice only says *what* is compared.
 */
import { create } from "zustand";
import type { GraphDocument } from "../../graph";

export const MAX_COMPARED = 4;
export const MIN_COMPARED = 2;

export type CompareSource = "current" | "preset" | "saved" | "variant" | "external";

export interface CompareEntry {
  /** Stable within the session (keys, colours, worker ids). */
  readonly id: string;
  readonly label: string;
  readonly document: GraphDocument;
  readonly source: CompareSource;
  /** The My-graphs id, when the graph is saved there (saved graphs and variants). */
  readonly savedId?: string;
}

export interface CompareState {
  readonly entries: readonly CompareEntry[];
  /** Overrides the first graph's epochs for every run, so a classroom comparison can stay short. */
  readonly epochs: number | null;
  /** The validation accuracy "epochs to reach" counts towards. */
  readonly target: number;
  readonly add: (entry: Omit<CompareEntry, "id">) => boolean;
  readonly remove: (id: string) => void;
  readonly replaceAll: (entries: readonly Omit<CompareEntry, "id">[]) => void;
  readonly setEpochs: (epochs: number | null) => void;
  readonly setTarget: (target: number) => void;
}

let nextId = 1;
const withId = (entry: Omit<CompareEntry, "id">): CompareEntry => ({
  ...entry,
  id: `c${nextId++}`,
});

export const useCompareStore = create<CompareState>()((set, get) => ({
  entries: [],
  epochs: null,
  target: 0.9,
  add: (entry) => {
    if (get().entries.length >= MAX_COMPARED) return false;
    set({ entries: [...get().entries, withId(entry)] });
    return true;
  },
  remove: (id) => set({ entries: get().entries.filter((e) => e.id !== id) }),
  replaceAll: (entries) => set({ entries: entries.slice(0, MAX_COMPARED).map(withId) }),
  setEpochs: (epochs) => set({ epochs }),
  setTarget: (target) => set({ target }),
}));
