import * as tf from "@tensorflow/tfjs";

/**
 * Production mode for Node processes (CLI, tests, benchmarks): turns off
 * tfjs's debug checks and its notice recommending tfjs-node, which cannot be
 * installed on our machines (it downloads libtensorflow at install time).
 */
export function enableProductionMode(): void {
  tf.env().set("PROD", true);
}
