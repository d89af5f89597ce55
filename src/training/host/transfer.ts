/** The typed-array buffers of a reply, moved to the main thread rather than copied. */
import type { WorkerReply } from "../protocol";

export function transferablesOf(reply: WorkerReply): ArrayBuffer[] {
  const arrays: (Float32Array | undefined)[] = [];
  switch (reply.type) {
    case "prediction":
      arrays.push(reply.outputs);
      break;
    case "evaluation":
      arrays.push(reply.features);
      break;
    case "boundary":
      arrays.push(reply.predicted, reply.confidence);
      break;
    case "probe":
      for (const layer of reply.layers) arrays.push(layer.activation);
      break;
    default:
      return [];
  }
  const buffers = new Set<ArrayBuffer>();
  // Only whole buffers we own: a view into a larger buffer (a dataset) must be copied, not taken away.
  for (const array of arrays)
    if (
      array &&
      array.buffer instanceof ArrayBuffer &&
      array.byteLength === array.buffer.byteLength
    )
      buffers.add(array.buffer);
  return [...buffers];
}
