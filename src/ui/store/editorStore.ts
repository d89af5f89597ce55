/**
 * The editor's document, selection and history. Edits are pure functions from
 * src/graph/edit; the store only applies them and keeps the previous
 * documents for undo. A gesture (a drag, a typed param) is one undo step:
 * `beginGesture` marks where it started and `endGesture` records it once.
 */
import { useRef } from "react";
import { create } from "zustand";
import { emptyDocument, type GraphAnalysis, type GraphDocument } from "../../graph";
import { analysisOf, differsOnlyInPositions } from "./analysisCache";

/** How many steps undo can go back. */
export const HISTORY_LIMIT = 200;

export interface Selection {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

export const EMPTY_SELECTION: Selection = { nodes: new Set(), edges: new Set() };

export interface EditorState {
  readonly document: GraphDocument;
  readonly past: readonly GraphDocument[];
  readonly future: readonly GraphDocument[];
  /** The document when the current gesture began; null outside gestures. */
  readonly gestureBase: GraphDocument | null;
  readonly selection: Selection;
  /** Asks the canvas to bring a node into view (nonce makes repeated requests distinct). */
  readonly focusRequest: { readonly nodeId: string; readonly nonce: number } | null;
  /** Bumped when a whole document is loaded (open, new, preset), so the canvas frames it afresh. */
  readonly loadedEpoch: number;

  /** Applies a change as one undo step. */
  readonly edit: (
    change: (document: GraphDocument) => GraphDocument,
    selection?: Selection,
  ) => void;
  readonly beginGesture: () => void;
  /** Applies a change inside the current gesture (no undo step of its own). */
  readonly updateGesture: (change: (document: GraphDocument) => GraphDocument) => void;
  readonly endGesture: () => void;
  readonly undo: () => void;
  readonly redo: () => void;
  /** Replaces the whole document (open, new, preset); history starts afresh unless kept. */
  readonly replaceDocument: (
    document: GraphDocument,
    options?: { readonly keepHistory?: boolean },
  ) => void;
  readonly select: (selection: Selection) => void;
  readonly focusNode: (nodeId: string) => void;
}

function pushed(past: readonly GraphDocument[], document: GraphDocument): GraphDocument[] {
  const next = [...past, document];
  return next.length > HISTORY_LIMIT ? next.slice(next.length - HISTORY_LIMIT) : next;
}

/** Drops selected ids that no longer exist, keeping the same object when nothing changed. */
function pruneSelection(selection: Selection, document: GraphDocument): Selection {
  if (selection.nodes.size === 0 && selection.edges.size === 0) return selection;
  const nodeIds = new Set(document.nodes.map((n) => n.id));
  const edgeIds = new Set(document.edges.map((e) => e.id));
  const nodes = [...selection.nodes].filter((id) => nodeIds.has(id));
  const edges = [...selection.edges].filter((id) => edgeIds.has(id));
  if (nodes.length === selection.nodes.size && edges.length === selection.edges.size)
    return selection;
  return { nodes: new Set(nodes), edges: new Set(edges) };
}

export const useEditorStore = create<EditorState>()((set, get) => ({
  document: emptyDocument(),
  past: [],
  future: [],
  gestureBase: null,
  selection: EMPTY_SELECTION,
  focusRequest: null,
  loadedEpoch: 0,

  edit: (change, selection) => {
    const state = get();
    if (state.gestureBase) state.endGesture();
    const before = get().document;
    const after = change(before);
    if (after === before) {
      if (selection) set({ selection });
      return;
    }
    set({
      document: after,
      past: pushed(get().past, before),
      future: [],
      selection: pruneSelection(selection ?? get().selection, after),
    });
  },

  beginGesture: () => {
    if (!get().gestureBase) set({ gestureBase: get().document });
  },

  updateGesture: (change) => {
    const state = get();
    const base = state.gestureBase ?? state.document;
    const after = change(state.document);
    if (after !== state.document) set({ document: after, gestureBase: base });
  },

  endGesture: () => {
    const { gestureBase, document, past } = get();
    if (!gestureBase) return;
    // A gesture that ends where it began (a value retyped, a node dragged back) is no step.
    if (gestureBase === document || JSON.stringify(gestureBase) === JSON.stringify(document)) {
      set({ gestureBase: null, document: gestureBase });
      return;
    }
    set({ gestureBase: null, past: pushed(past, gestureBase), future: [] });
  },

  undo: () => {
    get().endGesture();
    const { past, document, future, selection } = get();
    const previous = past[past.length - 1];
    if (!previous) return;
    set({
      document: previous,
      past: past.slice(0, -1),
      future: [document, ...future],
      selection: pruneSelection(selection, previous),
    });
  },

  redo: () => {
    get().endGesture();
    const { past, document, future, selection } = get();
    const next = future[0];
    if (!next) return;
    set({
      document: next,
      past: pushed(past, document),
      future: future.slice(1),
      selection: pruneSelection(selection, next),
    });
  },

  replaceDocument: (document, options) => {
    const state = get();
    set({
      document,
      gestureBase: null,
      past: options?.keepHistory ? pushed(state.past, state.document) : [],
      future: [],
      selection: EMPTY_SELECTION,
      loadedEpoch: state.loadedEpoch + 1,
    });
  },

  select: (selection) => set({ selection }),

  focusNode: (nodeId) => {
    set({
      selection: { nodes: new Set([nodeId]), edges: new Set() },
      focusRequest: { nodeId, nonce: (get().focusRequest?.nonce ?? 0) + 1 },
    });
  },
}));

export function useDocument(): GraphDocument {
  return useEditorStore((s) => s.document);
}

/** The analysis; components using it do not re-render while nodes are dragged (positions change no shape). */
export function useAnalysis(): GraphAnalysis {
  return useEditorStore((s) => analysisOf(s.document));
}

/**
 * The document, but unchanged while only positions change: for views that
 * show names, params and structure, so that dragging re-renders the canvas alone.
 */
export function useStructuralDocument(): GraphDocument {
  const kept = useRef<GraphDocument | null>(null);
  return useEditorStore((s) => {
    const previous = kept.current;
    if (previous && (previous === s.document || differsOnlyInPositions(previous, s.document)))
      return previous;
    kept.current = s.document;
    return s.document;
  });
}

export function currentAnalysis(): GraphAnalysis {
  return analysisOf(useEditorStore.getState().document);
}

/** The single selected node's id, or null. */
export function useSelectedNodeId(): string | null {
  return useEditorStore((s) => (s.selection.nodes.size === 1 ? [...s.selection.nodes][0]! : null));
}
