import { t } from "../i18n";
import { product } from "../shape";
import { expectRank, lastDim, requireKnown, single } from "./problems";
import { defineLayer } from "./types";
import { SEQUENCE_LAYOUT, sequenceRepair } from "./windows";

export interface PositionalEncodingParams {
  readonly maxWavelength: number;
}

export const positionalEncoding = defineLayer<PositionalEncodingParams>({
  type: "positionalEncoding",
  category: "attention",
  label: t("PositionalEncoding", "位置编码"),
  summary: t(
    "Adds the sinusoidal position signal of the Transformer, PE(pos, 2i) = sin(pos / L^(2i/d)), PE(pos, 2i+1) = cos(pos / L^(2i/d)), so that attention, which ignores order, can tell positions apart. No weights.",
    "加上 Transformer 的正弦位置信号：PE(pos, 2i) = sin(pos / L^(2i/d))，PE(pos, 2i+1) = cos(pos / L^(2i/d))，使本身不考虑顺序的注意力能区分位置。无权重。",
  ),
  formula: [
    String.raw`PE_{(\mathrm{pos},\, 2i)} = \sin\!\big(\mathrm{pos} / L^{2i/d}\big)`,
    String.raw`PE_{(\mathrm{pos},\, 2i+1)} = \cos\!\big(\mathrm{pos} / L^{2i/d}\big)`,
    String.raw`\mathbf{y}_{\mathrm{pos}} = \mathbf{x}_{\mathrm{pos}} + PE_{\mathrm{pos}}`,
  ],
  params: {
    maxWavelength: {
      kind: "float",
      min: 1,
      max: 1e9,
      default: 10_000,
      help: t("L, the longest wavelength of the sinusoids.", "L，正弦信号的最长波长。"),
    },
  },
  ports: { kind: "single" },
  inferShape: (args) => {
    const x = single(args);
    expectRank(args, x, 3, SEQUENCE_LAYOUT, sequenceRepair(args.nodeId, x));
    requireKnown(args, x, lastDim(x.shape), t("feature size", "特征维度"));
    return { shape: x.shape };
  },
  countParams: () => ({ trainable: 0, nonTrainable: 0 }),
  flops: (_p, [x]) => product(x!.slice(1)),
});
