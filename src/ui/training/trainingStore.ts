/**
 * The training panel's state: the current run (status, backend, progress,
 * curves, probes, evaluation), what the user watches, and checkpoints. The
 * per-batch curves live in a mutable BatchSeries; `seriesVersion` tells the
 * charts when to redraw, bumped at most ten times a second. Views select
 * single fields, so a progress message re-renders the panel's charts, never
 * the editor.
 */
import { create } from "zustand";
import type { Diagnostic, I18nText } from "../../graph";
import type { BackendName, TrainingSetup } from "../../graph/training/setup";
import type {
  EpochPoint,
  LayerProbe,
  LiveOptions,
  ProgressUpdate,
  RunStatus,
  WorkerReply,
} from "../../training/protocol";
import type { RecipeName, RecipeSeries, RecipeView } from "../../training/recipeViews";
import { BatchSeries } from "./batchSeries";
import { GradientHistory } from "./gradientHistory";

export type FailureReason = Extract<WorkerReply, { type: "failed" }>["reason"] | "crash";

export interface RunInfo {
  readonly backend: BackendName;
  readonly fallback: I18nText | null;
  /** Why this backend runs (auto's reasoning, the setup's choice), for the badge's tooltip. */
  readonly backendReason: I18nText | null;
  readonly trainCount: number;
  readonly validationCount: number;
  readonly batchSize: number;
  readonly parameterCount: number;
  readonly resumed: boolean;
  readonly classNames: readonly string[] | null;
  /** How the run trains, and the named numbers each progress point carries besides the loss. */
  readonly recipe: RecipeName;
  readonly series: readonly RecipeSeries[];
}

export interface RunFailure {
  readonly reason: FailureReason;
  readonly message: I18nText;
  /** The browser's own words when the worker crashed. */
  readonly detail?: string;
  readonly diagnostics?: readonly Diagnostic[];
}

export interface CheckpointState {
  readonly graphId: string;
  readonly savedAt: string | null;
  readonly epoch: number | null;
}

export type Evaluation = Extract<WorkerReply, { type: "evaluation" }>;
export type Boundary = Extract<WorkerReply, { type: "boundary" }>;
export type Prediction = Extract<WorkerReply, { type: "prediction" }>;

export interface TrainingState {
  readonly runId: string | null;
  /** The graph the run trains, and its model fingerprint when the run started (see fingerprint.ts). */
  readonly runGraphId: string | null;
  readonly builtFingerprint: string | null;
  /** The run was started paused (Step from the beginning, or loading weights to evaluate). */
  readonly startPaused: boolean;
  readonly status: RunStatus;
  readonly info: RunInfo | null;
  readonly progress: ProgressUpdate | null;
  readonly learningRate: number | null;
  readonly series: BatchSeries;
  readonly seriesVersion: number;
  readonly epochs: readonly EpochPoint[];
  readonly probeStep: number | null;
  readonly probes: ReadonlyMap<string, LayerProbe>;
  readonly gradients: GradientHistory;
  /** Mean |activation| per node, scaled to [0, 1] by the largest, for tinting the canvas. */
  readonly tint: Readonly<Record<string, number>>;
  readonly failure: RunFailure | null;
  /** A request the worker refused ("error" reply): shown, nothing else changes. */
  readonly notice: I18nText | null;
  readonly checkpoint: CheckpointState | null;
  readonly lastSavedEpoch: number | null;
  /** What the user asked to watch (the Layers view's checkboxes). */
  readonly live: LiveOptions;
  /** The Layers view is on screen: only then are histograms and feature maps worth computing. */
  readonly liveViewOpen: boolean;
  readonly tintNodes: boolean;
  readonly xAxis: "step" | "time";
  readonly smoothing: number;
  readonly evaluation: Evaluation | null;
  readonly boundary: Boundary | null;
  readonly prediction: Prediction | null;
  /** The setup the current run was started with (labels its robustness curve, for one). */
  readonly runSetup: TrainingSetup | null;
  /** The recipe's latest live picture, and the step it shows. */
  readonly recipeView: RecipeView | null;
  readonly recipeViewStep: number | null;
}

export const INITIAL_LIVE: LiveOptions = { activations: true, histograms: true, probeIndex: 0 };

export const useTrainingStore = create<TrainingState>()(() => ({
  runId: null,
  runGraphId: null,
  builtFingerprint: null,
  startPaused: false,
  status: "idle",
  info: null,
  progress: null,
  learningRate: null,
  series: new BatchSeries(),
  seriesVersion: 0,
  epochs: [],
  probeStep: null,
  probes: new Map(),
  gradients: new GradientHistory(),
  tint: {},
  failure: null,
  notice: null,
  checkpoint: null,
  lastSavedEpoch: null,
  live: INITIAL_LIVE,
  liveViewOpen: false,
  tintNodes: false,
  xAxis: "step",
  smoothing: 0.9,
  evaluation: null,
  boundary: null,
  prediction: null,
  runSetup: null,
  recipeView: null,
  recipeViewStep: null,
}));

/**
 * What the worker is asked to compute: what the user ticked, and only while
 * someone can see it — activations for the Layers view or the canvas tint,
 * histograms and gradient norms for the Layers view. Probes cost the worker
 * real time (a small CNN trains ~40 % slower with them), so hidden views
 * cost nothing.
 */
export function effectiveLive(state: TrainingState): LiveOptions {
  return {
    activations: state.live.activations && (state.liveViewOpen || state.tintNodes),
    histograms: state.live.histograms && state.liveViewOpen,
    probeIndex: state.live.probeIndex,
  };
}

/** A new run begins: everything of the previous run is cleared, view settings stay. */
export function beginRun(
  runId: string,
  graphId: string,
  fingerprint: string,
  startPaused = false,
  setup: TrainingSetup | null = null,
): void {
  useTrainingStore.setState((s) => ({
    runId,
    startPaused,
    runGraphId: graphId,
    builtFingerprint: fingerprint,
    status: "preparing",
    info: null,
    progress: null,
    learningRate: null,
    series: new BatchSeries(),
    seriesVersion: s.seriesVersion + 1,
    epochs: [],
    probeStep: null,
    probes: new Map(),
    gradients: new GradientHistory(),
    tint: {},
    failure: null,
    notice: null,
    evaluation: null,
    boundary: null,
    prediction: null,
    lastSavedEpoch: null,
    runSetup: setup,
    recipeView: null,
    recipeViewStep: null,
  }));
}

/** Another graph was opened: the panel shows nothing of the old graph's run. */
export function forgetRun(): void {
  beginRun("", "", "");
  useTrainingStore.setState({
    runId: null,
    runGraphId: null,
    builtFingerprint: null,
    status: "idle",
  });
}
