import { t } from "../i18n";
import { POOL_WINDOW_1D, windowOutputTeX } from "./formulaParts";
import { poolingLayer } from "./pooling";

export const maxPooling1d = poolingLayer({
  type: "maxPooling1d",
  rank: 1,
  label: t("MaxPooling1D", "一维最大池化"),
  summary: t(
    "Keeps the largest value in each window of steps, per channel.",
    "在每个通道上，保留每个时间步窗口中的最大值。",
  ),
  formula: [
    String.raw`y_{t,c} = \max_{m \in R_{t}} x_{m,c}`,
    POOL_WINDOW_1D,
    ...windowOutputTeX(false),
    String.raw`\frac{\partial y_{t,c}}{\partial x_{m,c}} = \big[\, m = \arg\max_{m' \in R_t} x_{m',c} \,\big]`,
  ],
});
