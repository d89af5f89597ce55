/**
 * Document + analysis + selection → React Flow nodes and edges. Node and edge
 * objects are reused while nothing they show has changed, so React Flow
 * re-renders only what moved or changed (a 500-node graph stays smooth).
 */
import {
  type Diagnostic,
  formatShape,
  type GraphAnalysis,
  type GraphDocument,
  type LayerKind,
  layerKind,
  type NodeDoc,
  t,
} from "../../graph";
import type { Selection } from "../store/editorStore";
import type { LayerFlowNode, NodeProblem, PortView, ShapeFlowEdge } from "./flowTypes";
import { keyParams } from "./keyParams";

export function portsOf(kind: LayerKind | undefined, connected: number): PortView[] {
  if (!kind) return [{ id: null }];
  const ports = kind.ports;
  switch (ports.kind) {
    case "none":
      return [];
    case "single":
      return [{ id: null }];
    case "ordered": {
      // Always one free port to connect into, up to the maximum.
      const count = Math.min(ports.max, Math.max(ports.min, connected + 1));
      return Array.from({ length: count }, (_, i) => ({
        id: `in${i}`,
        ...(ports.labels?.[i] ? { label: ports.labels[i] } : { label: t(`in${i}`, `in${i}`) }),
      }));
    }
    case "named":
      return ports.ports.map((p) => ({ id: p.name, label: p.label }));
  }
}

interface NodeCacheEntry {
  readonly node: NodeDoc;
  readonly problems: readonly Diagnostic[];
  readonly shapeText: string | null;
  readonly params: number;
  readonly selected: boolean;
  readonly connected: number;
  readonly keyParams: string;
  readonly hasOutput: boolean;
  readonly flow: LayerFlowNode;
}

export class FlowBuilder {
  private nodeCache = new Map<string, NodeCacheEntry>();
  private edgeCache = new Map<string, ShapeFlowEdge>();

  build(
    document: GraphDocument,
    analysis: GraphAnalysis,
    selection: Selection,
  ): { nodes: LayerFlowNode[]; edges: ShapeFlowEdge[] } {
    const problemsByNode = new Map<string, Diagnostic[]>();
    for (const d of analysis.diagnostics) {
      if (d.nodeId === undefined) continue;
      const list = problemsByNode.get(d.nodeId);
      if (list) list.push(d);
      else problemsByNode.set(d.nodeId, [d]);
    }
    const incomingCount = new Map<string, number>();
    const hasOutgoing = new Set<string>();
    for (const e of document.edges) {
      incomingCount.set(e.target, (incomingCount.get(e.target) ?? 0) + 1);
      hasOutgoing.add(e.source);
    }
    const nextCache = new Map<string, NodeCacheEntry>();
    const nodes: LayerFlowNode[] = [];
    for (const node of document.nodes) {
      if (nextCache.has(node.id)) continue; // a duplicate id (NG201) is shown once
      const info = analysis.nodes.get(node.id);
      const problems = problemsByNode.get(node.id) ?? [];
      const shapeText = info?.outputShape ? formatShape(info.outputShape) : null;
      const params = (info?.trainableParams ?? 0) + (info?.nonTrainableParams ?? 0);
      const selected = selection.nodes.has(node.id);
      const connected = incomingCount.get(node.id) ?? 0;
      const key = keyParams(info);
      const hasOutput = hasOutgoing.has(node.id);
      const cached = this.nodeCache.get(node.id);
      if (
        cached &&
        cached.node === node &&
        sameProblems(cached.problems, problems) &&
        cached.shapeText === shapeText &&
        cached.params === params &&
        cached.selected === selected &&
        cached.connected === connected &&
        cached.keyParams === key &&
        cached.hasOutput === hasOutput
      ) {
        nextCache.set(node.id, cached);
        nodes.push(cached.flow);
        continue;
      }
      const kind = layerKind(node.type);
      const flow: LayerFlowNode = {
        id: node.id,
        type: "layer",
        position: node.position,
        selected,
        data: {
          nodeId: node.id,
          type: node.type,
          kindLabel: kind?.label ?? null,
          category: kind?.category ?? null,
          label: node.label,
          keyParams: key,
          shape: shapeText,
          params,
          problems: problems.map(toProblem),
          ports: portsOf(kind, connected),
          hasOutput,
        },
      };
      const entry = {
        node,
        problems,
        shapeText,
        params,
        selected,
        connected,
        keyParams: key,
        hasOutput,
        flow,
      };
      nextCache.set(node.id, entry);
      nodes.push(flow);
    }
    this.nodeCache = nextCache;
    return { nodes, edges: this.buildEdges(document, analysis, selection, nextCache) };
  }

  private buildEdges(
    document: GraphDocument,
    analysis: GraphAnalysis,
    selection: Selection,
    nodes: ReadonlyMap<string, NodeCacheEntry>,
  ): ShapeFlowEdge[] {
    const portOfEdge = new Map<string, string>();
    for (const info of analysis.nodes.values()) {
      for (const a of info.inputs)
        if (!portOfEdge.has(a.edge.id)) portOfEdge.set(a.edge.id, a.port);
    }
    const edgeProblems = new Set(
      analysis.diagnostics
        .filter((d) => d.edgeId !== undefined && d.severity === "error")
        .map((d) => d.edgeId),
    );
    const next = new Map<string, ShapeFlowEdge>();
    const edges: ShapeFlowEdge[] = [];
    for (const edge of document.edges) {
      const target = nodes.get(edge.target);
      if (!nodes.has(edge.source) || !target || next.has(edge.id)) continue;
      const ports = target.flow.data.ports;
      const resolved = portOfEdge.get(edge.id) ?? edge.targetHandle ?? null;
      const targetHandle = ports.some((p) => p.id === resolved) ? resolved : (ports[0]?.id ?? null);
      const shape = analysis.edgeShapes.get(edge.id);
      const shapeText = shape ? formatShape(shape) : null;
      const selected = selection.edges.has(edge.id);
      const problem = edgeProblems.has(edge.id);
      const cached = this.edgeCache.get(edge.id);
      if (
        cached &&
        cached.source === edge.source &&
        cached.target === edge.target &&
        (cached.targetHandle ?? null) === targetHandle &&
        cached.data?.shape === shapeText &&
        cached.data?.problem === problem &&
        (cached.selected ?? false) === selected
      ) {
        next.set(edge.id, cached);
        edges.push(cached);
        continue;
      }
      const flow: ShapeFlowEdge = {
        id: edge.id,
        type: "shape",
        source: edge.source,
        target: edge.target,
        targetHandle,
        selected,
        data: { shape: shapeText, problem },
      };
      next.set(edge.id, flow);
      edges.push(flow);
    }
    this.edgeCache = next;
    return edges;
  }
}

function sameProblems(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  return a.length === b.length && a.every((d, i) => d.message === b[i]!.message);
}

function toProblem(d: Diagnostic): NodeProblem {
  return { severity: d.severity, code: d.code, message: t(d.message, d.messageZh) };
}
