import { t } from "../i18n";
import { POOL_WINDOW_2D, windowOutputTeX } from "./formulaParts";
import { poolingLayer } from "./pooling";

export const maxPooling2d = poolingLayer({
  type: "maxPooling2d",
  rank: 2,
  label: t("MaxPooling2D", "二维最大池化"),
  summary: t(
    "Keeps the largest value in each window of each channel: a small shift of a feature barely changes the output. With strides smaller than the window, windows overlap (as in AlexNet).",
    "在每个通道的每个窗口中保留最大值：特征的小幅平移几乎不改变输出。步长小于窗口时窗口重叠（如 AlexNet）。",
  ),
  formula: [
    String.raw`y_{i,j,c} = \max_{(u,v) \in R_{ij}} x_{u,v,c}`,
    ...POOL_WINDOW_2D,
    ...windowOutputTeX(false),
    String.raw`\frac{\partial y_{i,j,c}}{\partial x_{u,v,c}} = \big[\, (u,v) = \arg\max_{R_{ij}} x_{\cdot,\cdot,c} \,\big]`,
  ],
});
