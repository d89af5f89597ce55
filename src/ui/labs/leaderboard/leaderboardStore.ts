/**
 * The teacher's leaderboard: which lab, which submission files, how the
 * table is sorted and which rows are ticked. Kept outside the dialog, so
 * that closing it (to look at a graph in the compare view) loses nothing.
 */
import { create } from "zustand";
import type { I18nText } from "../../../graph";
import type { LoadedLab } from "../bundledLabs";
import type { SortOrder, SubmissionFile } from "./leaderboard";

interface LeaderboardState {
  /** The lab graded against: a bundled one (by id) or one read from a file. */
  readonly lab: LoadedLab | null;
  /** A lab file that did not load, and the loader's message. */
  readonly labError: { readonly name: string; readonly message: I18nText } | null;
  readonly files: readonly SubmissionFile[];
  readonly order: SortOrder | null;
  readonly selected: ReadonlySet<string>;
}

export const useLeaderboardStore = create<LeaderboardState>()(() => ({
  lab: null,
  labError: null,
  files: [],
  order: null,
  selected: new Set(),
}));

let counter = 0;

export function addSubmissionFiles(files: readonly Omit<SubmissionFile, "key">[]): void {
  useLeaderboardStore.setState((s) => ({
    files: [...s.files, ...files.map((f) => ({ ...f, key: `s${++counter}` }))],
  }));
}

export function clearSubmissions(): void {
  useLeaderboardStore.setState({ files: [], selected: new Set() });
}

export function chooseLab(
  lab: LoadedLab | null,
  labError: LeaderboardState["labError"] = null,
): void {
  useLeaderboardStore.setState({ lab, labError, selected: new Set() });
}

export function setOrder(order: SortOrder): void {
  useLeaderboardStore.setState({ order });
}

export function toggleSelected(key: string): void {
  useLeaderboardStore.setState((s) => {
    const selected = new Set(s.selected);
    if (selected.has(key)) selected.delete(key);
    else selected.add(key);
    return { selected };
  });
}
