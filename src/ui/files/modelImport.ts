/**
 * Opening a TensorFlow.js Layers model (model.json and its weight files, as
 * `model.save` or `tensorflowjs_converter` write them): the editor imports
 * the topology as a graph — laid out, params mapped, unknown layers marked —
 * opens it as a new graph, and the worker keeps the weights as that graph's
 * checkpoint, so the imported model predicts (and continues training) as
 * before. A file that is no model is refused with the import's own message;
 * the current graph is never touched.
 */
import { importTfjsModelText } from "../../export/tfjs/importModel";
import { catalogText } from "../i18n/catalog";
import { useLocaleStore } from "../i18n/locale";
import { format } from "../i18n/messages";
import { useUiStore } from "../store/uiStore";
import { adoptImportedWeights, askCheckpoint } from "../training/trainingActions";
import { RecipeQueryError } from "../training/workerClient";
import { useFilesStore } from "./filesStore";
import { filesI18n, filesText } from "./filesText";
import { fromDiagnostic, isJsonFile, MAX_DOCUMENT_BYTES } from "./incoming";
import { openAsNewGraph } from "./library";
import { showProblems } from "./opening";

/** Weight files larger than this are refused before reading (the tab would run out of memory). */
const MAX_WEIGHT_BYTES = 1024 * 1024 * 1024;

/** The picked files' model.json and its text, when one of them is a tfjs Layers model. */
export async function findModelFile(
  files: readonly File[],
): Promise<{ file: File; text: string } | null> {
  for (const file of files) {
    if (!isJsonFile(file) || file.size > MAX_DOCUMENT_BYTES * 4) continue;
    const text = await file.text();
    // Cheap test first: a graph document never has a "modelTopology".
    if (!text.includes('"modelTopology"')) continue;
    try {
      const value = JSON.parse(text) as unknown;
      if (value && typeof value === "object" && "modelTopology" in value) return { file, text };
    } catch {
      // Not JSON: the usual opening path says so.
    }
  }
  return null;
}

export async function importModel(model: { file: File; text: string }, files: readonly File[]) {
  const locale = useLocaleStore.getState().locale;
  const text = catalogText(filesText, locale);
  const notify = useUiStore.getState().notify;
  const imported = importTfjsModelText(model.text);
  if (!imported.document) {
    showProblems({
      verdict: { kind: "refused", problems: imported.diagnostics.map(fromDiagnostic) },
      source: filesI18n("sourceFile", { name: model.file.name }),
    });
    return;
  }
  const weightFiles = files.filter((f) => f !== model.file);
  const tooBig = weightFiles.find((f) => f.size > MAX_WEIGHT_BYTES);
  useUiStore.getState().closeDialog();
  await openAsNewGraph(imported.document);
  const graphId = useFilesStore.getState().currentId;
  if (weightFiles.length === 0 || tooBig || !graphId) {
    notify(format(text.importedNoWeights, { name: imported.document.name }));
    return;
  }
  try {
    const bytes = new Map<string, Uint8Array>();
    for (const file of weightFiles) bytes.set(file.name, new Uint8Array(await file.arrayBuffer()));
    const adopted = await adoptImportedWeights(graphId, model.text, bytes);
    // The training tab asked before the weights were kept: ask again, so it offers to continue from them.
    askCheckpoint(graphId);
    const problems = adopted.diagnostics.filter((d) => d.severity === "error").length;
    notify(
      format(problems > 0 ? text.importedSomeWeights : text.importedWeights, {
        name: imported.document.name,
        count: String(adopted.loaded.length),
      }),
      problems > 0 ? "error" : "info",
    );
  } catch (error) {
    const detail = error instanceof RecipeQueryError ? error.text[locale] : String(error);
    notify(format(text.importWeightsFailed, { detail }), "error");
  }
}
