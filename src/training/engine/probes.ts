/**
 * What the live panel shows per layer: the probe sample's activation (through
 * a model with every layer's output, built once), weight and gradient
 * histograms and each layer's gradient norm. Only ever called when the user
 * watches, and at most a few times a second.
 */
import * as tf from "@tensorflow/tfjs";
import type { LayerProbe } from "../protocol";
import { capActivation, histogram, meanAbs } from "./histogram";

interface ProbedLayer {
  readonly nodeId: string;
  readonly layer: tf.layers.Layer;
  /** Output shape for one sample. */
  readonly shape: readonly number[];
  /** Names of its trainable variables (the keys of the gradient map). */
  readonly variableNames: readonly string[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
export type LayerProbeDraft = Mutable<LayerProbe>;

function firstOutput(layer: tf.layers.Layer): tf.SymbolicTensor {
  const output = layer.output;
  return Array.isArray(output) ? output[0]! : output;
}

function sampleShape(layer: tf.layers.Layer): number[] {
  const shape = layer.outputShape;
  const first = (Array.isArray(shape[0]) ? shape[0] : shape) as (number | null)[];
  return first.slice(1).map((d) => d ?? 0);
}

function concatenated(arrays: readonly Float32Array[]): Float32Array {
  if (arrays.length === 1) return arrays[0]!;
  const out = new Float32Array(arrays.reduce((n, a) => n + a.length, 0));
  let offset = 0;
  for (const a of arrays) {
    out.set(a, offset);
    offset += a.length;
  }
  return out;
}

export class LayerInspector {
  private readonly layers: readonly ProbedLayer[];
  private activationModel: tf.LayersModel | null = null;

  constructor(
    private readonly model: tf.LayersModel,
    nodeIdOf: (layerName: string) => string,
  ) {
    this.layers = model.layers
      .filter((layer) => layer.getClassName() !== "InputLayer")
      .map((layer) => ({
        nodeId: nodeIdOf(layer.name),
        layer,
        shape: sampleShape(layer),
        variableNames: layer.trainableWeights.map((w) => w.name),
      }));
  }

  /** An empty draft per layer, to be filled by the calls below. */
  drafts(): Map<string, LayerProbeDraft> {
    return new Map(this.layers.map((l) => [l.nodeId, { nodeId: l.nodeId, shape: l.shape }]));
  }

  /** The probe sample's activation at every layer (inference mode). `sample` has a batch dimension of 1. */
  addActivations(sample: tf.Tensor, drafts: Map<string, LayerProbeDraft>): void {
    if (this.layers.length === 0) return;
    this.activationModel ??= tf.model({
      inputs: this.model.inputs,
      outputs: this.layers.map((l) => firstOutput(l.layer)),
    });
    const model = this.activationModel;
    tf.tidy(() => {
      const outputs = model.predict(sample);
      const list = Array.isArray(outputs) ? outputs : [outputs];
      list.forEach((output, i) => {
        const probed = this.layers[i]!;
        const values = output.dataSync() as Float32Array;
        const draft = drafts.get(probed.nodeId)!;
        const capped = capActivation(values, probed.shape);
        draft.activation = capped.values === values ? values.slice() : capped.values;
        draft.activationShape = capped.shape;
        draft.meanAbsActivation = meanAbs(values);
      });
    });
  }

  addWeightHistograms(drafts: Map<string, LayerProbeDraft>): void {
    for (const probed of this.layers) {
      const weights = probed.layer.weights;
      if (weights.length === 0) continue;
      const values = concatenated(weights.map((w) => w.read().dataSync() as Float32Array));
      drafts.get(probed.nodeId)!.weights = histogram(values);
    }
  }

  /** Gradient histograms and L2 norms from a step's gradients (call inside that step's tidy). */
  addGradientStats(grads: tf.NamedTensorMap, drafts: Map<string, LayerProbeDraft>): void {
    for (const probed of this.layers) {
      const tensors = probed.variableNames
        .map((name) => grads[name])
        .filter((g) => g !== undefined);
      if (tensors.length === 0) continue;
      const values = concatenated(tensors.map((g) => g.dataSync() as Float32Array));
      let sumOfSquares = 0;
      for (let i = 0; i < values.length; i++) sumOfSquares += values[i]! * values[i]!;
      const draft = drafts.get(probed.nodeId)!;
      draft.gradients = histogram(values);
      draft.gradientNorm = Math.sqrt(sumOfSquares);
    }
  }
}
