/** The Keras export's public types: what goes in, what comes out. */

/** One weight tensor of a layer, float32, row-major (C order), as tfjs's `layer.getWeights()` gives it. */
export interface WeightTensor {
  /** tfjs's weight name ("hidden/kernel"); informative only (the manifest uses Keras's names). */
  readonly name?: string;
  readonly shape: readonly number[];
  readonly values: Float32Array;
}

/**
 * Trained weights: node id → that layer's weights in tfjs's order (which is
 * Keras's order for every kind Neurograph has: kernel, recurrent kernel,
 * bias; γ, β, moving mean, moving variance; attention's query, key, value and
 * output projections, each kernel then bias; Bidirectional forward then backward).
 */
export type NodeWeights = ReadonlyMap<string, readonly WeightTensor[]>;

export interface KerasExportOptions {
  /** Trained weights to ship with the script (a .bin of float32 and its JSON manifest). */
  readonly weights?: NodeWeights;
  /** The file name stem of every file (default: from the graph's name, e.g. "mnist_mlp"). */
  readonly moduleName?: string;
}

/** A generated file: Python and JSON are text, the weights are bytes. */
export type ExportFile =
  | { readonly path: string; readonly text: string }
  | { readonly path: string; readonly bytes: Uint8Array };

/** A reason the export refused, naming the nodes at fault (graph errors keep their NG code). */
export interface ExportDiagnostic {
  /** "NG…" for a problem of the graph itself, "KX…" for one of the Keras export. */
  readonly code: string;
  readonly severity: "error" | "warning";
  readonly nodeIds: readonly string[];
  readonly message: string;
  readonly messageZh: string;
}

export type KerasExportResult =
  | {
      readonly ok: true;
      readonly files: readonly ExportFile[];
      /** Things the user should know that did not stop the export (graph warnings, notes). */
      readonly warnings: readonly ExportDiagnostic[];
    }
  | { readonly ok: false; readonly diagnostics: readonly ExportDiagnostic[] };
