import { t } from "../i18n";
import { penaltyTeX } from "./formulaParts";
import { recurrentKind } from "./recurrent";

export const lstm = recurrentKind(
  "lstm",
  t("LSTM", "长短期记忆网络 LSTM"),
  t(
    "Long short-term memory: gates decide what the cell state c_t forgets, takes in and shows. i_t = σ(U_i x_t + W_i h_{t−1} + b_i), f_t = σ(U_f x_t + W_f h_{t−1} + b_f), o_t = σ(U_o x_t + W_o h_{t−1} + b_o), c̃_t = tanh(U_c x_t + W_c h_{t−1} + b_c), c_t = f_t ⊙ c_{t−1} + i_t ⊙ c̃_t, h_t = o_t ⊙ tanh(c_t). The additive cell update lets gradients survive long spans.",
    "长短期记忆网络：由门决定细胞状态 c_t 遗忘什么、吸收什么、输出什么。i_t = σ(U_i x_t + W_i h_{t−1} + b_i)，f_t = σ(U_f x_t + W_f h_{t−1} + b_f)，o_t = σ(U_o x_t + W_o h_{t−1} + b_o)，c̃_t = tanh(U_c x_t + W_c h_{t−1} + b_c)，c_t = f_t ⊙ c_{t−1} + i_t ⊙ c̃_t，h_t = o_t ⊙ tanh(c_t)。加法形式的细胞更新使梯度能跨越长距离。",
  ),
  [
    String.raw`\mathbf{i}_t = \sigma(U_i \mathbf{x}_t + W_i \mathbf{h}_{t-1} + \mathbf{b}_i)`,
    String.raw`\mathbf{f}_t = \sigma(U_f \mathbf{x}_t + W_f \mathbf{h}_{t-1} + \mathbf{b}_f)`,
    String.raw`\mathbf{o}_t = \sigma(U_o \mathbf{x}_t + W_o \mathbf{h}_{t-1} + \mathbf{b}_o)`,
    String.raw`\tilde{\mathbf{c}}_t = \tanh(U_c \mathbf{x}_t + W_c \mathbf{h}_{t-1} + \mathbf{b}_c)`,
    String.raw`\mathbf{c}_t = \mathbf{f}_t \odot \mathbf{c}_{t-1} + \mathbf{i}_t \odot \tilde{\mathbf{c}}_t`,
    String.raw`\mathbf{h}_t = \mathbf{o}_t \odot \tanh(\mathbf{c}_t)`,
    String.raw`\#\theta = 4\,(n h + h^2 + h)`,
    ...penaltyTeX("U"),
  ],
);
