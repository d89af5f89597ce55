/**
 * Trained weights for the Python module: one raw file of little-endian
 * float32 values and a JSON manifest saying, layer by layer, where each
 * weight starts and what shape it has — readable with NumPy alone
 * (np.fromfile(path, "<f4")), no HDF5 or zip needed. Every layer's weights
 * are checked against the shapes its Keras layer will have, so a mismatch is
 * a diagnostic here, not a surprise in Python.
 */
import type { GraphAnalysis, NodeAnalysis, Shape } from "../../graph";
import { quote, t } from "../../graph";
import { kerasDiagnostic } from "./diagnostics";
import type { ExportDiagnostic, NodeWeights } from "./types";

export const WEIGHTS_FORMAT = "neurograph-keras-weights";

export interface ExpectedWeight {
  readonly name: string;
  readonly shape: readonly number[];
}

export interface ManifestWeight {
  readonly name: string;
  readonly shape: readonly number[];
  /** Byte offset of the first value in the weights file. */
  readonly offset: number;
}

export interface WeightsManifest {
  readonly format: typeof WEIGHTS_FORMAT;
  readonly version: 1;
  readonly graph: string;
  /** The weights file, relative to the manifest. */
  readonly file: string;
  readonly dtype: "float32";
  readonly byteOrder: "little";
  readonly layers: readonly {
    readonly node: string;
    readonly layer: string;
    readonly weights: readonly ManifestWeight[];
  }[];
}

const last = (shape: Shape | undefined): number => (shape ? (shape[shape.length - 1] ?? 0) : 0);

const GATES = { simpleRNN: 1, lstm: 4, gru: 3 } as const;

function recurrentWeights(
  cell: keyof typeof GATES,
  features: number,
  units: number,
  bias: boolean,
) {
  const g = GATES[cell];
  return [
    { name: "kernel", shape: [features, g * units] },
    { name: "recurrent_kernel", shape: [units, g * units] },
    ...(bias ? [{ name: "bias", shape: [g * units] }] : []),
  ];
}

function attentionWeights(info: NodeAnalysis, analysis: GraphAnalysis): ExpectedWeight[] {
  const p = info.params!;
  const shapeOf = (port: string) => {
    const source = info.inputs.find((a) => a.port === port)?.edge.source;
    return source === undefined ? undefined : analysis.nodes.get(source)!.outputShape!;
  };
  const query = last(shapeOf("query"));
  const value = last(shapeOf("value") ?? shapeOf("query"));
  const key = last(shapeOf("key") ?? shapeOf("value") ?? shapeOf("query"));
  const heads = p.numHeads as number;
  const keyDim = p.keyDim as number;
  const valueDim = (p.valueDim as number | null) ?? keyDim;
  const out = (p.outputShape as number | null) ?? query;
  const bias = p.useBias as boolean;
  const projection = (name: string, kernel: number[], biasShape: number[]) => [
    { name: `${name}/kernel`, shape: kernel },
    ...(bias ? [{ name: `${name}/bias`, shape: biasShape }] : []),
  ];
  return [
    ...projection("query", [query, heads, keyDim], [heads, keyDim]),
    ...projection("key", [key, heads, keyDim], [heads, keyDim]),
    ...projection("value", [value, heads, valueDim], [heads, valueDim]),
    ...projection("attention_output", [heads, valueDim, out], [out]),
  ];
}

/** The weights a node's Keras layer has, in Keras's (and tfjs's) order. */
export function expectedWeights(info: NodeAnalysis, analysis: GraphAnalysis): ExpectedWeight[] {
  const p = info.params ?? {};
  const input = info.inputs[0]
    ? analysis.nodes.get(info.inputs[0].edge.source)?.outputShape
    : undefined;
  const features = last(input ?? undefined);
  const bias = (units: number) => (p.useBias === false ? [] : [{ name: "bias", shape: [units] }]);
  const kernel = (p.kernelSize as number[] | undefined) ?? [];
  switch (info.type) {
    case "dense":
      return [{ name: "kernel", shape: [features, p.units as number] }, ...bias(p.units as number)];
    case "conv1d":
    case "conv2d":
      return [
        { name: "kernel", shape: [...kernel, features, p.filters as number] },
        ...bias(p.filters as number),
      ];
    case "conv2dTranspose":
      return [
        { name: "kernel", shape: [...kernel, p.filters as number, features] },
        ...bias(p.filters as number),
      ];
    case "embedding":
      return [{ name: "embeddings", shape: [p.inputDim as number, p.outputDim as number] }];
    case "batchNormalization":
    case "layerNormalization": {
      const axis = p.axis as number;
      const rank = input?.length ?? 0;
      const size = input?.[axis < 0 ? rank + axis : axis] ?? 0;
      return [
        ...(p.scale ? [{ name: "gamma", shape: [size] }] : []),
        ...(p.center ? [{ name: "beta", shape: [size] }] : []),
        ...(info.type === "batchNormalization"
          ? [
              { name: "moving_mean", shape: [size] },
              { name: "moving_variance", shape: [size] },
            ]
          : []),
      ];
    }
    case "simpleRNN":
    case "lstm":
    case "gru":
      return recurrentWeights(info.type, features, p.units as number, p.useBias as boolean);
    case "bidirectional": {
      const one = recurrentWeights(
        p.layer as keyof typeof GATES,
        features,
        p.units as number,
        true,
      );
      return [
        ...one.map((w) => ({ ...w, name: `forward/${w.name}` })),
        ...one.map((w) => ({ ...w, name: `backward/${w.name}` })),
      ];
    }
    case "multiHeadAttention":
      return attentionWeights(info, analysis);
    default:
      return [];
  }
}

const sameShape = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((d, i) => d === b[i]);

function mismatch(id: string, detail: string, detailZh: string): ExportDiagnostic {
  return kerasDiagnostic(
    "KX301",
    [id],
    t(
      `The trained weights of ${quote(id)} do not fit its Keras layer: ${detail}. Export the weights of this very graph again.`,
      `${quote(id)} 的训练权重与其 Keras 层不符：${detailZh}。请重新导出此图本身的权重。`,
    ),
  );
}

function listShapes(shapes: readonly (readonly number[])[]): string {
  return shapes.map((s) => `[${s.join(", ")}]`).join(", ") || "none";
}

/** Checks `weights` against the graph; an empty list when every node's weights fit. */
export function checkWeights(weights: NodeWeights, analysis: GraphAnalysis): ExportDiagnostic[] {
  const problems: ExportDiagnostic[] = [];
  for (const [id, tensors] of weights) {
    const info = analysis.nodes.get(id);
    if (!info) {
      problems.push(mismatch(id, "the graph has no such node", "图中没有这个节点"));
      continue;
    }
    const expected = expectedWeights(info, analysis).map((w) => w.shape);
    const given = tensors.map((w) => w.shape);
    if (expected.length !== given.length || !expected.every((s, i) => sameShape(s, given[i]!))) {
      problems.push(
        mismatch(
          id,
          `Keras expects ${listShapes(expected)}, the weights have ${listShapes(given)}`,
          `Keras 需要 ${listShapes(expected)}，权重为 ${listShapes(given)}`,
        ),
      );
      continue;
    }
    const short = tensors.find((w) => w.values.length !== w.shape.reduce((n, d) => n * d, 1));
    if (short)
      problems.push(
        mismatch(
          id,
          `a weight of shape [${short.shape.join(", ")}] holds ${short.values.length} values`,
          `形状为 [${short.shape.join(", ")}] 的权重只有 ${short.values.length} 个数值`,
        ),
      );
  }
  return problems;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The weights file and its manifest; nodes in the model's topological order. */
export function weightsFiles(
  weights: NodeWeights,
  analysis: GraphAnalysis,
  layerNames: ReadonlyMap<string, string>,
  graphName: string,
  binFile: string,
): { readonly manifest: WeightsManifest; readonly bytes: Uint8Array } {
  const layers: { node: string; layer: string; weights: ManifestWeight[] }[] = [];
  let total = 0;
  for (const id of analysis.order) {
    const tensors = weights.get(id);
    if (!tensors || tensors.length === 0) continue;
    const names = expectedWeights(analysis.nodes.get(id)!, analysis);
    layers.push({
      node: id,
      layer: layerNames.get(id)!,
      weights: tensors.map((w, i) => {
        const entry = { name: names[i]!.name, shape: [...w.shape], offset: total };
        total += w.values.length * 4;
        return entry;
      }),
    });
  }
  const bytes = new Uint8Array(total);
  const view = new DataView(bytes.buffer);
  for (const layer of layers)
    layer.weights.forEach((entry, i) => {
      const values = weights.get(layer.node)![i]!.values;
      if (LITTLE_ENDIAN)
        bytes.set(
          new Uint8Array(values.buffer, values.byteOffset, values.byteLength),
          entry.offset,
        );
      else
        for (let k = 0; k < values.length; k++)
          view.setFloat32(entry.offset + 4 * k, values[k]!, true);
    });
  return {
    manifest: {
      format: WEIGHTS_FORMAT,
      version: 1,
      graph: graphName,
      file: binFile,
      dtype: "float32",
      byteOrder: "little",
      layers,
    },
    bytes,
  };
}

/** Nodes whose Keras layer has weights but were given none (they start from fresh weights). */
export function nodesWithoutWeights(weights: NodeWeights, analysis: GraphAnalysis): string[] {
  return analysis.order.filter(
    (id) => !weights.has(id) && expectedWeights(analysis.nodes.get(id)!, analysis).length > 0,
  );
}
