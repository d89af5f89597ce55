/**
 * Export → TensorFlow.js / Keras / PyTorch: the worker writes the target's
 * files with the best weights it has for the graph, and the editor downloads
 * them as one zip named after the graph. What cannot be exported (a graph
 * with errors, a layer the target cannot express) is said in a message
 * naming the nodes; nothing in the editor changes.
 */
import { zipSync } from "fflate";
import type { ExportTarget } from "../../export/modelFiles";
import { catalogText } from "../i18n/catalog";
import { useLocaleStore } from "../i18n/locale";
import { format } from "../i18n/messages";
import { useEditorStore } from "../store/editorStore";
import { useUiStore } from "../store/uiStore";
import { exportModelFiles } from "../training/trainingActions";
import { RecipeQueryError } from "../training/workerClient";
import { downloadBlob } from "./download";
import { downloadName } from "./fileName";
import { filesText } from "./filesText";

export async function exportModelZip(target: ExportTarget): Promise<void> {
  const { document } = useEditorStore.getState();
  const locale = useLocaleStore.getState().locale;
  const text = catalogText(filesText, locale);
  const notify = useUiStore.getState().notify;
  try {
    const reply = await exportModelFiles(document, target);
    const zip = zipSync(Object.fromEntries(reply.files.map((f) => [f.path, f.bytes])));
    const stem = downloadName(document.name, "zip").replace(/\.zip$/, "");
    downloadBlob(new Blob([zip as BlobPart], { type: "application/zip" }), `${stem}-${target}.zip`);
    const weights =
      reply.weights === "trained"
        ? text.exportedTrained
        : reply.weights === "checkpoint"
          ? format(text.exportedCheckpoint, { epoch: String(reply.epoch ?? 0) })
          : text.exportedUntrained;
    const said = format(text.exportedModel, { target: text[`target_${target}`], weights });
    // A warning (e.g. a GAN loop the PyTorch script leaves out) stays on screen until dismissed.
    const warnings = reply.warnings.map((w) => w[locale]);
    notify([said, ...warnings].join(" "), warnings.length > 0 ? "error" : "info");
  } catch (error) {
    const detail =
      error instanceof RecipeQueryError
        ? error.text[locale]
        : error instanceof Error
          ? error.message
          : String(error);
    notify(format(text.exportFailed, { detail }), "error");
  }
}
