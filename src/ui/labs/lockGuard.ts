/**
 * Deleting with a lab open: locked layers stay, the rest of the selection
 * goes, and the student is told which layers were kept and why. Edges are
 * never locked (a locked layer's own edges go only when selected). The kept
 * layers stay selected, so the student sees which they are.
 */

import { removeElements } from "../../graph";
import { catalogText } from "../i18n/catalog";
import { useLocaleStore } from "../i18n/locale";
import { format } from "../i18n/messages";
import type { Selection } from "../store/editorStore";
import { EMPTY_SELECTION, useEditorStore } from "../store/editorStore";
import { useUiStore } from "../store/uiStore";
import { nodeLockedNow } from "./labStore";
import { labsText } from "./labsText";

export function withoutLockedNodes(selection: Selection): Selection {
  const locked = [...selection.nodes].filter(nodeLockedNow);
  if (locked.length === 0) return selection;
  const text = catalogText(labsText, useLocaleStore.getState().locale);
  const nodes = useEditorStore.getState().document.nodes;
  const name = (id: string) => nodes.find((n) => n.id === id)?.label || id;
  useUiStore
    .getState()
    .notify(
      locked.length === 1
        ? format(text.cannotDeleteLocked, { names: `“${name(locked[0]!)}”` })
        : format(text.cannotDeleteLockedMany, { count: locked.length }),
      "error",
    );
  return {
    nodes: new Set([...selection.nodes].filter((id) => !locked.includes(id))),
    edges: selection.edges,
  };
}

/** Delete and Cut: removes the selection but its locked layers, which stay selected; nothing left to remove, no edit. */
export function removeSelectionExceptLocked(): void {
  const editor = useEditorStore.getState();
  const wanted = editor.selection;
  const removable = withoutLockedNodes(wanted);
  const kept: Selection =
    removable.nodes.size === wanted.nodes.size
      ? EMPTY_SELECTION
      : {
          nodes: new Set([...wanted.nodes].filter((id) => !removable.nodes.has(id))),
          edges: new Set(),
        };
  if (removable.nodes.size + removable.edges.size === 0) {
    editor.select(kept);
    return;
  }
  editor.edit((d) => removeElements(d, removable.nodes, removable.edges), kept);
}
