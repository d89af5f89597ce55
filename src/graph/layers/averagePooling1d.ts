import { t } from "../i18n";
import { poolingLayer } from "./pooling";

export const averagePooling1d = poolingLayer({
  type: "averagePooling1d",
  rank: 1,
  label: t("AveragePooling1D", "一维平均池化"),
  summary: t(
    "Replaces each window of steps by its average, per channel.",
    "在每个通道上，用时间步窗口的平均值代替该窗口。",
  ),
});
