/**
 * Checks an upload the way the worker will read it — by loading it with the
 * datasets module on the main thread (pure TypeScript, no tensors) — and
 * returns what the form stores in the dataset options (feature count,
 * classes) or the module's own error message.
 */
import { type I18nText, t } from "../../../graph";
import { DatasetError, loadDataset } from "../../../training/datasets";
import type { DatasetSource, LoadedDataset } from "../../../training/datasets/types";
import { browserIO } from "../preview/browserIO";

export type UploadCheck =
  | {
      readonly ok: true;
      readonly dataset: LoadedDataset;
      readonly options: Record<string, unknown>;
    }
  | { readonly ok: false; readonly error: I18nText };

export async function checkUpload(source: DatasetSource): Promise<UploadCheck> {
  try {
    const dataset = await loadDataset(source, browserIO());
    const shapes = dataset.shapes;
    const options: Record<string, unknown> = {
      fileName: source.kind === "builtin" ? "" : source.name,
      ...(shapes.numClasses !== undefined ? { numClasses: shapes.numClasses } : {}),
      ...(shapes.classNames ? { classNames: [...shapes.classNames] } : {}),
    };
    if (source.kind === "csv") {
      options.labelColumn = source.labelColumn;
      options.featureCount = shapes.inputShape[0];
      options.task = source.task;
    }
    return { ok: true, dataset, options };
  } catch (error) {
    if (error instanceof DatasetError) return { ok: false, error: error.text };
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: t(detail, detail) };
  }
}
