import { t } from "../i18n";
import { rateParam } from "./common";
import { single } from "./problems";
import { defineLayer } from "./types";

export interface DropoutParams {
  readonly rate: number;
}

export const dropout = defineLayer<DropoutParams>({
  type: "dropout",
  category: "normalization",
  label: t("Dropout", "随机失活 Dropout"),
  summary: t(
    "During training, sets each input to zero with probability `rate` and scales the rest by 1/(1−rate), so no unit can rely on another; at inference it passes data through unchanged.",
    "训练时以概率 `rate` 将每个输入置零，其余乘以 1/(1−rate)，使单元之间不能相互依赖；推理时原样通过。",
  ),
  formula: [
    String.raw`m_i \sim \operatorname{Bernoulli}(1 - p)`,
    String.raw`y_i = \frac{m_i}{1 - p}\, x_i`,
    String.raw`\mathbb{E}[y_i] = (1 - p) \cdot \frac{x_i}{1 - p} = x_i`,
  ],
  params: {
    rate: rateParam(
      t(
        "Fraction of inputs dropped during training, from 0 up to (not including) 1.",
        "训练时被丢弃的输入比例，取值 0 到 1（不含 1）。",
      ),
    ),
  },
  ports: { kind: "single" },
  inferShape: (args) => ({ shape: single(args).shape }),
  countParams: () => ({ trainable: 0, nonTrainable: 0 }),
  flops: () => 0,
});
