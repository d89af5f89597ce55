/** A small lab and its documents for the lab tests (not shipped: only tests import it). */
import type { GraphDocumentInput } from "../document/schema";

export function mlpGraph(): GraphDocumentInput {
  return {
    format: "neurograph",
    version: 1,
    name: "MLP",
    nodes: [
      { id: "image", type: "input", params: { shape: [28, 28, 1] } },
      { id: "flat", type: "flatten", params: {} },
      { id: "hidden", type: "dense", params: { units: 32, activation: "relu" } },
      { id: "digits", type: "dense", params: { units: 10, activation: "softmax" } },
    ],
    edges: [
      { id: "e1", source: "image", target: "flat" },
      { id: "e2", source: "flat", target: "hidden" },
      { id: "e3", source: "hidden", target: "digits" },
    ],
    training: { optimizer: { type: "adam", learningRate: 0.01 }, batchSize: 16 },
  };
}

export function rawLab(): Record<string, unknown> {
  return {
    format: "neurograph-lab",
    version: 1,
    id: "test-lab",
    title: { en: "Test lab", zh: "测试实验" },
    instructions: { en: "Do it.", zh: "做吧。" },
    graphs: [{ id: "mlp", title: { en: "MLP", zh: "多层感知机" }, document: mlpGraph() }],
    training: {
      dataset: { id: "mnist", options: { size: 500 } },
      epochs: 2,
      seed: 7,
      optimizer: { learningRate: 0.005 },
    },
    locks: {
      nodes: ["image"],
      params: [{ node: "digits", param: "units" }],
      training: ["dataset", "epochs", "seed"],
    },
    goals: [
      { metric: "bestValAccuracy", atLeast: 0.8 },
      { metric: "params", atMost: 20000 },
    ],
  };
}
