/**
 * Writing a document back to JSON. Known fields come first in a fixed order
 * (so diffs stay small); fields this version does not know are kept, so a
 * newer tool's additions survive a round trip through this one.
 */
import type { GraphDocument } from "./schema";

const TOP_LEVEL_ORDER = [
  "format",
  "version",
  "name",
  "description",
  "nodes",
  "edges",
  "groups",
  "training",
];

export function serializeDocument(document: GraphDocument): string {
  const ordered: Record<string, unknown> = {};
  for (const key of TOP_LEVEL_ORDER) if (document[key] !== undefined) ordered[key] = document[key];
  for (const [key, value] of Object.entries(document)) if (!(key in ordered)) ordered[key] = value;
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
