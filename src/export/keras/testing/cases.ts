/** Every layer kind in at least two configurations, for the Keras export's tests. */

/** An input of the layer under test (the shape of src/testing/documents.ts's TestInput, which export may not import). */
interface TestInput {
  readonly shape: readonly (number | null)[];
  readonly dtype?: "float32" | "int32";
  readonly handle?: string;
}

export interface LayerCase {
  readonly type: string;
  readonly params: Record<string, unknown>;
  readonly inputs: readonly TestInput[];
}

const v = (...shape: (number | null)[]): TestInput => ({ shape });
const ids = (...shape: (number | null)[]): TestInput => ({ shape, dtype: "int32" });
const port = (handle: string, ...shape: number[]): TestInput => ({ shape, handle });

export const LAYER_CASES: readonly LayerCase[] = [
  { type: "dense", params: { units: 5 }, inputs: [v(20)] },
  {
    type: "dense",
    params: { units: 4, activation: "hardSigmoid", useBias: false },
    inputs: [v(7, 12)],
  },
  {
    type: "dense",
    params: { units: 3, activation: "mish", kernelRegularizer: { l2: 0.01 } },
    inputs: [v(6)],
  },
  { type: "activation", params: { activation: "relu6" }, inputs: [v(10)] },
  { type: "activation", params: { activation: "leakyRelu", alpha: 0.1 }, inputs: [v(3, 4)] },
  { type: "activation", params: { activation: "gelu" }, inputs: [v(2, 2, 2)] },
  { type: "dropout", params: { rate: 0.5 }, inputs: [v(10)] },
  { type: "dropout", params: { rate: 0 }, inputs: [v(4, 4, 3)] },
  { type: "flatten", params: {}, inputs: [v(7, 7, 32)] },
  { type: "flatten", params: {}, inputs: [v(5, 6)] },
  { type: "reshape", params: { targetShape: [28, 28, 1] }, inputs: [v(784)] },
  { type: "reshape", params: { targetShape: [-1, 3] }, inputs: [v(12)] },
  { type: "reshape", params: { targetShape: [2, 2] }, inputs: [v(null, 4)] },
  { type: "embedding", params: { inputDim: 100, outputDim: 8 }, inputs: [ids(10)] },
  { type: "embedding", params: { inputDim: 5000, outputDim: 16 }, inputs: [ids(null)] },
  { type: "conv1d", params: { filters: 4, kernelSize: 3 }, inputs: [v(20, 3)] },
  {
    type: "conv1d",
    params: { filters: 2, kernelSize: 4, strides: 2, padding: "same", activation: "elu" },
    inputs: [v(15, 5)],
  },
  { type: "conv1d", params: { filters: 3, kernelSize: 3, dilationRate: 2 }, inputs: [v(16, 2)] },
  { type: "conv2d", params: { filters: 8, kernelSize: 3 }, inputs: [v(28, 28, 1)] },
  {
    type: "conv2d",
    params: { filters: 5, kernelSize: [3, 5], strides: [2, 1], useBias: false },
    inputs: [v(11, 9, 2)],
  },
  {
    type: "conv2d",
    params: { filters: 2, kernelSize: 3, dilationRate: 2 },
    inputs: [v(32, 32, 3)],
  },
  {
    type: "conv2dTranspose",
    params: { filters: 8, kernelSize: 3, strides: 2, padding: "same" },
    inputs: [v(7, 7, 16)],
  },
  {
    type: "conv2dTranspose",
    params: { filters: 2, kernelSize: [2, 4], strides: [1, 3] },
    inputs: [v(5, 5, 3)],
  },
  { type: "upSampling2d", params: {}, inputs: [v(4, 4, 3)] },
  {
    type: "upSampling2d",
    params: { size: [2, 3], interpolation: "bilinear" },
    inputs: [v(5, 7, 2)],
  },
  { type: "maxPooling1d", params: {}, inputs: [v(20, 4)] },
  { type: "maxPooling1d", params: { poolSize: 3, strides: 1, padding: "same" }, inputs: [v(9, 2)] },
  { type: "maxPooling2d", params: {}, inputs: [v(28, 28, 8)] },
  {
    type: "maxPooling2d",
    params: { poolSize: 3, strides: 2, padding: "same" },
    inputs: [v(13, 13, 4)],
  },
  { type: "averagePooling1d", params: {}, inputs: [v(9, 2)] },
  { type: "averagePooling1d", params: { poolSize: 4, padding: "same" }, inputs: [v(10, 3)] },
  { type: "averagePooling2d", params: {}, inputs: [v(6, 6, 1)] },
  { type: "averagePooling2d", params: { poolSize: [2, 3], padding: "same" }, inputs: [v(7, 5, 2)] },
  { type: "stochasticPooling2d", params: {}, inputs: [v(26, 26, 8)] },
  {
    type: "stochasticPooling2d",
    params: { poolSize: 3, strides: 2, padding: "same" },
    inputs: [v(13, 13, 4)],
  },
  { type: "globalMaxPooling1d", params: {}, inputs: [v(10, 4)] },
  { type: "globalMaxPooling1d", params: {}, inputs: [v(null, 4)] },
  { type: "globalMaxPooling2d", params: {}, inputs: [v(7, 7, 8)] },
  { type: "globalMaxPooling2d", params: {}, inputs: [v(null, null, 3)] },
  { type: "globalAveragePooling1d", params: {}, inputs: [v(10, 4)] },
  { type: "globalAveragePooling1d", params: {}, inputs: [v(3, 1)] },
  { type: "globalAveragePooling2d", params: {}, inputs: [v(7, 7, 8)] },
  { type: "globalAveragePooling2d", params: {}, inputs: [v(5, 3, 2)] },
  { type: "batchNormalization", params: {}, inputs: [v(10)] },
  {
    type: "batchNormalization",
    params: { axis: 1, center: false, momentum: 0.9 },
    inputs: [v(6, 4)],
  },
  { type: "layerNormalization", params: {}, inputs: [v(10)] },
  { type: "layerNormalization", params: { scale: false, epsilon: 1e-6 }, inputs: [v(5, 8)] },
  { type: "simpleRNN", params: { units: 4 }, inputs: [v(10, 3)] },
  {
    type: "simpleRNN",
    params: { units: 6, returnSequences: true, useBias: false, activation: "relu" },
    inputs: [v(7, 2)],
  },
  { type: "lstm", params: { units: 32 }, inputs: [v(20, 16)] },
  {
    type: "lstm",
    params: {
      units: 5,
      returnSequences: true,
      recurrentActivation: "sigmoid",
      unitForgetBias: false,
      dropout: 0.1,
      recurrentDropout: 0.2,
      goBackwards: true,
      kernelRegularizer: { l2: 0.001 },
      recurrentRegularizer: { l1: 0.001 },
    },
    inputs: [v(null, 3)],
  },
  { type: "gru", params: { units: 8 }, inputs: [v(20, 16)] },
  { type: "gru", params: { units: 3, returnSequences: true, useBias: false }, inputs: [v(6, 2)] },
  {
    type: "bidirectional",
    params: { layer: "lstm", units: 4, returnSequences: true },
    inputs: [v(12, 16)],
  },
  {
    type: "bidirectional",
    params: { layer: "gru", units: 5, mergeMode: "sum" },
    inputs: [v(9, 3)],
  },
  {
    type: "bidirectional",
    params: { layer: "simpleRNN", units: 2, mergeMode: "ave" },
    inputs: [v(4, 1)],
  },
  { type: "multiHeadAttention", params: { numHeads: 2, keyDim: 8 }, inputs: [v(12, 16)] },
  {
    type: "multiHeadAttention",
    params: { numHeads: 3, keyDim: 4, valueDim: 6, outputShape: 12, dropout: 0.1 },
    inputs: [port("query", 5, 16), port("value", 7, 10)],
  },
  {
    type: "multiHeadAttention",
    params: { numHeads: 2, keyDim: 5, useBias: false, useCausalMask: true },
    inputs: [port("query", 6, 8), port("value", 6, 8), port("key", 6, 9)],
  },
  { type: "positionalEncoding", params: {}, inputs: [v(12, 16)] },
  { type: "positionalEncoding", params: { maxWavelength: 100 }, inputs: [v(5, 7)] },
  { type: "add", params: {}, inputs: [v(8), v(8)] },
  { type: "add", params: {}, inputs: [v(4, 4, 3), v(4, 4, 3), v(4, 4, 3)] },
  { type: "concatenate", params: {}, inputs: [v(8), v(4)] },
  { type: "concatenate", params: { axis: 1 }, inputs: [v(2, 3), v(4, 3)] },
  { type: "multiply", params: {}, inputs: [v(8), v(8)] },
  { type: "multiply", params: {}, inputs: [v(3, 4), v(3, 4)] },
  { type: "dot", params: { axes: -1, normalize: true }, inputs: [v(16), v(16)] },
  { type: "dot", params: { axes: [1, 1] }, inputs: [v(5, 8), v(5, 6)] },
  { type: "sampling", params: {}, inputs: [port("in0", 2), port("in1", 2)] },
  { type: "sampling", params: { klWeight: 0.5 }, inputs: [v(4, 4), v(4, 4)] },
];
