import { t } from "../i18n";
import { penaltyTeX } from "./formulaParts";
import { recurrentKind } from "./recurrent";

export const simpleRNN = recurrentKind(
  "simpleRNN",
  t("SimpleRNN", "简单循环网络"),
  t(
    "The basic recurrent layer: h_t = Φ(U·x_t + W·h_{t−1} + b), one state carried from step to step. Its gradients vanish (or explode) over long spans, which is what LSTM and GRU fix.",
    "最基本的循环层：h_t = Φ(U·x_t + W·h_{t−1} + b)，状态逐步传递。其梯度在长跨度上会消失（或爆炸），LSTM 和 GRU 正是为解决这一问题而设计的。",
  ),
  [
    String.raw`\mathbf{h}_t = \Phi(U \mathbf{x}_t + W \mathbf{h}_{t-1} + \mathbf{b}), \quad \mathbf{h}_0 = \mathbf{0}`,
    String.raw`\frac{\partial \mathbf{h}_t}{\partial \mathbf{h}_k} = \prod_{i=k+1}^{t} \operatorname{diag}\big(\Phi'(\mathbf{a}_i)\big)\, W`,
    String.raw`\#\theta = n h + h^2 + h`,
    ...penaltyTeX("U"),
  ],
);
