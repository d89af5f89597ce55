import { t } from "../i18n";
import { penaltyTeX } from "./formulaParts";
import { recurrentKind } from "./recurrent";

export const gru = recurrentKind(
  "gru",
  t("GRU", "门控循环单元 GRU"),
  t(
    "Gated recurrent unit: an update gate z_t = σ(U_z x_t + W_z h_{t−1}) and a reset gate r_t = σ(U_r x_t + W_r h_{t−1}); candidate h̃_t = tanh(U_h x_t + W_h (r_t ⊙ h_{t−1})); h_t = z_t ⊙ h_{t−1} + (1 − z_t) ⊙ h̃_t. Like the LSTM with fewer weights and no separate cell state.",
    "门控循环单元：更新门 z_t = σ(U_z x_t + W_z h_{t−1})，重置门 r_t = σ(U_r x_t + W_r h_{t−1})；候选状态 h̃_t = tanh(U_h x_t + W_h (r_t ⊙ h_{t−1}))；h_t = z_t ⊙ h_{t−1} + (1 − z_t) ⊙ h̃_t。与 LSTM 类似，但权重更少、没有单独的细胞状态。",
  ),
  [
    String.raw`\mathbf{z}_t = \sigma(U_z \mathbf{x}_t + W_z \mathbf{h}_{t-1} + \mathbf{b}_z)`,
    String.raw`\mathbf{r}_t = \sigma(U_r \mathbf{x}_t + W_r \mathbf{h}_{t-1} + \mathbf{b}_r)`,
    String.raw`\tilde{\mathbf{h}}_t = \tanh(U_h \mathbf{x}_t + W_h (\mathbf{r}_t \odot \mathbf{h}_{t-1}) + \mathbf{b}_h)`,
    String.raw`\mathbf{h}_t = \mathbf{z}_t \odot \mathbf{h}_{t-1} + (1 - \mathbf{z}_t) \odot \tilde{\mathbf{h}}_t`,
    String.raw`\#\theta = 3\,(n h + h^2 + h)`,
    ...penaltyTeX("U"),
  ],
);
