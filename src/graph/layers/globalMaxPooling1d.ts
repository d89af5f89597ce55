import { t } from "../i18n";
import { globalPoolingLayer } from "./pooling";

export const globalMaxPooling1d = globalPoolingLayer({
  type: "globalMaxPooling1d",
  rank: 1,
  label: t("GlobalMaxPooling1D", "全局最大池化（一维）"),
  summary: t(
    "Takes the maximum over all steps of each channel: [batch, steps, c] becomes [batch, c].",
    "对每个通道取所有时间步上的最大值：[batch, steps, c] 变为 [batch, c]。",
  ),
  formula: [
    String.raw`y_c = \max_{1 \le t \le T} x_{t,c}`,
    String.raw`[B, T, C] \;\longmapsto\; [B, C]`,
  ],
});
