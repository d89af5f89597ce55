/**
 * Runs ELK off the main thread, so laying out a large graph never freezes
 * the editor. Messages: { id, graph } in; { id, result } or { id, error } out.
 */

import ELK from "elkjs/lib/elk.bundled.js";
import type { ElkNode } from "elkjs/lib/elk-api";

// ELK's bundle, loaded in a worker, installs its own message handler when the
// first instance is made; ours, set afterwards, replaces it.
const elk = new ELK();

/** Only what the editor reads back (positions); edge routes would just cost copying. */
function slim(node: ElkNode): ElkNode {
  return {
    id: node.id,
    ...(node.x !== undefined ? { x: node.x } : {}),
    ...(node.y !== undefined ? { y: node.y } : {}),
    ...(node.children ? { children: node.children.map(slim) } : {}),
  };
}

self.onmessage = async (event: MessageEvent<{ id: number; graph: ElkNode }>) => {
  const { id, graph } = event.data;
  try {
    postMessage({ id, result: slim(await elk.layout(graph)) });
  } catch (error) {
    postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
