/**
 * Trained tfjs weights in the PyTorch module's layout, as a state dict: one
 * raw little-endian float32 file and a JSON manifest of keys, shapes and
 * byte offsets (np.fromfile(path, "<f4"); no pickle, no zip). Conversions:
 * - Dense kernel [in, out] → nn.Linear weight [out, in];
 * - Conv1D kernel [k, in, out] → [out, in, k]; Conv2D [kh, kw, in, out] → [out, in, kh, kw];
 *   Conv2DTranspose [kh, kw, out, in] → [in, out, kh, kw];
 * - BatchNorm γ, β, moving mean/variance → weight, bias, running_mean, running_var;
 * - recurrent kernel [in, G·u] → weight_ih_l0 [G·u, in], recurrent kernel → weight_hh_l0,
 *   bias → bias_ih_l0; the LSTM's gates i, f, c, o are PyTorch's i, f, g, o; the GRU's z, r, h
 *   become PyTorch's r, z, n;
 * - attention kernels [features, heads, dim] → nn.Linear weight [heads·dim, features], biases
 *   [heads, dim] → [heads·dim], output kernel [heads, dim, out] → [out, heads·dim].
 * A normalisation without γ (or β) gets 1s (or 0s), which the module keeps untrained.
 */
import type { GraphAnalysis, NodeAnalysis } from "../../graph";
import type { NodeWeights, WeightTensor } from "../keras/types";
import { expectedWeights } from "../keras/weights";
import { filled, permute, reorderBlocks, reshape, type Tensor } from "./tensorLayout";

export const TORCH_WEIGHTS_FORMAT = "neurograph-pytorch-weights";

export interface StateEntry extends Tensor {
  /** The state dict key ("hidden.weight"). */
  readonly key: string;
  /** tfjs's weight it comes from ("kernel"), for the reader. */
  readonly from: string;
}

export interface TorchWeightsManifest {
  readonly format: typeof TORCH_WEIGHTS_FORMAT;
  readonly version: 1;
  readonly graph: string;
  readonly file: string;
  readonly dtype: "float32";
  readonly byteOrder: "little";
  readonly tensors: readonly {
    readonly key: string;
    readonly from: string;
    readonly node: string;
    readonly shape: readonly number[];
    readonly offset: number;
  }[];
}

const transpose2d = (t: Tensor) => permute(t, [1, 0]);

function recurrentEntries(
  prefix: string,
  cell: string,
  named: ReadonlyMap<string, WeightTensor>,
  scope: string,
): StateEntry[] {
  // The GRU's blocks z, r, h in tfjs are r, z, n in PyTorch.
  const gates = (t: Tensor) => (cell === "gru" ? reorderBlocks(t, 3, [1, 0, 2]) : t);
  const entries: StateEntry[] = [];
  const kernel = named.get(`${scope}kernel`)!;
  const recurrent = named.get(`${scope}recurrent_kernel`)!;
  entries.push({
    key: `${prefix}.weight_ih_l0`,
    from: `${scope}kernel`,
    ...gates(transpose2d(kernel)),
  });
  entries.push({
    key: `${prefix}.weight_hh_l0`,
    from: `${scope}recurrent_kernel`,
    ...gates(transpose2d(recurrent)),
  });
  const bias = named.get(`${scope}bias`);
  if (bias) entries.push({ key: `${prefix}.bias_ih_l0`, from: `${scope}bias`, ...gates(bias) });
  return entries;
}

function attentionEntries(attr: string, named: ReadonlyMap<string, WeightTensor>): StateEntry[] {
  const entries: StateEntry[] = [];
  for (const part of ["query", "key", "value"]) {
    const kernel = named.get(`${part}/kernel`)!;
    const [features, heads, dim] = kernel.shape as [number, number, number];
    const flat = reshape(kernel, [features, heads * dim]);
    entries.push({ key: `${attr}.${part}.weight`, from: `${part}/kernel`, ...transpose2d(flat) });
    const bias = named.get(`${part}/bias`);
    if (bias)
      entries.push({
        key: `${attr}.${part}.bias`,
        from: `${part}/bias`,
        ...reshape(bias, [heads * dim]),
      });
  }
  const out = named.get("attention_output/kernel")!;
  const [heads, dim, features] = out.shape as [number, number, number];
  entries.push({
    key: `${attr}.attention_output.weight`,
    from: "attention_output/kernel",
    ...transpose2d(reshape(out, [heads * dim, features])),
  });
  const bias = named.get("attention_output/bias");
  if (bias)
    entries.push({ key: `${attr}.attention_output.bias`, from: "attention_output/bias", ...bias });
  return entries;
}

function normalizationEntries(
  info: NodeAnalysis,
  attr: string,
  named: ReadonlyMap<string, WeightTensor>,
): StateEntry[] {
  const p = info.params!;
  const entries: StateEntry[] = [];
  const any = [...named.values()][0]!;
  const size = any.shape[0]!;
  if (p.scale || p.center) {
    entries.push({
      key: `${attr}.weight`,
      from: "gamma",
      ...(named.get("gamma") ?? filled(size, 1)),
    });
    entries.push({ key: `${attr}.bias`, from: "beta", ...(named.get("beta") ?? filled(size, 0)) });
  }
  if (info.type === "batchNormalization") {
    entries.push({
      key: `${attr}.running_mean`,
      from: "moving_mean",
      ...named.get("moving_mean")!,
    });
    entries.push({
      key: `${attr}.running_var`,
      from: "moving_variance",
      ...named.get("moving_variance")!,
    });
  }
  return entries;
}

/** The state dict entries of one node, from its tfjs weights (already checked against the graph). */
export function nodeStateEntries(
  info: NodeAnalysis,
  analysis: GraphAnalysis,
  attr: string,
  tensors: readonly WeightTensor[],
): StateEntry[] {
  const expected = expectedWeights(info, analysis);
  const named = new Map(tensors.map((t, i) => [expected[i]!.name, t] as const));
  const kernel = named.get("kernel");
  const bias = named.get("bias");
  const biasEntry = bias ? [{ key: `${attr}.bias`, from: "bias", ...bias }] : [];
  switch (info.type) {
    case "dense":
      return [{ key: `${attr}.weight`, from: "kernel", ...transpose2d(kernel!) }, ...biasEntry];
    case "conv1d":
      return [
        { key: `${attr}.weight`, from: "kernel", ...permute(kernel!, [2, 1, 0]) },
        ...biasEntry,
      ];
    case "conv2d":
      return [
        { key: `${attr}.weight`, from: "kernel", ...permute(kernel!, [3, 2, 0, 1]) },
        ...biasEntry,
      ];
    case "conv2dTranspose":
      return [
        { key: `${attr}.weight`, from: "kernel", ...permute(kernel!, [3, 2, 0, 1]) },
        ...biasEntry,
      ];
    case "embedding":
      return [{ key: `${attr}.weight`, from: "embeddings", ...named.get("embeddings")! }];
    case "batchNormalization":
    case "layerNormalization":
      return normalizationEntries(info, attr, named);
    case "simpleRNN":
    case "lstm":
    case "gru":
      return recurrentEntries(attr, info.type, named, "");
    case "bidirectional": {
      const cell = info.params!.layer as string;
      return [
        ...recurrentEntries(`${attr}.forward_layer`, cell, named, "forward/"),
        ...recurrentEntries(`${attr}.backward_layer`, cell, named, "backward/"),
      ];
    }
    case "multiHeadAttention":
      return attentionEntries(attr, named);
    default:
      return [];
  }
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The weights file and its manifest; nodes in the model's topological order. */
export function torchWeightsFiles(
  weights: NodeWeights,
  analysis: GraphAnalysis,
  names: ReadonlyMap<string, string>,
  graphName: string,
  binFile: string,
): { readonly manifest: TorchWeightsManifest; readonly bytes: Uint8Array } {
  const entries: (StateEntry & { node: string; offset: number })[] = [];
  let total = 0;
  for (const id of analysis.order) {
    const tensors = weights.get(id);
    if (!tensors || tensors.length === 0) continue;
    for (const entry of nodeStateEntries(
      analysis.nodes.get(id)!,
      analysis,
      names.get(id)!,
      tensors,
    )) {
      entries.push({ ...entry, node: id, offset: total });
      total += entry.values.length * 4;
    }
  }
  const bytes = new Uint8Array(total);
  const view = new DataView(bytes.buffer);
  for (const entry of entries) {
    const v = entry.values;
    if (LITTLE_ENDIAN)
      bytes.set(new Uint8Array(v.buffer, v.byteOffset, v.byteLength), entry.offset);
    else for (let k = 0; k < v.length; k++) view.setFloat32(entry.offset + 4 * k, v[k]!, true);
  }
  return {
    manifest: {
      format: TORCH_WEIGHTS_FORMAT,
      version: 1,
      graph: graphName,
      file: binFile,
      dtype: "float32",
      byteOrder: "little",
      tensors: entries.map((e) => ({
        key: e.key,
        from: e.from,
        node: e.node,
        shape: [...e.shape],
        offset: e.offset,
      })),
    },
    bytes,
  };
}
