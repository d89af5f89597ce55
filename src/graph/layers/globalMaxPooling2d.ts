import { t } from "../i18n";
import { globalPoolingLayer } from "./pooling";

export const globalMaxPooling2d = globalPoolingLayer({
  type: "globalMaxPooling2d",
  rank: 2,
  label: t("GlobalMaxPooling2D", "全局最大池化（二维）"),
  summary: t(
    "Takes the maximum over all positions of each channel: [batch, h, w, c] becomes [batch, c].",
    "对每个通道取所有位置上的最大值：[batch, h, w, c] 变为 [batch, c]。",
  ),
});
