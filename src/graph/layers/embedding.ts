import { t } from "../i18n";
import { describeShape } from "../shape";
import { quote } from "../text";
import { expectRank, single } from "./problems";
import { defineLayer, type ShapeWarning } from "./types";

export interface EmbeddingParams {
  readonly inputDim: number;
  readonly outputDim: number;
}

export const embedding = defineLayer<EmbeddingParams>({
  type: "embedding",
  category: "core",
  label: t("Embedding", "嵌入层"),
  summary: t(
    "Looks up a learned vector for each integer token id: row i of an inputDim × outputDim table. Words that appear in similar contexts end up with nearby vectors (word2vec).",
    "为每个整数词元编号查找一个可学习的向量：即 inputDim × outputDim 表的第 i 行。出现在相似上下文中的词最终得到相近的向量（word2vec）。",
  ),
  formula: [
    String.raw`E \in \mathbb{R}^{V \times d}, \quad x_t \in \{0, 1, \ldots, V - 1\}`,
    String.raw`\mathbf{y}_t = E_{x_t,\,:} = \mathbf{e}_{x_t}^{\top} E`,
  ],
  params: {
    inputDim: {
      kind: "int",
      min: 1,
      max: 10_000_000,
      initial: 1000,
      help: t(
        "Vocabulary size: token ids run from 0 to inputDim − 1.",
        "词表大小：词元编号从 0 到 inputDim − 1。",
      ),
    },
    outputDim: {
      kind: "int",
      min: 1,
      max: 65_536,
      initial: 32,
      help: t("Length of each embedding vector.", "每个嵌入向量的长度。"),
    },
  },
  ports: { kind: "single" },
  inferShape: (args) => {
    const x = single(args);
    expectRank(args, x, { min: 2 }, t("[batch, steps] of token ids", "[batch, steps]（词元编号）"));
    const warnings: ShapeWarning[] = [];
    if (x.dtype !== "int32") {
      warnings.push({
        code: "NG407",
        text: t(
          `${args.who.en} looks up integer token ids, but receives float32 ${describeShape(x.shape)} from ${quote(x.sourceId)}; fractions will be truncated. Set the Input's dtype to int32.`,
          `${args.who.zh} 查找的是整数词元编号，但收到来自 ${quote(x.sourceId)} 的 float32 ${describeShape(x.shape)}；小数部分会被截断。请把输入层的 dtype 设为 int32。`,
        ),
        ...(x.sourceType === "input"
          ? { fix: { kind: "setParam", nodeId: x.sourceId, param: "dtype", value: "int32" } }
          : {}),
      });
    }
    return { shape: [...x.shape, args.params.outputDim], dtype: "float32", warnings };
  },
  countParams: (p) => ({ trainable: p.inputDim * p.outputDim, nonTrainable: 0 }),
  flops: () => 0,
});
