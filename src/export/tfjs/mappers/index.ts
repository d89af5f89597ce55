/**
 * Keras/tfjs layer class → mapper: every class the compiler produces (see
 * src/compiler/layers), plus the Keras aliases and the activation layers Keras
 * users write (ReLU, Softmax, ELU) where they mean one of ours.
 */

import { multiHeadAttention, positionalEncoding, sampling, stochasticPooling2d } from "./attention";
import {
  conv1d,
  conv2d,
  conv2dTranspose,
  globalPooling,
  pooling,
  upSampling2d,
} from "./convolution";
import {
  activation,
  dense,
  dropout,
  elu,
  embedding,
  flatten,
  leakyReLU,
  relu,
  reshape,
  softmax,
} from "./core";
import { add, concatenate, dot, multiply } from "./merge";
import { batchNormalization, layerNormalization } from "./normalization";
import { bidirectional, recurrent } from "./recurrent";
import type { LayerMapper } from "./types";

export type { LayerMapper, MappedLayer } from "./types";

const MAPPERS: ReadonlyMap<string, LayerMapper> = new Map<string, LayerMapper>([
  ["Dense", dense],
  ["Activation", activation],
  ["LeakyReLU", leakyReLU],
  ["ReLU", relu],
  ["Softmax", softmax],
  ["ELU", elu],
  ["Dropout", dropout],
  ["Flatten", flatten],
  ["Reshape", reshape],
  ["Embedding", embedding],
  ["Conv1D", conv1d],
  ["Convolution1D", conv1d],
  ["Conv2D", conv2d],
  ["Convolution2D", conv2d],
  ["Conv2DTranspose", conv2dTranspose],
  ["Convolution2DTranspose", conv2dTranspose],
  ["UpSampling2D", upSampling2d],
  ["MaxPooling1D", pooling("maxPooling1d", 1)],
  ["MaxPool1D", pooling("maxPooling1d", 1)],
  ["MaxPooling2D", pooling("maxPooling2d", 2)],
  ["MaxPool2D", pooling("maxPooling2d", 2)],
  ["AveragePooling1D", pooling("averagePooling1d", 1)],
  ["AvgPool1D", pooling("averagePooling1d", 1)],
  ["AveragePooling2D", pooling("averagePooling2d", 2)],
  ["AvgPool2D", pooling("averagePooling2d", 2)],
  ["StochasticPooling2D", stochasticPooling2d],
  ["GlobalMaxPooling1D", globalPooling("globalMaxPooling1d")],
  ["GlobalMaxPool1D", globalPooling("globalMaxPooling1d")],
  ["GlobalMaxPooling2D", globalPooling("globalMaxPooling2d")],
  ["GlobalMaxPool2D", globalPooling("globalMaxPooling2d")],
  ["GlobalAveragePooling1D", globalPooling("globalAveragePooling1d")],
  ["GlobalAvgPool1D", globalPooling("globalAveragePooling1d")],
  ["GlobalAveragePooling2D", globalPooling("globalAveragePooling2d")],
  ["GlobalAvgPool2D", globalPooling("globalAveragePooling2d")],
  ["BatchNormalization", batchNormalization],
  ["LayerNormalization", layerNormalization],
  ["SimpleRNN", recurrent("SimpleRNN")],
  ["LSTM", recurrent("LSTM")],
  ["GRU", recurrent("GRU")],
  ["Bidirectional", bidirectional],
  ["MultiHeadAttention", multiHeadAttention],
  ["PositionalEncoding", positionalEncoding],
  ["Sampling", sampling],
  ["Add", add],
  ["Concatenate", concatenate],
  ["Multiply", multiply],
  ["Dot", dot],
]);

/** Keras 3 may qualify a custom class as "package>Name". */
export function layerMapper(className: string): LayerMapper | undefined {
  return MAPPERS.get(className) ?? MAPPERS.get(className.split(">").pop() ?? className);
}

export const MAPPED_CLASSES: readonly string[] = [...MAPPERS.keys()];
