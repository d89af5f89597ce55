/**
 * word2vec's loss in tfjs ops, differentiable with respect to the input
 * vectors (the Embedding's matrix) and the output vectors (the algorithm's
 * own matrix): the hidden vector h of each example (skip-gram: its centre
 * word's vector; CBOW: the mean of its context words' vectors), scored
 * against rows of the output matrix as binary decisions (targets.ts) with
 * sigmoid cross-entropy, summed over an example's decisions and averaged
 * over the batch.
 */
import * as tf from "@tensorflow/tfjs";
import type { ExampleBatch, Word2vecModel } from "./examples";
import type { BinaryTargets } from "./targets";

/**
 * tf.gather of rows whose gradient is a scatterND. tf.gather's own gradient
 * needs UnsortedSegmentSum, which the wasm backend lacks; scatterND (every
 * backend has it) sums the rows of repeated ids just the same.
 */
export function gatherRows(matrix: tf.Tensor, ids: tf.Tensor): tf.Tensor2D {
  const gather = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const [m, i, save] = args as [tf.Tensor, tf.Tensor, tf.GradSaveFunc];
    save([i]);
    return {
      value: tf.gather(m, i),
      gradFunc: (dy: tf.Tensor | tf.Tensor[], saved: tf.Tensor[]) => {
        const indices = saved[0]!;
        return [
          tf.scatterND(indices.expandDims(1), dy as tf.Tensor, m.shape),
          tf.zerosLike(indices),
        ];
      },
    };
  });
  return gather(matrix, ids) as tf.Tensor2D;
}

/** h for each example of the batch: [size, dims]. */
export function hiddenVectors(
  input: tf.Variable,
  batch: ExampleBatch,
  model: Word2vecModel,
  bagWidth: number,
): tf.Tensor2D {
  if (model === "skipGram") return gatherRows(input, tf.tensor1d(batch.centres, "int32"));
  const dims = input.shape[1]!;
  const ids = batch.contexts.map((id) => Math.max(id, 0));
  const mask = Float32Array.from(batch.contexts, (id) => (id >= 0 ? 1 : 0));
  const maskTensor = tf.tensor2d(mask, [batch.size, bagWidth]);
  const vectors = gatherRows(input, tf.tensor1d(ids, "int32")).reshape([
    batch.size,
    bagWidth,
    dims,
  ]);
  const sum = vectors.mul(maskTensor.expandDims(2)).sum(1);
  const counts = maskTensor.sum(1, true).maximum(1);
  return sum.div(counts) as tf.Tensor2D;
}

/** Σ over an example's decisions of the sigmoid cross-entropy, averaged over the batch. */
export function binaryLoss(
  output: tf.Variable,
  hidden: tf.Tensor2D,
  targets: BinaryTargets,
): tf.Scalar {
  const [size, dims] = hidden.shape;
  const rows = gatherRows(output, tf.tensor1d(targets.rows, "int32")).reshape([
    size,
    targets.width,
    dims,
  ]);
  const logits = rows.mul(hidden.expandDims(1)).sum(2);
  const labels = tf.tensor2d(targets.labels, [size, targets.width]);
  const weights = tf.tensor2d(targets.weights, [size, targets.width]);
  // max(x, 0) − x·z + log(1 + e^−|x|): the cross-entropy of σ(x) against z, stable for large |x|.
  const crossEntropy = logits.relu().sub(logits.mul(labels)).add(logits.abs().neg().softplus());
  return crossEntropy.mul(weights).sum().div(size) as tf.Scalar;
}
