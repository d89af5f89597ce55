/**
 * Replaying a graph's decoder on a fresh input (Node, cpu backend): the
 * decoder of the encoder's code is the whole model's output, the weights are
 * shared, inputs are consumed in port order, and disposing the replay and the
 * model (in either order) frees every weight.
 */
import * as tf from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { compileGraph, enableProductionMode } from "../../../compiler";
import type { GraphDocument } from "../../../graph";
import { TrainingFailure } from "../../engine/errors";
import { replaySubgraph, symbolicOutput } from "./replay";
import { graphOf, type TestEdge, type TestLayer } from "./testGraphs";

beforeAll(async () => {
  enableProductionMode();
  await tf.setBackend("cpu");
});

const graph = (layers: readonly TestLayer[], edges: readonly TestEdge[]): GraphDocument =>
  graphOf([12], layers, edges);

/** image → enc → code → (branch a, branch b) → concatenate(b, a) → reconstruction: the decoder reads its two branches in port order. */
const BRANCHING = graph(
  [
    ["enc", "dense", { units: 8, activation: "relu" }],
    ["code", "dense", { units: 3 }],
    ["a", "dense", { units: 5, activation: "tanh" }],
    ["b", "dense", { units: 4, activation: "relu" }],
    ["join", "concatenate", {}],
    ["reconstruction", "dense", { units: 12, activation: "sigmoid" }],
  ],
  [
    ["image", "enc"],
    ["enc", "code"],
    ["code", "a"],
    ["code", "b"],
    ["b", "join", "in0"],
    ["a", "join", "in1"],
    ["join", "reconstruction"],
  ],
);
const DECODER = ["a", "b", "join", "reconstruction"];

function compile(document: GraphDocument) {
  const compiled = compileGraph(document, { seed: 5 });
  if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join("\n"));
  return compiled;
}

function maxDifference(a: tf.Tensor, b: tf.Tensor): number {
  return tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0]!);
}

describe("replaySubgraph", () => {
  it("decodes the encoder's code to exactly the whole model's output, sharing its weights", () => {
    const before = tf.memory().numTensors;
    const { model, analysis, layerNames } = compile(BRANCHING);
    const request = {
      model,
      analysis,
      layerNames,
      from: "code",
      nodes: DECODER,
      output: "reconstruction",
    };
    const decoder = replaySubgraph(request);
    const encoder = tf.model({
      inputs: model.inputs,
      outputs: symbolicOutput(model, layerNames, "code"),
    });
    expect(decoder.inputs[0]!.shape).toEqual([null, 3]);
    expect(decoder.outputs[0]!.shape).toEqual([null, 12]);
    // Only the replayed layers, no copies of weights.
    expect(decoder.countParams()).toBe(3 * 5 + 5 + 3 * 4 + 4 + 9 * 12 + 12);
    const x = tf.randomUniform([6, 12], 0, 1, "float32", 1);
    const whole = model.predict(x) as tf.Tensor;
    const code = encoder.predict(x) as tf.Tensor;
    const decoded = decoder.predict(code) as tf.Tensor;
    expect(maxDifference(decoded, whole)).toBeLessThan(1e-6);

    // Changing the model's weights changes the decoder's output the same way.
    const layer = model.getLayer(layerNames.get("a")!);
    const [kernel, bias] = layer.getWeights();
    const doubled = tf.mul(kernel!, 2);
    layer.setWeights([doubled, bias!]);
    const whole2 = model.predict(x) as tf.Tensor;
    const decoded2 = decoder.predict(code) as tf.Tensor;
    expect(maxDifference(whole2, whole)).toBeGreaterThan(1e-4);
    expect(maxDifference(decoded2, whole2)).toBeLessThan(1e-6);
    // getWeights() hands out the layer's own variables: not ours to dispose.
    tf.dispose([x, whole, code, decoded, doubled, whole2, decoded2]);

    decoder.dispose();
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it("frees the weights when the model goes first, too", () => {
    const before = tf.memory().numTensors;
    const { model, analysis, layerNames } = compile(BRANCHING);
    const decoder = replaySubgraph({
      model,
      analysis,
      layerNames,
      from: "code",
      nodes: DECODER,
      output: "reconstruction",
    });
    model.dispose();
    // The replay still holds the decoder's layers: it keeps working.
    const out = tf.tidy(() => (decoder.predict(tf.ones([1, 3])) as tf.Tensor).shape);
    expect(out).toEqual([1, 12]);
    decoder.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it("refuses a decoder that reads the encoder past the code", () => {
    const skip = graph(
      [
        ["enc", "dense", { units: 8, activation: "relu" }],
        ["code", "dense", { units: 3 }],
        ["dec", "dense", { units: 8 }],
        ["join", "add", {}],
        ["reconstruction", "dense", { units: 12, activation: "sigmoid" }],
      ],
      [
        ["image", "enc"],
        ["enc", "code"],
        ["code", "dec"],
        ["dec", "join"],
        ["enc", "join"],
        ["join", "reconstruction"],
      ],
    );
    const before = tf.memory().numTensors;
    const { model, analysis, layerNames } = compile(skip);
    const request = {
      model,
      analysis,
      layerNames,
      from: "code",
      nodes: ["dec", "join", "reconstruction"],
      output: "reconstruction",
    };
    expect(() => replaySubgraph(request)).toThrow(TrainingFailure);
    expect(() => replaySubgraph(request)).toThrow(/'join' reads 'enc'/);
    // Refused before any layer was applied: disposing the model frees every weight.
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
