/**
 * The typed protocol between the UI and the training worker — the only file
 * both sides share. Only the worker touches tensors; everything here is plain
 * numbers, strings and typed arrays (buffers are transferred, not copied).
 * Progress is batched by the worker (about ten messages a second at most) so
 * that charts never slow training.
 */

import type { ExportedFile, ExportTarget } from "../export/modelFiles";
import type { Diagnostic } from "../graph/diagnostics";
import type { GraphDocument } from "../graph/document/schema";
import type { I18nText } from "../graph/i18n";
import type { BackendName, TrainingSetup } from "../graph/training/setup";
import type { DatasetSource } from "./datasets/types";
import type {
  RecipeAnswer,
  RecipeName,
  RecipeQuestion,
  RecipeSeries,
  RecipeView,
} from "./recipeViews";

export type RunStatus =
  | "idle"
  | "preparing"
  | "running"
  | "paused"
  | "stopped"
  | "finished"
  | "failed";

/** What the user wants to watch live; everything off costs nothing. */
export interface LiveOptions {
  /** Per-layer activations / feature maps of the probe sample. */
  readonly activations: boolean;
  /** Weight and gradient histograms and gradient norms. */
  readonly histograms: boolean;
  /** Index of the probe sample in the validation split (or train split when there is none). */
  readonly probeIndex: number;
}

// ─── main thread → worker ────────────────────────────────────────────────

export type WorkerRequest =
  | {
      readonly type: "start";
      /** Identifies the run; every reply carries it, so late replies of an old run are ignored. */
      readonly runId: string;
      /** The graph's id in the editor's storage: checkpoints are kept per graph. */
      readonly graphId: string;
      readonly document: GraphDocument;
      readonly setup: TrainingSetup;
      readonly dataset: DatasetSource;
      readonly live: LiveOptions;
      /** Continue from the checkpoint saved for this graph, when its architecture still matches. */
      readonly resume: boolean;
      /** Start paused (so that "Step" can run one batch at a time from the beginning). */
      readonly startPaused?: boolean;
    }
  | { readonly type: "pause" }
  | { readonly type: "resume" }
  /** Run exactly one batch, then pause. */
  | { readonly type: "step" }
  | { readonly type: "stop" }
  /** Re-initialise the weights from the seed (and delete the checkpoint). */
  | { readonly type: "resetWeights"; readonly graphId: string }
  /** Allowed while paused. */
  | { readonly type: "setLearningRate"; readonly learningRate: number }
  | { readonly type: "setLive"; readonly live: LiveOptions }
  /** Predict on raw features (drawing pad): replies "prediction". */
  | {
      readonly type: "predict";
      readonly requestId: number;
      readonly features: Float32Array;
      readonly count: number;
    }
  /** Confusion matrix, per-class accuracy and misclassified samples on the validation split: replies "evaluation". */
  | { readonly type: "evaluate"; readonly requestId: number }
  /** 2-D datasets: the model's output over a grid covering the data: replies "boundary". */
  | { readonly type: "boundary"; readonly requestId: number; readonly resolution: number }
  /** Is there a checkpoint for this graph, and which architecture does it belong to? Replies "checkpointInfo". */
  | { readonly type: "checkpointInfo"; readonly graphId: string }
  /** A recipe's question (decode a point, a word's neighbours, attack a sample…): replies "recipeAnswer" or "error". */
  | { readonly type: "recipeQuery"; readonly requestId: number; readonly question: RecipeQuestion }
  /** Ask for a fresh "recipeView" now (e.g. when its panel opens). */
  | { readonly type: "recipeView" }
  /**
   * The graph's model as an export target's files, with the best weights the worker has for it: the run's
   * trained model when it belongs to this graph, else the graph's checkpoint, else fresh ones. Replies
   * "exportedModel" or "error".
   */
  | {
      readonly type: "exportModel";
      readonly requestId: number;
      readonly graphId: string;
      readonly document: GraphDocument;
      readonly target: ExportTarget;
    }
  /**
   * An imported tfjs model's weights become the checkpoint of the graph opened from it, so the imported model
   * predicts (and continues training) as before. Replies "weightsAdopted" or "error".
   */
  | {
      readonly type: "adoptWeights";
      readonly requestId: number;
      readonly graphId: string;
      readonly modelJson: string;
      /** The weight files by name (as the manifest names them, or their base names). */
      readonly weightFiles: ReadonlyMap<string, Uint8Array>;
    };

// ─── worker → main thread ────────────────────────────────────────────────

export interface BatchPoint {
  /** Global step (batches since the start of the run, 1-based). */
  readonly step: number;
  readonly epoch: number;
  /** Seconds since training started (pauses excluded). */
  readonly time: number;
  readonly loss: number;
  readonly metrics: Readonly<Record<string, number>>;
  readonly learningRate: number;
}

export interface EpochPoint {
  readonly epoch: number;
  readonly step: number;
  readonly time: number;
  readonly loss: number;
  readonly metrics: Readonly<Record<string, number>>;
  readonly valLoss?: number;
  readonly valMetrics?: Readonly<Record<string, number>>;
  readonly seconds: number;
}

export interface Histogram {
  readonly min: number;
  readonly max: number;
  /** Equal-width bins between min and max. */
  readonly counts: readonly number[];
}

export interface LayerProbe {
  readonly nodeId: string;
  /** Output shape of this layer for one sample (no batch dimension). */
  readonly shape: readonly number[];
  /**
   * The probe sample's activation at this layer, flattened (channels last).
   * Feature maps: shape [h, w, c]; dense: [units]. Capped in size by the worker.
   */
  readonly activation?: Float32Array;
  /** Shape of `activation` after capping (equals `shape` when nothing was cut). */
  readonly activationShape?: readonly number[];
  /** Mean absolute activation (for tinting nodes). */
  readonly meanAbsActivation?: number;
  readonly weights?: Histogram;
  readonly gradients?: Histogram;
  /** L2 norm of this layer's weight gradients (all its trainable weights). */
  readonly gradientNorm?: number;
}

export interface ProgressUpdate {
  readonly status: RunStatus;
  readonly epoch: number;
  readonly epochs: number;
  /** Batch within the epoch (1-based) and batches per epoch. */
  readonly batch: number;
  readonly batchesPerEpoch: number;
  readonly samplesPerSecond: number;
  /** Estimated seconds to the end of the run (pauses excluded). */
  readonly secondsRemaining: number;
}

export type WorkerReply =
  | {
      readonly type: "started";
      readonly runId: string;
      readonly backend: BackendName;
      /** Why a backend other than the requested (or `auto`'s first choice) runs — shown to the user. */
      readonly fallback?: I18nText;
      /** Why this backend runs (auto's reasoning, the setup's choice, or the fallback) — for the backend badge's tooltip. */
      readonly backendReason?: I18nText;
      /** Something the user should know about this start, e.g. a checkpoint that no longer fits the graph, so training starts fresh. */
      readonly notice?: I18nText;
      readonly trainCount: number;
      readonly validationCount: number;
      readonly batchSize: number;
      readonly parameterCount: number;
      /** True when weights were restored from the graph's checkpoint. */
      readonly resumed: boolean;
      /** The dataset's class names (classification), for labels on charts. */
      readonly classNames?: readonly string[];
      /** How the graph trains, and the numbers each step reports besides the loss (generator loss, KL…). */
      readonly recipe: RecipeName;
      readonly series: readonly RecipeSeries[];
    }
  | {
      readonly type: "progress";
      readonly runId: string;
      readonly progress: ProgressUpdate;
      /** New per-batch points since the last message. */
      readonly batches: readonly BatchPoint[];
      /** Epochs finished since the last message. */
      readonly epochs: readonly EpochPoint[];
    }
  | {
      readonly type: "probe";
      readonly runId: string;
      readonly step: number;
      readonly layers: readonly LayerProbe[];
    }
  | { readonly type: "status"; readonly runId: string; readonly status: RunStatus }
  | {
      readonly type: "failed";
      readonly runId: string;
      /** nan: NaN/∞ loss; invalid: graph or setup does not fit; dataset: data could not load; backend: no backend worked; memory: out of memory; internal: a bug. */
      readonly reason: "nan" | "invalid" | "dataset" | "backend" | "memory" | "internal";
      readonly message: I18nText;
      readonly diagnostics?: readonly Diagnostic[];
    }
  | {
      readonly type: "checkpointSaved";
      readonly runId: string;
      readonly graphId: string;
      readonly epoch: number;
    }
  | {
      readonly type: "checkpointInfo";
      readonly graphId: string;
      /** Null when there is no checkpoint. */
      readonly savedAt: string | null;
      readonly epoch?: number;
    }
  | {
      readonly type: "prediction";
      readonly requestId: number;
      /** count × outputs, the model's (first) output. */
      readonly outputs: Float32Array;
      readonly outputShape: readonly number[];
    }
  | {
      readonly type: "evaluation";
      readonly requestId: number;
      readonly classNames: readonly string[];
      /** confusion[actual][predicted] counts. */
      readonly confusion: readonly (readonly number[])[];
      readonly perClassAccuracy: readonly number[];
      /** Up to 9 sample indices into the validation split for each confusion cell (for example images). */
      readonly cellExamples: readonly (readonly (readonly number[])[])[];
      /** Misclassified samples: index into the validation split, actual, predicted, confidence. */
      readonly misclassified: readonly {
        readonly index: number;
        readonly actual: number;
        readonly predicted: number;
        readonly confidence: number;
      }[];
      /** The validation features (for drawing the example images), only for image datasets. */
      readonly features?: Float32Array;
      readonly sampleShape: readonly number[];
    }
  | {
      readonly type: "boundary";
      readonly requestId: number;
      /** Grid extent in data coordinates. */
      readonly xMin: number;
      readonly xMax: number;
      readonly yMin: number;
      readonly yMax: number;
      readonly resolution: number;
      /** resolution × resolution predicted class (or value for regression), row-major from yMin. */
      readonly predicted: Float32Array;
      /** resolution × resolution confidence of the predicted class. */
      readonly confidence: Float32Array;
    }
  /** The recipe's live picture: a few times a second at most while running, and at pause and end. */
  | {
      readonly type: "recipeView";
      readonly runId: string;
      readonly step: number;
      readonly view: RecipeView;
    }
  | { readonly type: "recipeAnswer"; readonly requestId: number; readonly answer: RecipeAnswer }
  | {
      readonly type: "exportedModel";
      readonly requestId: number;
      readonly files: readonly ExportedFile[];
      /** Which weights the files hold: the run's, the saved checkpoint's (after `epoch` epochs), or fresh ones. */
      readonly weights: "trained" | "checkpoint" | "initial";
      readonly epoch: number | null;
      /** What the files do not carry over (e.g. a recipe loop the PyTorch script leaves out), with its code. */
      readonly warnings: readonly I18nText[];
    }
  | {
      readonly type: "weightsAdopted";
      readonly requestId: number;
      /** Nodes whose weights came from the file. */
      readonly loaded: readonly string[];
      readonly diagnostics: readonly Diagnostic[];
    }
  /** The worker could not even answer (bad request): shown as a message, nothing is lost. */
  | {
      readonly type: "error";
      readonly message: I18nText;
      /** Set when the error answers a request (recipeQuery…), so the asker can stop waiting. */
      readonly requestId?: number;
    };
