/** One PyTorch emitter per layer kind of the graph registry (a test checks they agree). */
import { multiHeadAttention, positionalEncoding } from "./attention";
import {
  averagePooling1d,
  averagePooling2d,
  conv1d,
  conv2d,
  conv2dTranspose,
  globalAveragePooling,
  globalMaxPooling,
  maxPooling1d,
  maxPooling2d,
  stochasticPooling2d,
  upSampling2d,
} from "./convolution";
import { activation, dense, dropout, embedding, flatten, reshape } from "./core";
import { add, concatenate, dot, multiply, samplingEmitter } from "./merge";
import { batchNormalization, layerNormalization } from "./normalization";
import { bidirectional, gru, lstm, simpleRNN } from "./recurrent";
import type { TorchEmitter } from "./types";

/** Input nodes become forward()'s arguments, so they have no emitter. */
export const TORCH_EMITTERS: ReadonlyMap<string, TorchEmitter> = new Map<string, TorchEmitter>([
  ["dense", dense],
  ["activation", activation],
  ["dropout", dropout],
  ["flatten", flatten],
  ["reshape", reshape],
  ["embedding", embedding],
  ["conv1d", conv1d],
  ["conv2d", conv2d],
  ["conv2dTranspose", conv2dTranspose],
  ["upSampling2d", upSampling2d],
  ["maxPooling1d", maxPooling1d],
  ["maxPooling2d", maxPooling2d],
  ["averagePooling1d", averagePooling1d],
  ["averagePooling2d", averagePooling2d],
  ["stochasticPooling2d", stochasticPooling2d],
  ["globalMaxPooling1d", globalMaxPooling],
  ["globalMaxPooling2d", globalMaxPooling],
  ["globalAveragePooling1d", globalAveragePooling],
  ["globalAveragePooling2d", globalAveragePooling],
  ["batchNormalization", batchNormalization],
  ["layerNormalization", layerNormalization],
  ["simpleRNN", simpleRNN],
  ["lstm", lstm],
  ["gru", gru],
  ["bidirectional", bidirectional],
  ["multiHeadAttention", multiHeadAttention],
  ["positionalEncoding", positionalEncoding],
  ["add", add],
  ["concatenate", concatenate],
  ["multiply", multiply],
  ["dot", dot],
  ["sampling", samplingEmitter()],
]);

export { samplingEmitter };
