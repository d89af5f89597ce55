/**
 * Part of a compiled graph as a model of its own: the nodes' existing layers
 * applied again, in topological order, to a fresh tf.input that stands in for
 * one node's output. The weights are the whole model's (the same layer
 * objects), so training the whole graph trains the part. This is how an
 * autoencoder's decoder becomes "latent code → reconstruction".
 *
 * Disposing: every symbolic apply adds one reference to a layer (tfjs counts
 * them), so a replayed model must be disposed too — its dispose() drops only
 * those references; the weights go when the whole model has been disposed as
 * well, in either order.
 */
import * as tf from "@tensorflow/tfjs";
import type { GraphAnalysis } from "../../../graph/analyze";
import { t } from "../../../graph/i18n";
import { TrainingFailure } from "../../engine/errors";

export interface ReplayRequest {
  /** The compiled graph whose layers are replayed. */
  readonly model: tf.LayersModel;
  readonly analysis: GraphAnalysis;
  /** tfjs layer name of each node id (compileGraph's layerNames). */
  readonly layerNames: ReadonlyMap<string, string>;
  /** The node whose output the fresh input replaces (e.g. the latent code). */
  readonly from: string;
  /** The nodes to replay; they may only read `from` and each other. */
  readonly nodes: readonly string[];
  /** The node whose output is the replayed model's output. */
  readonly output: string;
}

function invalid(en: string, zh: string): TrainingFailure {
  return new TrainingFailure("invalid", t(en, zh));
}

/** The layer compiled for a node. */
export function layerOf(
  model: tf.LayersModel,
  layerNames: ReadonlyMap<string, string>,
  id: string,
): tf.layers.Layer {
  const name = layerNames.get(id);
  if (name === undefined)
    throw invalid(`No layer for node '${id}'.`, `节点 '${id}' 没有对应的层。`);
  return model.getLayer(name);
}

/**
 * A node's output in the compiled model. getOutputAt(0), not `.output`: the
 * first application is the model's own, and `.output` throws once a replay
 * has applied the layer a second time.
 */
export function symbolicOutput(
  model: tf.LayersModel,
  layerNames: ReadonlyMap<string, string>,
  id: string,
): tf.SymbolicTensor {
  return layerOf(model, layerNames, id).getOutputAt(0) as tf.SymbolicTensor;
}

export function replaySubgraph(request: ReplayRequest): tf.LayersModel {
  const { analysis, from } = request;
  const fromShape = analysis.nodes.get(from)?.outputShape;
  if (!fromShape)
    throw invalid(`Node '${from}' has no known shape.`, `节点 '${from}' 的形状未知。`);
  const wanted = new Set(request.nodes);
  if (!wanted.has(request.output) && request.output !== from)
    throw invalid(
      `The output '${request.output}' is not among the nodes to replay.`,
      `输出 '${request.output}' 不在要重放的节点之中。`,
    );
  // analysis.order is topological; the caller's order is not relied on.
  const order = analysis.order.filter((id) => wanted.has(id) && id !== from);
  // Every source is checked before any layer is applied: an apply cannot be undone.
  const reachable = new Set([from]);
  for (const id of order) {
    for (const { edge } of analysis.nodes.get(id)!.inputs)
      if (!reachable.has(edge.source))
        throw invalid(
          `'${id}' reads '${edge.source}', which is neither the code '${from}' nor one of the replayed nodes: this part of the graph cannot run on a code alone.`,
          `'${id}' 读取 '${edge.source}'，它既不是编码 '${from}'，也不是被重放的节点：这部分图无法只靠编码运行。`,
        );
    reachable.add(id);
  }
  const layers = order.map((id) => layerOf(request.model, request.layerNames, id));
  const fresh = tf.input({ shape: fromShape.slice(1) as number[] });
  const tensors = new Map<string, tf.SymbolicTensor>([[from, fresh]]);
  order.forEach((id, i) => {
    const incoming = analysis.nodes.get(id)!.inputs.map(({ edge }) => tensors.get(edge.source)!);
    const output = layers[i]!.apply(incoming.length === 1 ? incoming[0]! : incoming);
    tensors.set(id, output as tf.SymbolicTensor);
  });
  return tf.model({ inputs: fresh, outputs: tensors.get(request.output)! });
}
