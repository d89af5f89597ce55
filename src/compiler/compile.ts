/**
 * Graph → tf.LayersModel through the functional API (DAGs, several inputs and
 * outputs, skip connections). A graph with errors is refused with its
 * diagnostics; tfjs is only ever handed graphs validation accepted, and any
 * exception it still raises is reported as NG902 naming the node.
 */
import * as tf from "@tensorflow/tfjs";
import {
  type AnalyzeOptions,
  type Diagnostic,
  diagnostic,
  type GraphAnalysis,
  type GraphDocument,
  hasErrors,
  inferShapes,
  type Shape,
  shapesEqual,
  t,
} from "../graph";
import { quote } from "../graph/text";
import { registerCustomLayers } from "./custom/register";
import { tfjsLayerNames } from "./layerNames";
import { createContext } from "./layers/context";
import { LAYER_BUILDERS } from "./layers/registry";
import { randomSeed } from "./seeds";

export interface CompileOptions extends AnalyzeOptions {
  /** Seed of every initialiser and random layer; the same seed gives the same initial weights. */
  readonly seed?: number;
}

export type CompileResult =
  | {
      readonly ok: true;
      readonly model: tf.LayersModel;
      readonly analysis: GraphAnalysis;
      /** Warnings only; errors refuse compilation. */
      readonly diagnostics: readonly Diagnostic[];
      /** tfjs layer name of each node (the node id unless the id is not a valid tfjs name). */
      readonly layerNames: ReadonlyMap<string, string>;
      readonly seed: number;
    }
  | {
      readonly ok: false;
      readonly diagnostics: readonly Diagnostic[];
      readonly analysis: GraphAnalysis | null;
    };

export { tfjsLayerNames };

export function compileGraph(document: GraphDocument, options: CompileOptions = {}): CompileResult {
  registerCustomLayers();
  const analysis = inferShapes(document, options);
  if (hasErrors(analysis.diagnostics))
    return { ok: false, diagnostics: analysis.diagnostics, analysis };

  const seed = options.seed ?? randomSeed();
  const layerNames = tfjsLayerNames(document.nodes.map((n) => n.id));
  const tensors = new Map<string, tf.SymbolicTensor>();
  const inputs: tf.SymbolicTensor[] = [];
  for (const id of analysis.order) {
    const info = analysis.nodes.get(id)!;
    const name = layerNames.get(id)!;
    const outputShape = info.outputShape!;
    try {
      if (info.type === "input") {
        const tensor = tf.input({
          name,
          shape: outputShape.slice(1) as number[],
          dtype: info.dtype ?? "float32",
        });
        tensors.set(id, tensor);
        inputs.push(tensor);
        continue;
      }
      const builder = LAYER_BUILDERS.get(info.type)!;
      const incoming = info.inputs.map((a) => tensors.get(a.edge.source)!);
      const inputShapes = info.inputs.map((a) => analysis.nodes.get(a.edge.source)!.outputShape!);
      const ctx = createContext(seed, id, name, inputShapes, outputShape);
      const layer = builder.build(info.params!, ctx);
      const output = layer.apply(
        incoming.length === 1 || isSelfAttention(info.type, incoming) ? incoming[0]! : incoming,
      ) as tf.SymbolicTensor;
      builder.afterApply?.(layer, info.params!, ctx);
      const mismatch = shapeMismatch(outputShape, output.shape);
      if (mismatch) return refuse(analysis, mismatch(id, info.type));
      tensors.set(id, output);
    } catch (error) {
      return refuse(analysis, compileFailure(id, info.type, error));
    }
  }
  try {
    const model = tf.model({
      inputs,
      outputs: analysis.outputs.map((id) => tensors.get(id)!),
      name: "neurograph",
    });
    return { ok: true, model, analysis, diagnostics: analysis.diagnostics, layerNames, seed };
  } catch (error) {
    return refuse(analysis, compileFailure(undefined, "model", error));
  }
}

/**
 * One edge feeding every port of a MultiHeadAttention is applied as one tensor
 * (the layer reads it as query, value and key). Listed twice, tfjs's inference
 * executor would count the two slots as two uses and free the tensor while a
 * residual Add still needs it ("Tensor is disposed" in predict and evaluation).
 */
function isSelfAttention(type: string, incoming: readonly tf.SymbolicTensor[]): boolean {
  return type === "multiHeadAttention" && incoming.every((tensor) => tensor === incoming[0]);
}

function refuse(analysis: GraphAnalysis, d: Diagnostic): CompileResult {
  return { ok: false, diagnostics: [...analysis.diagnostics, d], analysis };
}

/** Inference and tfjs must agree to the element; a disagreement is our bug, and we say so. */
function shapeMismatch(inferred: Shape, actual: readonly (number | null)[]) {
  if (shapesEqual(inferred, actual)) return null;
  return (id: string, type: string) =>
    compileFailure(
      id,
      type,
      new Error(`inferred ${JSON.stringify(inferred)} but tfjs built ${JSON.stringify(actual)}`),
    );
}

function compileFailure(nodeId: string | undefined, type: string, error: unknown): Diagnostic {
  const detail = (error instanceof Error ? error.message : String(error)).slice(0, 300);
  const who = nodeId === undefined ? "the model" : `${type} ${quote(nodeId)}`;
  return diagnostic(
    "NG902",
    t(
      `TensorFlow.js could not build ${who}: ${detail}. Validation accepted it, so this is a Neurograph bug; please report it with this document.`,
      `TensorFlow.js 无法构建 ${who}：${detail}。验证已通过，因此这是 Neurograph 的缺陷，请附上此文档报告。`,
    ),
    nodeId === undefined ? {} : { nodeId },
  );
}
