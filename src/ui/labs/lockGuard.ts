/**
 * Deleting with a lab open: locked layers stay, the rest of the selection
 * goes, and the student is told which layers were kept and why. Edges are
 * never locked (a locked layer's own edges go only when selected).
 */
import { catalogText } from "../i18n/catalog";
import { useLocaleStore } from "../i18n/locale";
import { format } from "../i18n/messages";
import type { Selection } from "../store/editorStore";
import { useEditorStore } from "../store/editorStore";
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
