/**
 * The lab the student is working on: the lab itself, its starting graphs,
 * and which of My graphs is the student's copy of each starting graph. The
 * lab applies while the editor shows one of those copies — open any other
 * graph and nothing is locked. Kept in localStorage so a reload keeps the
 * lab (the lab file's text is small: instructions and a few graphs).
 */
import { create } from "zustand";
import type { GraphDocument } from "../../graph";
import { isNodeLocked, isParamLocked, isTrainingLocked, loadLabText } from "../../graph/lab";
import type { Lab } from "../../graph/lab/schema";
import { useFilesStore } from "../files/filesStore";

const STORAGE_KEY = "neurograph.lab";

export interface LabSession {
  readonly lab: Lab;
  readonly graphs: ReadonlyMap<string, GraphDocument>;
  /** The lab file's text, kept for the next visit. */
  readonly source: string;
  /** Starting-graph id → the My-graphs id of the student's copy. */
  readonly opened: Readonly<Record<string, string>>;
}

interface LabState {
  readonly session: LabSession | null;
  readonly collapsed: boolean;
}

export const useLabStore = create<LabState>()(() => ({
  session: restore(),
  collapsed: false,
}));

function restore(): LabSession | null {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (!saved) return null;
    const { source, opened } = JSON.parse(saved) as {
      source: string;
      opened: LabSession["opened"];
    };
    const loaded = loadLabText(source);
    return loaded.ok ? { lab: loaded.lab, graphs: loaded.graphs, source, opened } : null;
  } catch {
    // Storage disabled or a damaged entry: start without a lab.
    return null;
  }
}

function persist(session: LabSession | null): void {
  try {
    if (session)
      globalThis.localStorage?.setItem(
        STORAGE_KEY,
        JSON.stringify({ source: session.source, opened: session.opened }),
      );
    else globalThis.localStorage?.removeItem(STORAGE_KEY);
  } catch {
    // Not remembering the lab only matters after a reload.
  }
}

function setSession(session: LabSession | null): void {
  persist(session);
  useLabStore.setState({ session, collapsed: false });
}

/** A lab was opened (fresh: nothing of an earlier lab's copies is kept). */
export function startLabSession(
  lab: Lab,
  graphs: ReadonlyMap<string, GraphDocument>,
  source: string,
): void {
  setSession({ lab, graphs, source, opened: {} });
}

/** The student's copy of `startingGraph` is the My-graphs entry `graphId`. */
export function rememberCopy(startingGraph: string, graphId: string): void {
  const session = useLabStore.getState().session;
  if (session) setSession({ ...session, opened: { ...session.opened, [startingGraph]: graphId } });
}

export function leaveLab(): void {
  setSession(null);
}

export function setLabCollapsed(collapsed: boolean): void {
  useLabStore.setState({ collapsed });
}

export interface ActiveLab {
  readonly session: LabSession;
  /** Which starting graph the open graph was copied from. */
  readonly startingGraph: string;
}

/** The lab that applies to the graph in the editor, if any. */
export function activeLabOf(
  session: LabSession | null,
  currentId: string | null,
): ActiveLab | null {
  if (!session || currentId === null) return null;
  const entry = Object.entries(session.opened).find(([, id]) => id === currentId);
  return entry ? { session, startingGraph: entry[0] } : null;
}

export function useActiveLab(): ActiveLab | null {
  const session = useLabStore((s) => s.session);
  const currentId = useFilesStore((s) => s.currentId);
  return activeLabOf(session, currentId);
}

function activeLabNow(): Lab | null {
  return (
    activeLabOf(useLabStore.getState().session, useFilesStore.getState().currentId)?.session.lab ??
    null
  );
}

/** Whether the open graph's lab forbids removing or changing `nodeId` (for commands). */
export function nodeLockedNow(nodeId: string): boolean {
  const lab = activeLabNow();
  return lab !== null && isNodeLocked(lab, nodeId);
}

/** The inspector's tiny selectors: a locked node's params, or one locked param, are read-only. */
export function useParamLocked(nodeId: string, param: string): boolean {
  const lab = useActiveLab()?.session.lab;
  return !!lab && (isNodeLocked(lab, nodeId) || isParamLocked(lab, nodeId, param));
}

export function useNodeLocked(nodeId: string): boolean {
  const lab = useActiveLab()?.session.lab;
  return !!lab && isNodeLocked(lab, nodeId);
}

/** The Training tab's selector: whether the open graph's lab locks this training-setup path (e.g. "epochs"). */
export function useTrainingLocked(path: string): boolean {
  const lab = useActiveLab()?.session.lab;
  return !!lab && isTrainingLocked(lab, path);
}
