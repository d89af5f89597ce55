/** Which groups a selection is about: the groups of the selected layers, in document order. */
import type { GraphDocument, GroupDoc } from "../../graph";
import type { Selection } from "../store/editorStore";

export function selectedGroups(document: GraphDocument, selection: Selection): GroupDoc[] {
  const ids = new Set<string>();
  for (const node of document.nodes)
    if (node.group !== undefined && selection.nodes.has(node.id)) ids.add(node.group);
  return document.groups.filter((g) => ids.has(g.id));
}

/** The ids of a group's layers. */
export function groupMembers(document: GraphDocument, groupId: string): string[] {
  return document.nodes.filter((n) => n.group === groupId).map((n) => n.id);
}
