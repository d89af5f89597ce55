/** One Keras mapper per layer kind of the graph registry (a test checks they agree). */

import { multiHeadAttention, positionalEncoding } from "./attention";
import {
  averagePooling1d,
  averagePooling2d,
  conv1d,
  conv2d,
  conv2dTranspose,
  globalAveragePooling1d,
  globalAveragePooling2d,
  globalMaxPooling1d,
  globalMaxPooling2d,
  maxPooling1d,
  maxPooling2d,
  stochasticPooling2d,
  upSampling2d,
} from "./convolution";
import { activation, dense, dropout, embedding, flatten, reshape } from "./core";
import { add, concatenate, dot, multiply, sampling } from "./merge";
import { batchNormalization, layerNormalization } from "./normalization";
import { bidirectional, gru, lstm, simpleRNN } from "./recurrent";
import type { LayerMapper } from "./types";

/** Input nodes are written by the model builder (keras.Input), so they have no mapper. */
export const KERAS_MAPPERS: ReadonlyMap<string, LayerMapper> = new Map<string, LayerMapper>([
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
  ["globalMaxPooling1d", globalMaxPooling1d],
  ["globalMaxPooling2d", globalMaxPooling2d],
  ["globalAveragePooling1d", globalAveragePooling1d],
  ["globalAveragePooling2d", globalAveragePooling2d],
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
  ["sampling", sampling],
]);
