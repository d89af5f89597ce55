/**
 * Machine-readable repairs attached to diagnostics. The editor applies one as
 * a single undo step with `applyFix`; the CLI prints what it would do.
 */
export interface LayerTemplate {
  readonly type: string;
  readonly params: Readonly<Record<string, unknown>>;
}

export type Fix =
  /** Insert a new layer on the edge that feeds `nodeId` (the edge `edgeId`, or its only incoming edge). */
  | {
      readonly kind: "insertBefore";
      readonly nodeId: string;
      readonly edgeId?: string;
      readonly layer: LayerTemplate;
    }
  /** Set one param of a node. */
  | {
      readonly kind: "setParam";
      readonly nodeId: string;
      readonly param: string;
      readonly value: unknown;
    }
  /** Remove a node, reconnecting its single input to everything it fed. */
  | { readonly kind: "removeNode"; readonly nodeId: string }
  /** Remove an edge. */
  | { readonly kind: "removeEdge"; readonly edgeId: string };
