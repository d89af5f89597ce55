import { t } from "../i18n";
import { POOL_WINDOW_2D, windowOutputTeX } from "./formulaParts";
import { poolingLayer } from "./pooling";

export const averagePooling2d = poolingLayer({
  type: "averagePooling2d",
  rank: 2,
  label: t("AveragePooling2D", "二维平均池化"),
  summary: t(
    "Mean pooling: replaces each window of each channel by its average, smoothing rather than picking the strongest response.",
    "平均池化：用每个通道每个窗口的平均值代替该窗口，起平滑作用，而非选取最强响应。",
  ),
  formula: [
    String.raw`y_{i,j,c} = \frac{1}{|R_{ij}|} \sum_{(u,v) \in R_{ij}} x_{u,v,c}`,
    ...POOL_WINDOW_2D,
    ...windowOutputTeX(false),
  ],
});
