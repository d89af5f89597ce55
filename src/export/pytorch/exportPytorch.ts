/**
 * Graph → a readable PyTorch module: an nn.Module whose forward() follows
 * the graph, computing what the tfjs model computes (checked to 1e-4 on every
 * layer kind the tests cover), and a training script with the graph's
 * optimizer, loss, batch size, epochs and dataset that runs as one process or
 * under torchrun with DistributedDataParallel. Trained tfjs weights are
 * converted to the module's layout. A graph with errors, a layer kind the
 * export cannot express or the word2vec recipe is refused with diagnostics
 * naming the nodes — never silently wrong code.
 */
import {
  type GraphAnalysis,
  type GraphDocument,
  hasErrors,
  inferShapes,
  readTrainingSetup,
} from "../../graph";
import { fromGraphDiagnostic } from "../keras/diagnostics";
import { kerasLayerNames, moduleName } from "../keras/names";
import type { ExportDiagnostic, ExportFile, NodeWeights } from "../keras/types";
import { checkWeights, nodesWithoutWeights } from "../keras/weights";
import { fromKerasWeightProblem, missingWeightsWarning, unsupportedKinds } from "./diagnostics";
import { TORCH_EMITTERS } from "./layers/registry";
import { modelCode } from "./model";
import { torchNames } from "./names";
import { planTraining } from "./plan";
import { assembleScript } from "./script";
import { torchWeightsFiles } from "./weights";

export interface PytorchExportOptions {
  /** Trained weights in tfjs's layout (as nodeWeightsOf gives them), converted for the module. */
  readonly weights?: NodeWeights;
  /** The file name stem of every file (default: from the graph's name, e.g. "mnist_mlp"). */
  readonly moduleName?: string;
}

export type PytorchExportResult =
  | {
      readonly ok: true;
      readonly files: readonly ExportFile[];
      readonly warnings: readonly ExportDiagnostic[];
    }
  | { readonly ok: false; readonly diagnostics: readonly ExportDiagnostic[] };

function refuse(diagnostics: readonly ExportDiagnostic[]): PytorchExportResult {
  return { ok: false, diagnostics };
}

function unmappable(analysis: GraphAnalysis): { id: string; type: string }[] {
  return [...analysis.nodes.values()]
    .filter((n) => n.type !== "input" && !TORCH_EMITTERS.has(n.type) && n.params !== null)
    .map((n) => ({ id: n.id, type: n.type }));
}

export function exportPytorch(
  document: GraphDocument,
  options: PytorchExportOptions = {},
): PytorchExportResult {
  const analysis = inferShapes(document);
  const errors = analysis.diagnostics.filter((d) => d.severity === "error");
  const unknown = unmappable(analysis);
  if (unknown.length > 0 || hasErrors(errors))
    return refuse([
      ...errors.map(fromGraphDiagnostic),
      ...(unknown.length > 0 ? [unsupportedKinds(unknown)] : []),
    ]);

  const setup = readTrainingSetup(document.training).setup;
  const wanted = options.moduleName;
  const stem =
    wanted !== undefined && /^[A-Za-z_][A-Za-z0-9_]*$/.test(wanted)
      ? wanted
      : moduleName(wanted ?? document.name);
  const ids = document.nodes.map((n) => n.id);
  const names = torchNames(ids);
  const layerNames = kerasLayerNames(ids);

  const weights = options.weights;
  if (weights) {
    const problems = checkWeights(weights, analysis);
    if (problems.length > 0) return refuse(problems.map(fromKerasWeightProblem));
  }

  const planned = planTraining({ document, analysis, setup, layerNames });
  if (!planned.ok) return refuse(planned.diagnostics);
  const plan = planned.plan;

  const needs = new Set<string>();
  const klWeight =
    setup.recipe === "vae" ? setup.vae.klWeight : setup.recipe === "autoencoder" ? 0 : undefined;
  const model = modelCode(document, analysis, names, stem, needs, klWeight);
  const hasWeights = weights !== undefined && weights.size > 0;
  const manifestFile = `${stem}.pt.json`;
  const binFile = `${stem}.pt.bin`;
  const text = assembleScript({
    graphName: document.name,
    moduleName: stem,
    setup,
    needs,
    model,
    plan,
    weightsManifest: hasWeights ? manifestFile : null,
  });
  const files: ExportFile[] = [{ path: `${stem}.py`, text }];
  const warnings: ExportDiagnostic[] = [
    ...analysis.diagnostics.filter((d) => d.severity === "warning").map(fromGraphDiagnostic),
    ...plan.warnings,
  ];
  if (weights && hasWeights) {
    const { manifest, bytes } = torchWeightsFiles(weights, analysis, names, document.name, binFile);
    files.push({ path: manifestFile, text: `${JSON.stringify(manifest, null, 2)}\n` });
    files.push({ path: binFile, bytes });
    const missing = nodesWithoutWeights(weights, analysis);
    if (missing.length > 0) warnings.push(missingWeightsWarning(missing));
  }
  // MNIST and Fashion-MNIST come through torchvision.
  const vision = plan.source?.definitions.some((block) =>
    block.some((l) => l.includes("torchvision")),
  );
  files.push({
    path: "requirements.txt",
    text: `torch>=1.13\nnumpy\n${vision ? "torchvision\n" : ""}`,
  });
  return { ok: true, files, warnings };
}
