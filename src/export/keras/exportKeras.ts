/**
 * Graph → a readable TensorFlow 2 / Keras module that builds the same model,
 * compiles it with the graph's optimizer, loss and metrics, loads the same
 * dataset and trains it the way the graph's recipe does, with trained
 * weights when they are given. A graph with errors, a layer kind Keras
 * cannot express or a recipe the export does not write out is refused with
 * diagnostics naming the nodes — never silently wrong code.
 */
import {
  type GraphAnalysis,
  type GraphDocument,
  hasErrors,
  inferShapes,
  readTrainingSetup,
  type TrainingSetup,
} from "../../graph";
import { fromGraphDiagnostic, missingWeightsWarning, unsupportedKinds } from "./diagnostics";
import { KERAS_MAPPERS } from "./layers/registry";
import { kerasLayerNames, moduleName, pythonVariableNames } from "./names";
import { planRecipe } from "./plan";
import { assembleScript } from "./script";
import type { ExportDiagnostic, ExportFile, KerasExportOptions, KerasExportResult } from "./types";
import { checkWeights, nodesWithoutWeights, weightsFiles } from "./weights";

function refuse(diagnostics: readonly ExportDiagnostic[]): KerasExportResult {
  return { ok: false, diagnostics };
}

/** Nodes of kinds the export has no Keras mapping for (inputs are written by build_model). */
function unmappable(analysis: GraphAnalysis): { id: string; type: string }[] {
  return [...analysis.nodes.values()]
    .filter((n) => n.type !== "input" && !KERAS_MAPPERS.has(n.type) && n.params !== null)
    .map((n) => ({ id: n.id, type: n.type }));
}

export function exportKeras(
  document: GraphDocument,
  options: KerasExportOptions = {},
): KerasExportResult {
  const analysis = inferShapes(document);
  const errors = analysis.diagnostics.filter((d) => d.severity === "error");
  const unknown = unmappable(analysis);
  if (unknown.length > 0 || hasErrors(errors))
    return refuse([
      ...errors.map(fromGraphDiagnostic),
      ...(unknown.length > 0 ? [unsupportedKinds(unknown)] : []),
    ]);

  const setup: TrainingSetup = readTrainingSetup(document.training).setup;
  const wanted = options.moduleName;
  const stem =
    wanted !== undefined && /^[A-Za-z_][A-Za-z0-9_]*$/.test(wanted)
      ? wanted
      : moduleName(wanted ?? document.name);
  const ids = document.nodes.map((n) => n.id);
  const layerNames = kerasLayerNames(ids);
  const variables = pythonVariableNames(ids);

  const weights = options.weights;
  if (weights) {
    const problems = checkWeights(weights, analysis);
    if (problems.length > 0) return refuse(problems);
  }
  const manifestFile = `${stem}.weights.json`;
  const binFile = `${stem}.weights.bin`;

  const plan = planRecipe({
    document,
    analysis,
    setup,
    names: { layers: layerNames, variables, model: stem },
  });
  if (!plan.ok) return refuse(plan.diagnostics);

  const text = assembleScript({
    graphName: document.name,
    moduleName: stem,
    setup,
    needs: plan.needs,
    model: plan.model,
    recipe: plan.recipe,
    source: plan.source,
    loadData: plan.loadData,
    weightsManifest: weights && weights.size > 0 ? manifestFile : null,
  });
  const files: ExportFile[] = [{ path: `${stem}.py`, text }];
  const warnings: ExportDiagnostic[] = analysis.diagnostics
    .filter((d) => d.severity === "warning")
    .map(fromGraphDiagnostic);
  if (weights && weights.size > 0) {
    const { manifest, bytes } = weightsFiles(weights, analysis, layerNames, document.name, binFile);
    files.push({ path: manifestFile, text: `${JSON.stringify(manifest, null, 2)}\n` });
    files.push({ path: binFile, bytes });
    const missing = nodesWithoutWeights(weights, analysis);
    if (missing.length > 0) warnings.push(missingWeightsWarning(missing));
  }
  files.push({ path: "requirements.txt", text: "tensorflow>=2.12\nnumpy\n" });
  return { ok: true, files, warnings };
}
