import { t } from "../i18n";
import { recurrentKind } from "./recurrent";

export const simpleRNN = recurrentKind(
  "simpleRNN",
  t("SimpleRNN", "简单循环网络"),
  t(
    "The basic recurrent layer: h_t = Φ(U·x_t + W·h_{t−1} + b), one state carried from step to step. Its gradients vanish (or explode) over long spans, which is what LSTM and GRU fix.",
    "最基本的循环层：h_t = Φ(U·x_t + W·h_{t−1} + b)，状态逐步传递。其梯度在长跨度上会消失（或爆炸），LSTM 和 GRU 正是为解决这一问题而设计的。",
  ),
);
