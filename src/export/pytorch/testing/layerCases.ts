/**
 * Equivalence cases beyond the Keras export's table (keras/testing/cases.ts):
 * the configurations where a PyTorch port most easily goes wrong, and small
 * graphs of several layers (a CNN with batch norm and Flatten, a DAG with two
 * inputs and two outputs, an encoder-decoder with transposed convolutions).
 */
import type { GraphDocument } from "../../../graph";
import type { LayerCase } from "../../keras/testing/cases";

const v = (...shape: (number | null)[]) => ({ shape });
const ids = (...shape: (number | null)[]) => ({ shape, dtype: "int32" as const });

export const EXTRA_CASES: readonly LayerCase[] = [
  { type: "dense", params: { units: 6, activation: "gelu" }, inputs: [v(5)] },
  { type: "dense", params: { units: 6, activation: "swish" }, inputs: [v(5)] },
  { type: "dense", params: { units: 4, activation: "softmax" }, inputs: [v(3, 5)] },
  { type: "activation", params: { activation: "selu" }, inputs: [v(7)] },
  { type: "activation", params: { activation: "elu" }, inputs: [v(7)] },
  { type: "activation", params: { activation: "softplus" }, inputs: [v(7)] },
  { type: "activation", params: { activation: "softsign" }, inputs: [v(7)] },
  { type: "activation", params: { activation: "sigmoid" }, inputs: [v(7)] },
  { type: "activation", params: { activation: "hardSigmoid" }, inputs: [v(7)] },
  {
    type: "conv2d",
    params: {
      filters: 3,
      kernelSize: [4, 4],
      strides: [3, 2],
      padding: "same",
      activation: "relu",
    },
    inputs: [v(10, 9, 2)],
  },
  {
    type: "conv2d",
    params: { filters: 4, kernelSize: 2, strides: 2, padding: "same" },
    inputs: [v(7, 7, 3)],
  },
  {
    type: "conv2dTranspose",
    params: { filters: 3, kernelSize: 2, strides: 3 },
    inputs: [v(4, 4, 2)],
  },
  {
    type: "conv2dTranspose",
    params: { filters: 2, kernelSize: [4, 3], strides: 2, padding: "same", activation: "tanh" },
    inputs: [v(5, 6, 3)],
  },
  {
    type: "conv2dTranspose",
    params: { filters: 2, kernelSize: 1, strides: 2, padding: "same", useBias: true },
    inputs: [v(3, 3, 2)],
  },
  { type: "maxPooling2d", params: { poolSize: 2, padding: "same" }, inputs: [v(5, 7, 2)] },
  {
    type: "averagePooling2d",
    params: { poolSize: 3, strides: 2, padding: "same" },
    inputs: [v(8, 7, 2)],
  },
  { type: "averagePooling2d", params: { poolSize: [3, 2], strides: [1, 2] }, inputs: [v(6, 7, 2)] },
  { type: "batchNormalization", params: { axis: -1 }, inputs: [v(5, 5, 3)] },
  {
    type: "batchNormalization",
    params: { scale: false, epsilon: 0.01 },
    inputs: [v(4, 6)],
  },
  {
    type: "simpleRNN",
    params: { units: 3, goBackwards: true, returnSequences: true },
    inputs: [v(5, 2)],
  },
  { type: "lstm", params: { units: 4, recurrentActivation: "sigmoid" }, inputs: [v(6, 3)] },
  { type: "lstm", params: { units: 3, useBias: false, activation: "relu" }, inputs: [v(4, 2)] },
  {
    type: "gru",
    params: { units: 4, recurrentActivation: "sigmoid", goBackwards: true },
    inputs: [v(7, 3)],
  },
  {
    type: "bidirectional",
    params: { layer: "gru", units: 3, mergeMode: "mul", returnSequences: true },
    inputs: [v(5, 2)],
  },
  {
    type: "bidirectional",
    params: { layer: "lstm", units: 3, mergeMode: "concat" },
    inputs: [v(6, 4)],
  },
  {
    type: "multiHeadAttention",
    params: { numHeads: 4, keyDim: 3, useCausalMask: true },
    inputs: [v(5, 6)],
  },
  { type: "embedding", params: { inputDim: 7, outputDim: 3 }, inputs: [ids(4, 2)] },
];

interface NodeSpec {
  readonly id: string;
  readonly type: string;
  readonly params: Record<string, unknown>;
  /** Sources, in port order; `port` names a target handle ("query", "in1", …). */
  readonly from?: readonly (string | { id: string; port: string })[];
}

function graph(name: string, nodes: readonly NodeSpec[]): GraphDocument {
  return {
    format: "neurograph",
    version: 1,
    name,
    nodes: nodes.map((n, i) => ({
      id: n.id,
      type: n.type,
      params: n.params,
      position: { x: 0, y: 100 * i },
    })),
    edges: nodes.flatMap((n) =>
      (n.from ?? []).map((source, k) =>
        typeof source === "string"
          ? { id: `${n.id}_${k}`, source, target: n.id }
          : { id: `${n.id}_${k}`, source: source.id, target: n.id, targetHandle: source.port },
      ),
    ),
    groups: [],
    training: {},
  };
}

export const GRAPH_CASES: readonly { name: string; document: GraphDocument }[] = [
  {
    name: "cnn with batch norm, pooling and flatten",
    document: graph("small cnn", [
      { id: "image", type: "input", params: { shape: [12, 10, 2] } },
      {
        id: "conv",
        type: "conv2d",
        params: { filters: 4, kernelSize: 3, padding: "same", activation: "relu" },
        from: ["image"],
      },
      { id: "bn", type: "batchNormalization", params: {}, from: ["conv"] },
      { id: "pool", type: "maxPooling2d", params: {}, from: ["bn"] },
      {
        id: "conv2",
        type: "conv2d",
        params: { filters: 3, kernelSize: 2, strides: 2 },
        from: ["pool"],
      },
      { id: "flat", type: "flatten", params: {}, from: ["conv2"] },
      { id: "out", type: "dense", params: { units: 5, activation: "softmax" }, from: ["flat"] },
    ]),
  },
  {
    name: "two inputs, two outputs, skip connection",
    document: graph("dag", [
      { id: "a", type: "input", params: { shape: [6] } },
      { id: "b", type: "input", params: { shape: [4] } },
      { id: "ha", type: "dense", params: { units: 5, activation: "tanh" }, from: ["a"] },
      { id: "hb", type: "dense", params: { units: 5, activation: "relu" }, from: ["b"] },
      { id: "sum", type: "add", params: {}, from: ["ha", "hb"] },
      { id: "cat", type: "concatenate", params: {}, from: ["sum", "a"] },
      { id: "y1", type: "dense", params: { units: 2, activation: "sigmoid" }, from: ["cat"] },
      { id: "prod", type: "multiply", params: {}, from: ["ha", "sum"] },
      { id: "y2", type: "dense", params: { units: 3 }, from: ["prod"] },
    ]),
  },
  {
    name: "encoder-decoder with transposed convolutions and reshape",
    document: graph("autoencoder", [
      { id: "x", type: "input", params: { shape: [8, 8, 1] } },
      {
        id: "down",
        type: "conv2d",
        params: { filters: 4, kernelSize: 3, strides: 2, padding: "same", activation: "relu" },
        from: ["x"],
      },
      { id: "flat", type: "flatten", params: {}, from: ["down"] },
      { id: "code", type: "dense", params: { units: 6 }, from: ["flat"] },
      { id: "grow", type: "dense", params: { units: 64, activation: "relu" }, from: ["code"] },
      { id: "map", type: "reshape", params: { targetShape: [4, 4, 4] }, from: ["grow"] },
      {
        id: "up",
        type: "conv2dTranspose",
        params: { filters: 1, kernelSize: 3, strides: 2, padding: "same", activation: "sigmoid" },
        from: ["map"],
      },
    ]),
  },
  {
    name: "embedding, bidirectional LSTM, attention over GRU states",
    document: graph("sequence model", [
      { id: "tokens", type: "input", params: { shape: [7], dtype: "int32" } },
      { id: "embed", type: "embedding", params: { inputDim: 20, outputDim: 6 }, from: ["tokens"] },
      {
        id: "bi",
        type: "bidirectional",
        params: { layer: "lstm", units: 4, returnSequences: true },
        from: ["embed"],
      },
      { id: "gru", type: "gru", params: { units: 8, returnSequences: true }, from: ["bi"] },
      {
        id: "att",
        type: "multiHeadAttention",
        params: { numHeads: 2, keyDim: 4 },
        from: [
          { id: "gru", port: "query" },
          { id: "bi", port: "value" },
        ],
      },
      { id: "norm", type: "layerNormalization", params: {}, from: ["att"] },
      { id: "pool", type: "globalAveragePooling1d", params: {}, from: ["norm"] },
      { id: "out", type: "dense", params: { units: 3, activation: "softmax" }, from: ["pool"] },
    ]),
  },
];
