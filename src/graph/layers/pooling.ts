/** Shared definition of the windowed pooling kinds (max, average, stochastic; 1-D and 2-D). */
import { type I18nText, t } from "../i18n";
import { paddingParam, stridesParam } from "./common";
import { expectRank, lastDim, single } from "./problems";
import { defineLayer, type LayerKind } from "./types";
import {
  IMAGE_LAYOUT,
  imageRepair,
  SEQUENCE_LAYOUT,
  sequenceRepair,
  slideWindows,
  windowFlops,
} from "./windows";

export interface PoolingParams {
  readonly poolSize: readonly number[];
  readonly strides: readonly number[] | null;
  readonly padding: "valid" | "same";
}

export function effectiveStrides(p: PoolingParams): readonly number[] {
  return p.strides ?? p.poolSize;
}

export function poolingLayer(spec: {
  readonly type: string;
  readonly rank: 1 | 2;
  readonly label: I18nText;
  readonly summary: I18nText;
  readonly formula?: readonly string[];
}): LayerKind {
  const image = spec.rank === 2;
  return defineLayer<PoolingParams>({
    type: spec.type,
    category: "pooling",
    label: spec.label,
    summary: spec.summary,
    formula: spec.formula,
    params: {
      poolSize: {
        kind: "tuple",
        rank: spec.rank,
        min: 1,
        max: 1024,
        default: Array.from({ length: spec.rank }, () => 2),
        help: t("Size of the pooling window.", "池化窗口的大小。"),
      },
      strides: stridesParam(spec.rank, true),
      padding: paddingParam(),
    },
    ports: { kind: "single" },
    inferShape: (args) => {
      const x = single(args);
      if (image) expectRank(args, x, 4, IMAGE_LAYOUT, imageRepair(args.nodeId, x));
      else expectRank(args, x, 3, SEQUENCE_LAYOUT, sequenceRepair(args.nodeId, x));
      const p = args.params;
      const out = slideWindows(args, x, {
        kernel: p.poolSize,
        strides: effectiveStrides(p),
        padding: p.padding,
        noun: t("pool window", "池化窗口"),
      });
      return { shape: [null, ...out, lastDim(x.shape)] };
    },
    countParams: () => ({ trainable: 0, nonTrainable: 0 }),
    flops: (p, [x], out) => windowFlops(out.slice(1, -1), p.poolSize, lastDim(x!) ?? 0),
  });
}

export function globalPoolingLayer(spec: {
  readonly type: string;
  readonly rank: 1 | 2;
  readonly label: I18nText;
  readonly summary: I18nText;
  readonly formula?: readonly string[];
}): LayerKind {
  const image = spec.rank === 2;
  return defineLayer<Record<string, never>>({
    type: spec.type,
    category: "pooling",
    label: spec.label,
    summary: spec.summary,
    formula: spec.formula,
    params: {},
    ports: { kind: "single" },
    inferShape: (args) => {
      const x = single(args);
      if (image) expectRank(args, x, 4, IMAGE_LAYOUT, imageRepair(args.nodeId, x));
      else expectRank(args, x, 3, SEQUENCE_LAYOUT, sequenceRepair(args.nodeId, x));
      return { shape: [null, lastDim(x.shape)] };
    },
    countParams: () => ({ trainable: 0, nonTrainable: 0 }),
    flops: (_p, [x]) => {
      const dims = x!.slice(1);
      return dims.includes(null) ? null : (dims as number[]).reduce((a, b) => a * b, 1);
    },
  });
}
