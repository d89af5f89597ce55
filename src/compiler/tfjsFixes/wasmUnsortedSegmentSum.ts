/**
 * The kernel tfjs's wasm backend lacks for training an Embedding:
 * UnsortedSegmentSum, which the gradient of a gather (the embedding lookup)
 * uses to add each looked-up row's gradient back into its row of the table.
 * Without it every graph with an Embedding trains on the cpu backend, whose
 * version builds a mask and a sum over the whole input for each of the
 * `numSegments` rows — vocabulary size × batch work for one gradient. Here it
 * is one pass over the input: out[id] += x[i] for each position i with
 * segment id `id` (ids outside [0, numSegments) are dropped, as in
 * TensorFlow). setCurrentBackend registers it whenever wasm is made current.
 */
import type * as tf from "@tensorflow/tfjs";
import { type KernelArgs, registerWasmKernel, type WasmBackendData } from "./wasmKernels";

/** Sums the rows of `x` (each `inner` values long) into the rows their segment ids name. */
export function unsortedSegmentSumValues(
  x: ArrayLike<number>,
  segmentIds: ArrayLike<number>,
  numSegments: number,
  inner: number,
): Float32Array {
  const out = new Float32Array(numSegments * inner);
  for (let i = 0; i < segmentIds.length; i++) {
    const id = segmentIds[i]!;
    if (id < 0 || id >= numSegments) continue;
    const from = i * inner;
    const to = id * inner;
    for (let j = 0; j < inner; j++) out[to + j]! += x[from + j]!;
  }
  return out;
}

function unsortedSegmentSum(args: KernelArgs): tf.TensorInfo {
  const backend = args.backend as WasmBackendData;
  const { x, segmentIds } = args.inputs as { x: tf.TensorInfo; segmentIds: tf.TensorInfo };
  const numSegments = (args.attrs as { numSegments: number }).numSegments;
  // x's shape is segmentIds' shape followed by the shape of one summed row.
  const innerShape = x.shape.slice(segmentIds.shape.length);
  const inner = innerShape.reduce((n, d) => n * d, 1);
  const values = unsortedSegmentSumValues(
    backend.readSync(x.dataId) as ArrayLike<number>,
    backend.readSync(segmentIds.dataId) as ArrayLike<number>,
    numSegments,
    inner,
  );
  if (x.dtype === "int32")
    return backend.makeOutput(
      [numSegments, ...innerShape],
      "int32",
      undefined,
      Int32Array.from(values),
    );
  return backend.makeOutput([numSegments, ...innerShape], "float32", undefined, values);
}

/** Registers the kernel for wasm unless tfjs has its own (see wasmKernels.ts). */
export function registerWasmUnsortedSegmentSum(): void {
  registerWasmKernel("UnsortedSegmentSum", unsortedSegmentSum);
}
