/**
 * The one list of layer kinds. Adding a kind means adding its module under
 * src/graph/layers/, its builder under src/compiler/layers/, and a line here
 * and in the compiler's registry (a test checks the two agree).
 */
import { activation } from "./activation";
import { add } from "./add";
import { averagePooling1d } from "./averagePooling1d";
import { averagePooling2d } from "./averagePooling2d";
import { batchNormalization } from "./batchNormalization";
import { bidirectional } from "./bidirectional";
import { concatenate } from "./concatenate";
import { conv1d } from "./conv1d";
import { conv2d } from "./conv2d";
import { conv2dTranspose } from "./conv2dTranspose";
import { dense } from "./dense";
import { dot } from "./dot";
import { dropout } from "./dropout";
import { embedding } from "./embedding";
import { flatten } from "./flatten";
import { globalAveragePooling1d } from "./globalAveragePooling1d";
import { globalAveragePooling2d } from "./globalAveragePooling2d";
import { globalMaxPooling1d } from "./globalMaxPooling1d";
import { globalMaxPooling2d } from "./globalMaxPooling2d";
import { gru } from "./gru";
import { input } from "./input";
import { layerNormalization } from "./layerNormalization";
import { lstm } from "./lstm";
import { maxPooling1d } from "./maxPooling1d";
import { maxPooling2d } from "./maxPooling2d";
import { multiHeadAttention } from "./multiHeadAttention";
import { multiply } from "./multiply";
import { positionalEncoding } from "./positionalEncoding";
import { reshape } from "./reshape";
import { sampling } from "./sampling";
import { simpleRNN } from "./simpleRNN";
import { stochasticPooling2d } from "./stochasticPooling2d";
import type { LayerKind } from "./types";
import { upSampling2d } from "./upSampling2d";

export const LAYER_KINDS: readonly LayerKind[] = [
  input,
  dense,
  activation,
  dropout,
  flatten,
  reshape,
  embedding,
  conv1d,
  conv2d,
  conv2dTranspose,
  upSampling2d,
  maxPooling1d,
  maxPooling2d,
  averagePooling1d,
  averagePooling2d,
  stochasticPooling2d,
  globalMaxPooling1d,
  globalMaxPooling2d,
  globalAveragePooling1d,
  globalAveragePooling2d,
  batchNormalization,
  layerNormalization,
  simpleRNN,
  lstm,
  gru,
  bidirectional,
  multiHeadAttention,
  positionalEncoding,
  add,
  concatenate,
  multiply,
  dot,
  sampling,
];

const BY_TYPE: ReadonlyMap<string, LayerKind> = new Map(LAYER_KINDS.map((k) => [k.type, k]));

export function layerKind(type: string): LayerKind | undefined {
  return BY_TYPE.get(type);
}

export const LAYER_TYPES: readonly string[] = LAYER_KINDS.map((k) => k.type);
