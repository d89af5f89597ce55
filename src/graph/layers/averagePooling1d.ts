import { t } from "../i18n";
import { POOL_WINDOW_1D, windowOutputTeX } from "./formulaParts";
import { poolingLayer } from "./pooling";

export const averagePooling1d = poolingLayer({
  type: "averagePooling1d",
  rank: 1,
  label: t("AveragePooling1D", "一维平均池化"),
  summary: t(
    "Replaces each window of steps by its average, per channel.",
    "在每个通道上，用时间步窗口的平均值代替该窗口。",
  ),
  formula: [
    String.raw`y_{t,c} = \frac{1}{|R_{t}|} \sum_{m \in R_{t}} x_{m,c}`,
    POOL_WINDOW_1D,
    ...windowOutputTeX(false),
  ],
});
