/**
 * The inspector (right column): the selected layer's identity, figures,
 * problems, hyperparameters and help; a summary for several layers; the
 * graph's name, description and totals when nothing is selected.
 */
import type { KeyboardEvent } from "react";
import { useText } from "../i18n/catalog";
import { layoutText } from "../layout/layoutText";
import { useAnalysis, useEditorStore, useStructuralDocument } from "../store/editorStore";
import { GraphOverview } from "./GraphOverview";
import { NodeInspector } from "./NodeInspector";
import { SelectionSummary } from "./SelectionSummary";
import "./inspector.css";

/**
 * Delete and Backspace on a focused inspector button would otherwise reach the
 * global shortcut and delete the selected layer, which nobody means there.
 */
function keepKeysInside(event: KeyboardEvent) {
  if (event.key === "Delete" || event.key === "Backspace") event.stopPropagation();
}

export function Inspector() {
  const text = useText(layoutText);
  const document = useStructuralDocument();
  const selected = useEditorStore((s) => s.selection.nodes);
  const analysis = useAnalysis();
  const single = selected.size === 1 ? document.nodes.find((n) => selected.has(n.id)) : undefined;
  return (
    <aside className="inspector" aria-label={text.inspector} onKeyDown={keepKeysInside}>
      {single ? (
        // Keyed by node: a field's draft and typing session belong to one node.
        <NodeInspector key={single.id} node={single} analysis={analysis} />
      ) : selected.size > 1 ? (
        <SelectionSummary ids={selected} document={document} analysis={analysis} />
      ) : (
        <GraphOverview document={document} analysis={analysis} />
      )}
    </aside>
  );
}
