import { t } from "../i18n";
import type { Regularization } from "../params";
import { kernelRegularizerParam } from "./common";
import { penaltyTeX } from "./formulaParts";
import {
  inferRecurrent,
  type RecurrentCell,
  recurrentFlops,
  recurrentParamCount,
  returnSequencesParam,
  unitsParam,
} from "./recurrent";
import { defineLayer } from "./types";

export interface BidirectionalParams {
  readonly layer: RecurrentCell;
  readonly units: number;
  readonly returnSequences: boolean;
  readonly mergeMode: "concat" | "sum" | "mul" | "ave";
  readonly kernelRegularizer: Regularization | null;
}

export const bidirectional = defineLayer<BidirectionalParams>({
  type: "bidirectional",
  category: "recurrent",
  label: t("Bidirectional", "双向循环层"),
  summary: t(
    "Runs one recurrent layer forwards and a copy backwards over the sequence and merges their states, so every step sees both its past and its future — e.g. filling a blank from the words on both sides. 'concat' doubles the units.",
    "让一个循环层正向、另一个副本反向读取序列，并合并二者的状态，使每一步都能看到过去和未来——例如根据两侧的词填空。'concat' 会使单元数加倍。",
  ),
  formula: [
    String.raw`\overrightarrow{\mathbf{h}}_t = \operatorname{cell}\big(\mathbf{x}_t,\, \overrightarrow{\mathbf{h}}_{t-1}\big)`,
    String.raw`\overleftarrow{\mathbf{h}}_t = \operatorname{cell}'\big(\mathbf{x}_t,\, \overleftarrow{\mathbf{h}}_{t+1}\big)`,
    String.raw`\mathtt{concat}: \ \mathbf{h}_t = \big[\overrightarrow{\mathbf{h}}_t ;\, \overleftarrow{\mathbf{h}}_t\big] \in \mathbb{R}^{2h}`,
    String.raw`\mathtt{sum}: \ \mathbf{h}_t = \overrightarrow{\mathbf{h}}_t + \overleftarrow{\mathbf{h}}_t`,
    String.raw`\mathtt{mul}: \ \mathbf{h}_t = \overrightarrow{\mathbf{h}}_t \odot \overleftarrow{\mathbf{h}}_t`,
    String.raw`\mathtt{ave}: \ \mathbf{h}_t = \tfrac{1}{2}\big(\overrightarrow{\mathbf{h}}_t + \overleftarrow{\mathbf{h}}_t\big)`,
    ...penaltyTeX("U"),
  ],
  params: {
    layer: {
      kind: "enum",
      options: ["simpleRNN", "lstm", "gru"],
      initial: "lstm",
      help: t("The recurrent layer run in both directions.", "在两个方向上运行的循环层。"),
    },
    units: unitsParam,
    returnSequences: returnSequencesParam,
    mergeMode: {
      kind: "enum",
      options: ["concat", "sum", "mul", "ave"],
      default: "concat",
      help: t("How the forward and backward outputs are combined.", "正向与反向输出的合并方式。"),
    },
    kernelRegularizer: kernelRegularizerParam,
  },
  ports: { kind: "single" },
  inferShape: (args) =>
    inferRecurrent(
      args,
      args.params.mergeMode === "concat" ? 2 * args.params.units : args.params.units,
    ),
  countParams: (p, [x]) => {
    const one = recurrentParamCount(p.layer, p.units, true, x!);
    return { trainable: 2 * one.trainable, nonTrainable: 0 };
  },
  flops: (p, [x]) => {
    const one = recurrentFlops(p.layer, p.units, x!);
    return one === null ? null : 2 * one;
  },
});
