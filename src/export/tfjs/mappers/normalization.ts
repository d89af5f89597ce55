/** Batch and layer normalisation. Axes stay as written; the importer makes them negative once ranks are known. */
import type { LayerMapper } from "./types";

export const batchNormalization: LayerMapper = (c) => {
  c.expect(
    "renorm",
    [false],
    "Neurograph has no batch renormalisation.",
    "Neurograph 不支持批量重归一化。",
  );
  return {
    type: "batchNormalization",
    params: {
      axis: c.axis("axis", -1),
      momentum: c.number("momentum", 0.99),
      epsilon: c.number("epsilon", 0.001),
      center: c.bool("center", true),
      scale: c.bool("scale", true),
    },
  };
};

export const layerNormalization: LayerMapper = (c) => {
  c.expect(
    "rms_scaling",
    [false],
    "Neurograph has no RMS normalisation.",
    "Neurograph 不支持 RMS 归一化。",
  );
  return {
    type: "layerNormalization",
    params: {
      axis: c.axis("axis", -1),
      epsilon: c.number("epsilon", 0.001),
      center: c.bool("center", true),
      scale: c.bool("scale", true),
    },
  };
};
