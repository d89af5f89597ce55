/**
 * The attention weights of every MultiHeadAttention layer for one sample:
 * each head's softmax(Q·Kᵀ/√d_k), rows = query steps, columns = key steps.
 * Our MultiHeadAttention keeps the weights of its last inference call, so one
 * predict() of the sample fills them all at once.
 */
import * as tf from "@tensorflow/tfjs";
import { MultiHeadAttention } from "../../../compiler/custom/multiHeadAttention";

export interface AttentionMap {
  readonly nodeId: string;
  readonly heads: number;
  readonly queries: number;
  readonly keys: number;
  /** heads × queries × keys, row-major; each row sums to 1. */
  readonly weights: Float32Array;
}

/** The model's MultiHeadAttention layers, in the model's (topological) order. */
export function attentionLayers(model: tf.LayersModel): MultiHeadAttention[] {
  return model.layers.filter((layer) => layer instanceof MultiHeadAttention);
}

/**
 * Runs `sample` ([1, …inputShape], the model's input dtype) in inference mode
 * and returns one map per MultiHeadAttention layer. `nodeIdOf` turns a tfjs
 * layer name into its graph node id (they differ when an id is not a valid
 * tfjs name). The sample stays the caller's; every other tensor is released.
 */
export function attentionMaps(
  model: tf.LayersModel,
  sample: tf.Tensor,
  nodeIdOf: (layerName: string) => string = (name) => name,
): AttentionMap[] {
  if (sample.shape[0] !== 1)
    throw new Error(`attentionMaps takes one sample, not ${sample.shape[0]}`);
  const layers = attentionLayers(model);
  tf.dispose(model.predict(sample));
  return layers.map((layer) => {
    const scores = layer.attentionScores();
    if (!scores) throw new Error(`${layer.name} recorded no attention weights`);
    const [, heads, queries, keys] = scores.shape as [number, number, number, number];
    return {
      nodeId: nodeIdOf(layer.name),
      heads,
      queries,
      keys,
      weights: Float32Array.from(scores.dataSync()),
    };
  });
}
