import * as tf from "@tensorflow/tfjs";
import { glorot, type LayerBuilder, orthogonal } from "./context";
import { type Cell, recurrentLayer } from "./recurrent";

/** tfjs's Bidirectional, seen from outside: its two halves. */
interface BidirectionalHalves {
  readonly backwardLayer: tf.layers.Layer;
}

export const bidirectional: LayerBuilder = {
  build: (p, ctx) =>
    tf.layers.bidirectional({
      name: ctx.name,
      layer: recurrentLayer(p.layer as Cell, p, ctx, `${ctx.name}_cell`) as tf.RNN,
      mergeMode: p.mergeMode as "concat" | "sum" | "mul" | "ave",
    }),
  // tfjs builds the backward half from the forward half's config, seeded
  // initialisers included, so both would start identical. Re-draw it.
  afterApply: (layer, _p, ctx) => {
    const backward = (layer as unknown as BidirectionalHalves).backwardLayer;
    for (const weight of backward.weights) {
      const name = weight.originalName;
      const init = name.endsWith("recurrent_kernel")
        ? orthogonal(ctx, "backward/recurrent")
        : name.endsWith("kernel")
          ? glorot(ctx, "backward/kernel")
          : null;
      if (init) weight.write(init.apply(weight.shape));
    }
  },
};
