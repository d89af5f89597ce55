import { t } from "../i18n";
import { describeShape, product } from "../shape";
import { quote } from "../text";
import { expectRank, fail, single } from "./problems";
import { defineLayer } from "./types";

export const flatten = defineLayer<Record<string, never>>({
  type: "flatten",
  category: "core",
  label: t("Flatten", "展平"),
  summary: t(
    "Unrolls each sample into a vector: [batch, 7, 7, 32] becomes [batch, 1568]. Used between convolutions and dense layers.",
    "把每个样本展开成向量：[batch, 7, 7, 32] 变为 [batch, 1568]。常用于卷积层与全连接层之间。",
  ),
  formula: [
    String.raw`X \in \mathbb{R}^{d_1 \times d_2 \times \cdots \times d_r}`,
    String.raw`\mathbf{y} = \operatorname{vec}(X) \in \mathbb{R}^{n}`,
    String.raw`n = \prod_{k=1}^{r} d_k, \qquad 7 \times 7 \times 32 = 1568`,
  ],
  params: {},
  ports: { kind: "single" },
  inferShape: (args) => {
    const x = single(args);
    expectRank(args, x, { min: 3 }, t("[batch, d1, d2, …]", "[batch, d1, d2, …]"), {
      advice: t(
        "Its input is already flat; remove the Flatten.",
        "输入已经是平的，请删除 Flatten。",
      ),
      fix: { kind: "removeNode", nodeId: args.nodeId },
    });
    const count = product(x.shape.slice(1));
    if (count === null) {
      fail(
        "NG405",
        t(
          `${args.who.en} needs every dimension of its input to be known, but ${describeShape(x.shape)} from ${quote(x.sourceId)} has a variable one. Use a global pooling layer instead, or give the Input a fixed size.`,
          `${args.who.zh} 需要输入的每一维都确定，但来自 ${quote(x.sourceId)} 的 ${describeShape(x.shape)} 含可变维。请改用全局池化层，或为输入层指定固定大小。`,
        ),
        { edgeId: x.edgeId },
      );
    }
    return { shape: [null, count] };
  },
  countParams: () => ({ trainable: 0, nonTrainable: 0 }),
  flops: () => 0,
});
