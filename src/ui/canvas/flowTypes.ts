/** The data our custom React Flow nodes and edges carry. */
import type { Edge, Node } from "@xyflow/react";
import type { Category, I18nText, Severity } from "../../graph";

export interface PortView {
  /** Handle id; null for the single input of one-input layers. */
  readonly id: string | null;
  readonly label?: I18nText;
}

export interface NodeProblem {
  readonly severity: Severity;
  readonly code: string;
  readonly message: I18nText;
}

export interface LayerNodeData extends Record<string, unknown> {
  readonly nodeId: string;
  readonly type: string;
  readonly kindLabel: I18nText | null;
  readonly category: Category | null;
  readonly label: string | undefined;
  readonly keyParams: string;
  readonly shape: string | null;
  readonly params: number;
  readonly problems: readonly NodeProblem[];
  readonly ports: readonly PortView[];
  readonly hasOutput: boolean;
}

export type LayerFlowNode = Node<LayerNodeData, "layer">;

export interface ShapeEdgeData extends Record<string, unknown> {
  /** `[?, 28, 28, 1]`, or null when the shape is unknown (an upstream problem). */
  readonly shape: string | null;
  readonly problem: boolean;
}

export type ShapeFlowEdge = Edge<ShapeEdgeData, "shape">;
