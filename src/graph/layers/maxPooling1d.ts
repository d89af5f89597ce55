import { t } from "../i18n";
import { poolingLayer } from "./pooling";

export const maxPooling1d = poolingLayer({
  type: "maxPooling1d",
  rank: 1,
  label: t("MaxPooling1D", "一维最大池化"),
  summary: t(
    "Keeps the largest value in each window of steps, per channel.",
    "在每个通道上，保留每个时间步窗口中的最大值。",
  ),
});
