import { t } from "../i18n";
import { poolingLayer } from "./pooling";

export const stochasticPooling2d = poolingLayer({
  type: "stochasticPooling2d",
  rank: 2,
  label: t("StochasticPooling2D", "二维随机池化"),
  summary: t(
    "Stochastic pooling (Zeiler & Fergus): in training, picks one value per window at random with probability pᵢ = aᵢ / Σⱼ aⱼ, so strong activations win more often but not always; at inference it outputs the probability-weighted average Σ pᵢ·aᵢ. Expects non-negative inputs (put it after a ReLU).",
    "随机池化（Zeiler 与 Fergus）：训练时在每个窗口内按概率 pᵢ = aᵢ / Σⱼ aⱼ 随机选取一个值，强激活更常被选中但并非总是；推理时输出按概率加权的平均 Σ pᵢ·aᵢ。要求输入非负（放在 ReLU 之后）。",
  ),
});
