/** Pure edits of groups: named blocks of nodes with a role, collapsible on the canvas. */
import type { GraphDocument, GroupDoc } from "../document/schema";
import { freshNodeId } from "./ids";

export const GROUP_ROLES = [
  "encoder",
  "decoder",
  "generator",
  "discriminator",
  "critic",
  "custom",
] as const;
export type GroupRole = (typeof GROUP_ROLES)[number];

export interface Grouped {
  readonly document: GraphDocument;
  readonly groupId: string;
}

/** Puts the nodes into a new group (moving them out of any group they were in). */
export function groupNodes(
  document: GraphDocument,
  nodeIds: ReadonlySet<string>,
  label: string,
  role: string,
): Grouped {
  const groupId = freshNodeId(
    `group_${role || "custom"}`,
    new Set(document.groups.map((g) => g.id)),
  );
  const group: GroupDoc = { id: groupId, label, role };
  const nodes = document.nodes.map((n) => (nodeIds.has(n.id) ? { ...n, group: groupId } : n));
  return {
    document: dropEmptyGroups({ ...document, nodes, groups: [...document.groups, group] }),
    groupId,
  };
}

/** Dissolves a group; its nodes stay where they are. */
export function ungroup(document: GraphDocument, groupId: string): GraphDocument {
  return {
    ...document,
    nodes: document.nodes.map((n) => {
      if (n.group !== groupId) return n;
      const { group: _dropped, ...rest } = n;
      return rest;
    }),
    groups: document.groups.filter((g) => g.id !== groupId),
  };
}

export function updateGroup(
  document: GraphDocument,
  groupId: string,
  change: Partial<Pick<GroupDoc, "label" | "role" | "collapsed">>,
): GraphDocument {
  return {
    ...document,
    groups: document.groups.map((g) => (g.id === groupId ? { ...g, ...change } : g)),
  };
}

function dropEmptyGroups(document: GraphDocument): GraphDocument {
  const used = new Set(document.nodes.map((n) => n.group));
  return { ...document, groups: document.groups.filter((g) => used.has(g.id)) };
}
