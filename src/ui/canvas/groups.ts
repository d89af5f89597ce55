/**
 * Groups on the canvas. Each group becomes a React Flow node of type "group":
 * expanded, a box drawn behind its members (zIndex below theirs; the members
 * keep their absolute positions — no parentId, so the document stays the
 * single source of positions); collapsed, one compact node that stands in
 * for its hidden members, with the edges that cross the block's border
 * redrawn to and from it (same edge ids, same shape labels).
 */
import type { Node } from "@xyflow/react";
import { formatShape, type GraphAnalysis, type GraphDocument, type NodeDoc } from "../../graph";
import { cardPosition, groupBox } from "../groups/geometry";
import type { LayerFlowNode, ShapeFlowEdge } from "./flowTypes";

export interface GroupNodeData extends Record<string, unknown> {
  readonly groupId: string;
  /** The group's label, or its id when it has none. */
  readonly label: string;
  readonly role: string | undefined;
  readonly collapsed: boolean;
  readonly memberIds: readonly string[];
  readonly params: number;
  /** Shapes entering and leaving the block (deduplicated), for the collapsed view. */
  readonly inputShapes: readonly string[];
  readonly outputShapes: readonly string[];
  /** True when every member is selected. */
  readonly selected: boolean;
}

export type GroupFlowNode = Node<GroupNodeData, "group">;

/** React Flow ids of group nodes: prefixed, as group and layer ids are separate namespaces. */
export function groupNodeId(groupId: string): string {
  return `__group__${groupId}`;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function sameData(a: GroupNodeData, b: GroupNodeData): boolean {
  return (
    a.label === b.label &&
    a.role === b.role &&
    a.collapsed === b.collapsed &&
    a.params === b.params &&
    a.selected === b.selected &&
    a.memberIds.join("\u0000") === b.memberIds.join("\u0000") &&
    a.inputShapes.join() === b.inputShapes.join() &&
    a.outputShapes.join() === b.outputShapes.join()
  );
}

/** Group nodes are reused while nothing they show changed, so React Flow skips them. */
let cache = new Map<string, GroupFlowNode>();

function groupFlowNode(
  groupId: string,
  data: GroupNodeData,
  position: { x: number; y: number },
): GroupFlowNode {
  const cached = cache.get(groupId);
  if (
    cached &&
    cached.position.x === position.x &&
    cached.position.y === position.y &&
    sameData(cached.data, data)
  )
    return cached;
  return {
    id: groupNodeId(groupId),
    type: "group",
    position,
    data,
    className: "ng-group-node",
    // Behind the layers and edges when expanded; a node among nodes when collapsed.
    zIndex: data.collapsed ? 0 : -1,
    selectable: false,
    draggable: false,
    connectable: false,
    deletable: false,
    focusable: false,
    // The box lets clicks through to the canvas; its header takes them (see GroupNode).
    ...(data.collapsed ? {} : { style: { pointerEvents: "none" as const } }),
  };
}

export function withGroups(
  nodes: LayerFlowNode[],
  edges: ShapeFlowEdge[],
  document: GraphDocument,
  analysis: GraphAnalysis,
): { nodes: Node[]; edges: ShapeFlowEdge[] } {
  const known = new Map(document.groups.map((g) => [g.id, g]));
  const members = new Map<string, NodeDoc[]>();
  for (const node of document.nodes) {
    if (node.group === undefined || !known.has(node.group)) continue;
    const list = members.get(node.group);
    if (list) list.push(node);
    else members.set(node.group, [node]);
  }
  if (members.size === 0) {
    cache = new Map();
    return { nodes, edges };
  }
  const selected = new Set(nodes.filter((n) => n.selected).map((n) => n.id));
  /** Layer id → the collapsed group node standing in for it. */
  const standIn = new Map<string, string>();

  const behind: Node[] = [];
  const inFront: Node[] = [];
  const next = new Map<string, GroupFlowNode>();
  for (const group of document.groups) {
    const list = members.get(group.id);
    if (!list || next.has(group.id)) continue;
    const collapsed = group.collapsed === true;
    const ids = list.map((n) => n.id);
    const inside = new Set(ids);
    const crossing = document.edges.filter((e) => inside.has(e.source) !== inside.has(e.target));
    const shapeOf = (edgeId: string) => {
      const shape = analysis.edgeShapes.get(edgeId);
      return shape ? formatShape(shape) : "?";
    };
    // A member that feeds nothing is one of the model's outputs: its shape leaves the block too.
    const modelOutputs = analysis.outputs.filter((id) => inside.has(id));
    const data: GroupNodeData = {
      groupId: group.id,
      label: group.label?.trim() ? group.label : group.id,
      role: group.role,
      collapsed,
      memberIds: ids,
      params: ids.reduce((sum, id) => {
        const info = analysis.nodes.get(id);
        return sum + (info ? info.trainableParams + info.nonTrainableParams : 0);
      }, 0),
      inputShapes: unique(crossing.filter((e) => inside.has(e.target)).map((e) => shapeOf(e.id))),
      outputShapes: unique([
        ...crossing.filter((e) => inside.has(e.source)).map((e) => shapeOf(e.id)),
        ...modelOutputs.map((id) => {
          const shape = analysis.nodes.get(id)?.outputShape;
          return shape ? formatShape(shape) : "?";
        }),
      ]),
      selected: ids.every((id) => selected.has(id)),
    };
    // Collapsed, the block becomes a card where its first layers were.
    const position = collapsed ? cardPosition(list) : groupBox(list);
    const flow = groupFlowNode(group.id, data, { x: position.x, y: position.y });
    next.set(group.id, flow);
    if (collapsed) {
      for (const id of ids) standIn.set(id, flow.id);
      inFront.push(flow);
    } else behind.push(flow);
  }
  cache = next;

  const labels = new Map([...next.values()].map((g) => [g.id, g.data.label]));
  const shownNodes = standIn.size === 0 ? nodes : nodes.filter((n) => !standIn.has(n.id));
  const shownEdges =
    standIn.size === 0
      ? edges
      : edges.flatMap((edge) => {
          const source = standIn.get(edge.source);
          const target = standIn.get(edge.target);
          if (!source && !target) return [edge];
          if (source && source === target) return []; // inside a collapsed block
          const from = source ? labels.get(source) : edge.source;
          const to = target ? labels.get(target) : edge.target;
          return [
            {
              ...edge,
              source: source ?? edge.source,
              target: target ?? edge.target,
              sourceHandle: null,
              targetHandle: target ? null : (edge.targetHandle ?? null),
              // React Flow's own wording, with the block's name rather than its internal id.
              ariaLabel: `Edge from ${from} to ${to}`,
            },
          ];
        });
  return { nodes: [...behind, ...shownNodes, ...inFront], edges: shownEdges };
}
