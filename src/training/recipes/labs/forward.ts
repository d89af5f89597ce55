/**
 * Runs a compiled functional model layer by layer on concrete tensors, in
 * inference mode, optionally with one layer's output replaced by a given
 * tensor. tf.grad can then differentiate with respect to an intermediate
 * value — the output of an Embedding, for token inputs, whose ids have no
 * gradient — which model.apply cannot: it only takes the model's inputs.
 * Call inside tf.tidy (or tf.grad): the intermediate tensors are not freed here.
 */
import type * as tf from "@tensorflow/tfjs";

export interface Replacement {
  /** tfjs name of the layer whose output is replaced. */
  readonly layerName: string;
  readonly tensor: tf.Tensor;
}

type Symbolic = tf.SymbolicTensor | tf.SymbolicTensor[];

function asList(value: Symbolic): tf.SymbolicTensor[] {
  return Array.isArray(value) ? value : [value];
}

/** The model's (single) output for `input`, computed with every layer called in inference mode. */
export function runLayers(
  model: tf.LayersModel,
  input: tf.Tensor,
  replacement?: Replacement,
): tf.Tensor {
  if (model.inputs.length !== 1 || model.outputs.length !== 1)
    throw new Error("runLayers needs a model with one input and one output");
  const values = new Map<number, tf.Tensor>([[model.inputs[0]!.id, input]]);
  // A functional model's layers are in topological order.
  for (const layer of model.layers) {
    const output = layer.output as Symbolic;
    const outputs = asList(output);
    if (outputs.every((s) => values.has(s.id))) continue; // the input layer
    if (replacement?.layerName === layer.name) {
      values.set(outputs[0]!.id, replacement.tensor);
      continue;
    }
    const symbolicInputs = layer.input as Symbolic;
    const inputs = asList(symbolicInputs).map((s) => {
      const value = values.get(s.id);
      if (!value) throw new Error(`runLayers: no value for ${s.name} (a shared layer?)`);
      return value;
    });
    const result = layer.apply(Array.isArray(symbolicInputs) ? inputs : inputs[0]!, {
      training: false,
    }) as tf.Tensor | tf.Tensor[];
    const results = Array.isArray(result) ? result : [result];
    outputs.forEach((s, i) => {
      values.set(s.id, results[i]!);
    });
  }
  const out = values.get(model.outputs[0]!.id);
  if (!out) throw new Error("runLayers: the output was not computed");
  return out;
}
