import { t } from "../i18n";
import { globalPoolingLayer } from "./pooling";

export const globalAveragePooling1d = globalPoolingLayer({
  type: "globalAveragePooling1d",
  rank: 1,
  label: t("GlobalAveragePooling1D", "全局平均池化（一维）"),
  summary: t(
    "Averages each channel over all steps: [batch, steps, c] becomes [batch, c].",
    "对每个通道在所有时间步上求平均：[batch, steps, c] 变为 [batch, c]。",
  ),
  formula: [
    String.raw`y_c = \frac{1}{T} \sum_{t=1}^{T} x_{t,c}`,
    String.raw`[B, T, C] \;\longmapsto\; [B, C]`,
  ],
});
