/** Merge layers. Axes stay as written; the importer makes them negative once ranks are known. */
import { unsupported } from "../config";
import { isWholeNumber } from "../json";
import type { LayerMapper } from "./types";

export const add: LayerMapper = () => ({ type: "add", params: {} });
export const multiply: LayerMapper = () => ({ type: "multiply", params: {} });

export const concatenate: LayerMapper = (c) => ({
  type: "concatenate",
  params: { axis: c.axis("axis", -1) },
});

export const dot: LayerMapper = (c) => {
  const axes = c.get("axes");
  const pair = isWholeNumber(axes)
    ? [axes, axes]
    : Array.isArray(axes) && axes.length === 2 && axes.every(isWholeNumber)
      ? [...axes]
      : unsupported("its axes are not one axis or a pair of axes.", "其 axes 不是一个轴或一对轴。");
  return { type: "dot", params: { axes: pair, normalize: c.bool("normalize", false) } };
};
