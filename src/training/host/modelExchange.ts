/**
 * The worker's side of the editor's Export and Import menus. Only the worker
 * holds tfjs and the trained weights, so it compiles the graph, puts the best
 * weights it has into the model — the run's when the run is this graph's,
 * else the graph's checkpoint, else fresh ones from the seed — and writes the
 * target's files; and it turns an imported model's weights into the
 * checkpoint of the graph opened from it.
 */
import type * as tf from "@tensorflow/tfjs";
import { compileGraph } from "../../compiler";
import { exportModelFiles } from "../../export/modelFiles";
import { compileWithImportedWeights, importTfjsModelText } from "../../export/tfjs";
import { type Diagnostic, readTrainingSetup, t } from "../../graph";
import { architectureKey } from "../checkpoints/architecture";
import type { CheckpointStore } from "../checkpoints/store";
import { TrainingFailure } from "../engine/errors";
import type { WorkerReply, WorkerRequest } from "../protocol";

type ExportRequest = Extract<WorkerRequest, { type: "exportModel" }>;
type AdoptRequest = Extract<WorkerRequest, { type: "adoptWeights" }>;

/** The model of the run under way, when it was built from the same architecture. */
export interface LiveModel {
  readonly graphId: string;
  readonly architecture: string;
  readonly model: tf.LayersModel;
}

function graphProblem(diagnostics: readonly Diagnostic[]): TrainingFailure {
  const first = diagnostics.find((d) => d.severity === "error") ?? diagnostics[0];
  return new TrainingFailure(
    "invalid",
    first
      ? t(first.message, first.messageZh)
      : t("The graph cannot be exported.", "无法导出此图。"),
  );
}

/** Copies weights layer by layer, by name: both models were compiled from the same architecture. */
function copyWeights(from: tf.LayersModel, to: tf.LayersModel): void {
  for (const layer of to.layers)
    if (layer.weights.length > 0) layer.setWeights(from.getLayer(layer.name).getWeights());
}

export async function exportModel(
  request: ExportRequest,
  checkpoints: CheckpointStore,
  live: LiveModel | null,
): Promise<Extract<WorkerReply, { type: "exportedModel" }>> {
  const { document } = request;
  const compiled = compileGraph(document, {
    seed: readTrainingSetup(document.training).setup.seed,
  });
  if (!compiled.ok) throw graphProblem(compiled.diagnostics);
  const { model } = compiled;
  try {
    const architecture = architectureKey(document);
    let weights: "trained" | "checkpoint" | "initial" = "initial";
    let epoch: number | null = null;
    if (live && live.graphId === request.graphId && live.architecture === architecture) {
      copyWeights(live.model, model);
      weights = "trained";
    } else {
      const record = await checkpoints.info(request.graphId);
      if (record?.architecture === architecture) {
        await checkpoints.restore(request.graphId, model);
        weights = "checkpoint";
        epoch = record.epoch;
      }
    }
    const exported = await exportModelFiles({
      document,
      model,
      layerNames: compiled.layerNames,
      target: request.target,
      trained: weights !== "initial",
    });
    if (!exported.ok) {
      const first = exported.diagnostics[0]!;
      const nodes = first.nodeIds.length > 0 ? ` (${first.nodeIds.join(", ")})` : "";
      throw new TrainingFailure(
        "invalid",
        t(`${first.code}${nodes}: ${first.message}`, `${first.code}${nodes}：${first.messageZh}`),
      );
    }
    return {
      type: "exportedModel",
      requestId: request.requestId,
      files: exported.files,
      weights,
      epoch,
      warnings: exported.warnings.map((w) =>
        t(`${w.code}: ${w.message}`, `${w.code}：${w.messageZh}`),
      ),
    };
  } finally {
    model.dispose();
  }
}

export async function adoptWeights(
  request: AdoptRequest,
  checkpoints: CheckpointStore,
): Promise<Extract<WorkerReply, { type: "weightsAdopted" }>> {
  // The same import the editor ran on the model file: same document, same node ids.
  const imported = importTfjsModelText(request.modelJson, { weightData: request.weightFiles });
  const { document } = imported;
  if (!document) throw graphProblem(imported.diagnostics);
  if (!imported.weights)
    return {
      type: "weightsAdopted",
      requestId: request.requestId,
      loaded: [],
      diagnostics: imported.diagnostics,
    };
  const seed = readTrainingSetup(document.training).setup.seed;
  const { compiled, weights } = compileWithImportedWeights(document, imported.weights, { seed });
  if (!compiled.ok) throw graphProblem(compiled.diagnostics);
  try {
    await checkpoints.save(compiled.model, {
      graphId: request.graphId,
      architecture: architectureKey(document),
      epoch: 0,
      savedAt: new Date().toISOString(),
    });
    return {
      type: "weightsAdopted",
      requestId: request.requestId,
      loaded: weights?.loaded ?? [],
      diagnostics: [...imported.diagnostics, ...(weights?.diagnostics ?? [])],
    };
  } finally {
    compiled.model.dispose();
  }
}
