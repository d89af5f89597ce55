import { t } from "../i18n";
import { globalPoolingLayer } from "./pooling";

export const globalAveragePooling2d = globalPoolingLayer({
  type: "globalAveragePooling2d",
  rank: 2,
  label: t("GlobalAveragePooling2D", "全局平均池化（二维）"),
  summary: t(
    "Averages each channel over all positions: [batch, h, w, c] becomes [batch, c]; a parameter-free alternative to Flatten before the classifier.",
    "对每个通道在所有位置上求平均：[batch, h, w, c] 变为 [batch, c]；是分类器前替代 Flatten 的无参数方案。",
  ),
  formula: [
    String.raw`y_c = \frac{1}{H W} \sum_{i=1}^{H} \sum_{j=1}^{W} x_{i,j,c}`,
    String.raw`[B, H, W, C] \;\longmapsto\; [B, C]`,
  ],
});
