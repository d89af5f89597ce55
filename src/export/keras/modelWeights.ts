/**
 * The trained weights of a tfjs model (a compiled graph, a restored
 * checkpoint, or a model.json loaded with modelFromFiles), node by node, as
 * exportKeras takes them. The layers are found by the names the compiler
 * gives them, which are the Keras export's too. Reads values with dataSync:
 * no tensor is created.
 */
import type * as tf from "@tensorflow/tfjs";
import type { GraphDocument } from "../../graph";
import { kerasLayerNames } from "./names";
import type { NodeWeights, WeightTensor } from "./types";

export function nodeWeightsOf(model: tf.LayersModel, document: GraphDocument): NodeWeights {
  const names = kerasLayerNames(document.nodes.map((n) => n.id));
  const byName = new Map(model.layers.map((layer) => [layer.name, layer]));
  const weights = new Map<string, WeightTensor[]>();
  for (const [id, name] of names) {
    const layer = byName.get(name);
    if (!layer || layer.weights.length === 0) continue;
    weights.set(
      id,
      layer.weights.map((w) => ({
        name: w.originalName,
        shape: w.shape.map((d) => d ?? 0),
        values: Float32Array.from(w.read().dataSync() as Float32Array),
      })),
    );
  }
  return weights;
}
