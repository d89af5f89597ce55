/**
 * Imported weights → a model compiled from the imported document. Weights are
 * matched to the new layer's by their name inside the layer; when names differ
 * (Keras calls a Bidirectional's halves "forward_lstm/lstm_cell/…", tfjs
 * "forward_<name>/…") by their last name part in order, shapes checked.
 */
import * as tf from "@tensorflow/tfjs";
import { type CompileOptions, type CompileResult, compileGraph } from "../../compiler";
import { type Diagnostic, type GraphDocument, t } from "../../graph";
import { quote } from "../../graph/text";
import { weightProblem } from "./messages";
import type { ImportedWeight, ImportedWeights } from "./weightData";

type Target = tf.LayerVariable;

function inLayer(target: Target): string {
  const name = target.originalName;
  const slash = name.indexOf("/");
  return slash < 0 ? name : name.slice(slash + 1);
}

const lastPart = (name: string) => name.slice(name.lastIndexOf("/") + 1);

/** Each target's weight, or null when they cannot be paired one to one. */
function pair(
  targets: readonly Target[],
  weights: readonly ImportedWeight[],
): ImportedWeight[] | null {
  if (targets.length !== weights.length) return null;
  const bySuffix = new Map(weights.map((w) => [w.suffix, w]));
  const exact = targets.map((target) => bySuffix.get(inLayer(target)));
  if (exact.every((w) => w !== undefined)) return exact as ImportedWeight[];
  // The k-th "kernel" of the target is the k-th "kernel" of the file.
  const queues = new Map<string, ImportedWeight[]>();
  for (const w of weights) {
    const queue = queues.get(lastPart(w.suffix)) ?? [];
    queue.push(w);
    queues.set(lastPart(w.suffix), queue);
  }
  const paired = targets.map((target) => queues.get(lastPart(inLayer(target)))?.shift());
  return paired.every((w) => w !== undefined) ? (paired as ImportedWeight[]) : null;
}

const sameShape = (a: readonly (number | null)[], b: readonly number[]) =>
  a.length === b.length && a.every((d, i) => d === b[i]);

export interface AppliedWeights {
  /** Nodes whose weights were set. */
  readonly loaded: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Sets the weights of every node that has imported weights. `layerNames` is
 * compileGraph's node id → tfjs layer name. A node whose weights do not fit
 * keeps its fresh ones and is named in a diagnostic.
 */
export function applyImportedWeights(
  model: tf.LayersModel,
  layerNames: ReadonlyMap<string, string>,
  weights: ImportedWeights,
): AppliedWeights {
  const loaded: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const [nodeId, list] of weights.byNode) {
    const name = layerNames.get(nodeId);
    const layer = name === undefined ? undefined : model.layers.find((l) => l.name === name);
    if (!layer) continue;
    const targets = layer.weights;
    const paired = pair(targets, list);
    const misfit = paired ? paired.findIndex((w, i) => !sameShape(targets[i]!.shape, w.shape)) : -1;
    if (!paired || misfit >= 0) {
      const detail = paired
        ? `${quote(paired[misfit]!.name)} has shape [${paired[misfit]!.shape.join(", ")}] where the layer needs [${targets[misfit]!.shape.join(", ")}]`
        : `the file has ${list.length} weight(s) (${list.map((w) => quote(w.suffix)).join(", ")}) and the layer ${targets.length}`;
      diagnostics.push(
        weightProblem(
          t(
            `the weights of ${quote(nodeId)} do not fit the layer: ${detail}. It keeps freshly initialised weights.`,
            `${quote(nodeId)} 的权重与该层不符：${detail}。它保留新初始化的权重。`,
          ),
          nodeId,
        ),
      );
      continue;
    }
    const tensors = paired.map((w, i) =>
      tf.tensor(w.values, w.shape as number[], targets[i]!.dtype),
    );
    try {
      layer.setWeights(tensors);
      loaded.push(nodeId);
    } finally {
      tf.dispose(tensors);
    }
  }
  return { loaded, diagnostics };
}

/** compileGraph, then the imported weights: the model predicts as the original did. */
export function compileWithImportedWeights(
  document: GraphDocument,
  weights: ImportedWeights,
  options: CompileOptions = {},
): { readonly compiled: CompileResult; readonly weights: AppliedWeights | null } {
  const compiled = compileGraph(document, options);
  if (!compiled.ok) return { compiled, weights: null };
  return { compiled, weights: applyImportedWeights(compiled.model, compiled.layerNames, weights) };
}
