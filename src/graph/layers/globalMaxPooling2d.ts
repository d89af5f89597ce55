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
  formula: [
    String.raw`y_c = \max_{1 \le i \le H,\ 1 \le j \le W} x_{i,j,c}`,
    String.raw`[B, H, W, C] \;\longmapsto\; [B, C]`,
  ],
});
