import { t } from "../i18n";
import { POOL_WINDOW_2D, windowOutputTeX } from "./formulaParts";
import { poolingLayer } from "./pooling";

export const stochasticPooling2d = poolingLayer({
  type: "stochasticPooling2d",
  rank: 2,
  label: t("StochasticPooling2D", "二维随机池化"),
  summary: t(
    "Stochastic pooling (Zeiler & Fergus): in training, picks one value per window at random with probability pᵢ = aᵢ / Σⱼ aⱼ, so strong activations win more often but not always; at inference it outputs the probability-weighted average Σ pᵢ·aᵢ. Expects non-negative inputs (put it after a ReLU).",
    "随机池化（Zeiler 与 Fergus）：训练时在每个窗口内按概率 pᵢ = aᵢ / Σⱼ aⱼ 随机选取一个值，强激活更常被选中但并非总是；推理时输出按概率加权的平均 Σ pᵢ·aᵢ。要求输入非负（放在 ReLU 之后）。",
  ),
  formula: [
    String.raw`p_m = \frac{a_m}{\sum_{n \in R_{ij}} a_n}, \quad m \in R_{ij}`,
    String.raw`y_{i,j,c} = a_l, \quad l \sim \operatorname{Categorical}(p)`,
    String.raw`\mathbb{E}[y_{i,j,c}] = \sum_{m \in R_{ij}} p_m\, a_m`,
    ...POOL_WINDOW_2D,
    ...windowOutputTeX(false),
  ],
});
