/**
 * One compiled model (with trained weights, or freshly initialised ones) →
 * the files of an export target (tfjs, Keras or PyTorch). The CLI's `neurograph export` and the
 * editor's Export menu (through the training worker, which holds the trained
 * weights) both come here, so that they write the same files.
 */
import type * as tf from "@tensorflow/tfjs";
import { modelToFiles, WEIGHTS_FILE } from "../compiler";
import type { GraphDocument } from "../graph";
import { exportKeras, nodeWeightsOf } from "./keras";
import type { ExportDiagnostic } from "./keras/types";
import { exportPytorch } from "./pytorch";
import { withNeurographMetadata } from "./tfjs";

export const EXPORT_TARGETS = ["tfjs", "keras", "pytorch"] as const;
export type ExportTarget = (typeof EXPORT_TARGETS)[number];

export interface ExportedFile {
  readonly path: string;
  readonly bytes: Uint8Array;
}

export type ModelExport =
  | {
      readonly ok: true;
      readonly files: readonly ExportedFile[];
      /** What the files do not carry over (e.g. a recipe's training loop the target's script leaves out). */
      readonly warnings: readonly ExportDiagnostic[];
    }
  | { readonly ok: false; readonly diagnostics: readonly ExportDiagnostic[] };

export interface ModelExportInput {
  readonly document: GraphDocument;
  /** Compiled from `document` by compileGraph; its weights are the ones exported. */
  readonly model: tf.LayersModel;
  /** compileGraph's node id → tfjs layer name. */
  readonly layerNames: ReadonlyMap<string, string>;
  readonly target: ExportTarget;
  /** Whether the model's weights were trained (code targets then ship them; untrained ones are left out). */
  readonly trained: boolean;
}

const encoder = new TextEncoder();

export async function exportModelFiles(input: ModelExportInput): Promise<ModelExport> {
  const { document, model, target } = input;
  if (target === "tfjs") {
    const files = await modelToFiles(model, "Neurograph");
    const modelJson = withNeurographMetadata(files.modelJson, document, input.layerNames);
    return {
      ok: true,
      files: [
        { path: "model.json", bytes: encoder.encode(modelJson) },
        { path: WEIGHTS_FILE, bytes: files.weights },
      ],
      warnings: [],
    };
  }
  const options = input.trained ? { weights: nodeWeightsOf(model, document) } : {};
  const exported =
    target === "pytorch" ? exportPytorch(document, options) : exportKeras(document, options);
  if (!exported.ok) return exported;
  return {
    ok: true,
    warnings: exported.warnings,
    files: exported.files.map((f) => ({
      path: f.path,
      bytes: "text" in f ? encoder.encode(f.text) : f.bytes,
    })),
  };
}
