/**
 * Groups on the canvas (named blocks, collapsible). Placeholder that leaves
 * nodes and edges unchanged; the grouping feature replaces it.
 */
import type { Node } from "@xyflow/react";
import type { GraphAnalysis, GraphDocument } from "../../graph";
import type { LayerFlowNode, ShapeFlowEdge } from "./flowTypes";

export function withGroups(
  nodes: LayerFlowNode[],
  edges: ShapeFlowEdge[],
  _document: GraphDocument,
  _analysis: GraphAnalysis,
): { nodes: Node[]; edges: ShapeFlowEdge[] } {
  return { nodes, edges };
}
