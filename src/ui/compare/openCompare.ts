/**
 * Opens the compare view with the given graphs preloaded (at most four; the
 * rest are dropped). Used by the "Compare graphs…" command and by the labs
 * teacher leaderboard ("open any two in the compare view").
 */
import type { GraphDocument } from "../../graph";
import { useUiStore } from "../store/uiStore";
import { useCompareStore } from "./compareStore";
import { COMPARE_DIALOG } from "./register";

export function openCompare(
  graphs: readonly { readonly label: string; readonly document: GraphDocument }[],
): void {
  useCompareStore
    .getState()
    .replaceAll(graphs.map((g) => ({ label: g.label, document: g.document, source: "external" })));
  useUiStore.getState().openDialog({ kind: COMPARE_DIALOG });
}
