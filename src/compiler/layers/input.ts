import type { LayerBuilder } from "./context";

/** Inputs are created by the compiler with tf.input; this entry only keeps the registry complete. */
export const input: LayerBuilder = {
  build: () => {
    throw new Error("Input nodes are created by the compiler, not built as layers.");
  },
};
