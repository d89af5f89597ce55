/**
 * Registers our custom layers with tfjs's serialisation registry, so that a
 * saved model.json naming them loads with tf.loadLayersModel. Idempotent.
 */
import * as tf from "@tensorflow/tfjs";
import { MultiHeadAttention } from "./multiHeadAttention";
import { PositionalEncoding } from "./positionalEncoding";
import { Sampling } from "./sampling";
import { StochasticPooling2D } from "./stochasticPooling2d";

export const CUSTOM_LAYER_CLASSES = [
  MultiHeadAttention,
  PositionalEncoding,
  Sampling,
  StochasticPooling2D,
] as const;

let registered = false;

export function registerCustomLayers(): void {
  if (registered) return;
  for (const cls of CUSTOM_LAYER_CLASSES) tf.serialization.registerClass(cls);
  registered = true;
}
