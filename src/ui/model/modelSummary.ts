/** The rows of a Keras-style model summary, from a graph analysis. */
import {
  formatShape,
  type GraphAnalysis,
  type I18nText,
  layerKind,
  type NodeAnalysis,
} from "../../graph";

export interface SummaryRow {
  readonly id: string;
  readonly type: string;
  /** Null when the document names a kind the registry does not know. */
  readonly kindLabel: I18nText | null;
  /** Formatted like "[?, 128]"; null when the shape could not be inferred. */
  readonly shape: string | null;
  readonly params: number;
  readonly flops: number | null;
}

/** One row per node, in topological order, then any node the order could not place (a cycle). */
export function summaryRows(analysis: GraphAnalysis): SummaryRow[] {
  const ordered = new Set(analysis.order);
  const rest = [...analysis.nodes.keys()].filter((id) => !ordered.has(id));
  return [...analysis.order, ...rest].flatMap((id) => {
    const node = analysis.nodes.get(id);
    return node ? [toRow(node)] : [];
  });
}

function toRow(node: NodeAnalysis): SummaryRow {
  return {
    id: node.id,
    type: node.type,
    kindLabel: layerKind(node.type)?.label ?? null,
    shape: node.outputShape ? formatShape(node.outputShape) : null,
    params: node.trainableParams + node.nonTrainableParams,
    flops: node.flops,
  };
}
