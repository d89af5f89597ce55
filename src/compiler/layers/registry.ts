/** tfjs builders, one per layer kind of the graph registry (a test checks they agree). */
import * as tf from "@tensorflow/tfjs";
import { activation } from "./activation";
import { batchNormalization } from "./batchNormalization";
import { bidirectional } from "./bidirectional";
import type { LayerBuilder } from "./context";
import { conv1d } from "./conv1d";
import { conv2d } from "./conv2d";
import { conv2dTranspose } from "./conv2dTranspose";
import { dense } from "./dense";
import { dropout } from "./dropout";
import { embedding } from "./embedding";
import { flatten } from "./flatten";
import { input } from "./input";
import { layerNormalization } from "./layerNormalization";
import { add, concatenate, dot, multiply } from "./merge";
import { multiHeadAttention } from "./multiHeadAttention";
import { globalPooling, pooling1d, pooling2d } from "./pooling";
import { positionalEncoding } from "./positionalEncoding";
import { recurrentBuilder } from "./recurrent";
import { reshape } from "./reshape";
import { sampling } from "./sampling";
import { stochasticPooling2d } from "./stochasticPooling2d";
import { upSampling2d } from "./upSampling2d";

export const LAYER_BUILDERS: ReadonlyMap<string, LayerBuilder> = new Map<string, LayerBuilder>([
  ["input", input],
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
  ["maxPooling1d", pooling1d(tf.layers.maxPooling1d)],
  ["maxPooling2d", pooling2d(tf.layers.maxPooling2d)],
  ["averagePooling1d", pooling1d(tf.layers.averagePooling1d)],
  ["averagePooling2d", pooling2d(tf.layers.averagePooling2d)],
  ["stochasticPooling2d", stochasticPooling2d],
  ["globalMaxPooling1d", globalPooling(tf.layers.globalMaxPooling1d)],
  ["globalMaxPooling2d", globalPooling(tf.layers.globalMaxPooling2d)],
  ["globalAveragePooling1d", globalPooling(tf.layers.globalAveragePooling1d)],
  ["globalAveragePooling2d", globalPooling(tf.layers.globalAveragePooling2d)],
  ["batchNormalization", batchNormalization],
  ["layerNormalization", layerNormalization],
  ["simpleRNN", recurrentBuilder("simpleRNN")],
  ["lstm", recurrentBuilder("lstm")],
  ["gru", recurrentBuilder("gru")],
  ["bidirectional", bidirectional],
  ["multiHeadAttention", multiHeadAttention],
  ["positionalEncoding", positionalEncoding],
  ["add", add],
  ["concatenate", concatenate],
  ["multiply", multiply],
  ["dot", dot],
  ["sampling", sampling],
]);
