/**
 * What the panel's buttons do. Each action sends one request through the
 * worker client and records the run in the store; nothing here touches a
 * tensor. A few actions need a model in the worker first (Step from the
 * start, Evaluate after a reload): they start a paused run — restoring the
 * graph's checkpoint when there is one — and send their request once the
 * worker has said "started".
 */
import type { ExportTarget } from "../../export/modelFiles";
import type { GraphDocument } from "../../graph";
import { readTrainingSetup } from "../../graph/training/setup";
import type { LiveOptions, WorkerReply, WorkerRequest } from "../../training/protocol";
import type { RecipeAnswer, RecipeQuestion } from "../../training/recipeViews";
import { useFilesStore } from "../files/filesStore";
import { useEditorStore } from "../store/editorStore";
import { modelFingerprint } from "./fingerprint";
import { flushUpdates, receiveReply } from "./receiveReply";
import { beginRun, effectiveLive, forgetRun, useTrainingStore } from "./trainingStore";
import { trainingI18n } from "./trainingText";
import { datasetSource } from "./uploads";
import { RecipeQueryError, TrainingWorkerClient } from "./workerClient";

let waitingForStart: ((started: boolean) => void)[] = [];

function onReply(reply: WorkerReply): void {
  receiveReply(reply);
  if (reply.type === "started" || reply.type === "failed") {
    const waiting = waitingForStart;
    waitingForStart = [];
    for (const resolve of waiting) resolve(reply.type === "started");
  }
}

function onCrash(detail: string): void {
  flushUpdates();
  useTrainingStore.setState((s) => ({
    status: s.runId ? "failed" : s.status,
    failure: { reason: "crash", message: trainingI18n("crashed"), detail },
  }));
  for (const resolve of waitingForStart) resolve(false);
  waitingForStart = [];
}

let client: TrainingWorkerClient | null = null;

function worker(): TrainingWorkerClient {
  client ??= new TrainingWorkerClient({ reply: onReply, crashed: onCrash });
  return client;
}

let runCounter = 0;

export function currentGraphId(): string {
  return useFilesStore.getState().currentId ?? "unsaved";
}

export interface TrainOptions {
  /** Continue from the graph's checkpoint. */
  readonly resume: boolean;
  readonly startPaused?: boolean;
}

/** Starts a run; resolves with whether the worker started it. */
export async function train(options: TrainOptions): Promise<boolean> {
  const document = useEditorStore.getState().document;
  const graphId = currentGraphId();
  const { setup } = readTrainingSetup(document.training);
  const runId = `run-${Date.now().toString(36)}-${++runCounter}`;
  beginRun(runId, graphId, modelFingerprint(document), options.startPaused ?? false, setup);
  const source = await datasetSource(setup, graphId);
  if (!source.ok) {
    useTrainingStore.setState({
      status: "failed",
      failure: { reason: "dataset", message: source.error },
    });
    return false;
  }
  const started = new Promise<boolean>((resolve) => waitingForStart.push(resolve));
  worker().start({
    type: "start",
    runId,
    graphId,
    document,
    setup,
    dataset: source.value,
    live: effectiveLive(useTrainingStore.getState()),
    resume: options.resume,
    ...(options.startPaused ? { startPaused: true } : {}),
  });
  return started;
}

function send(request: WorkerRequest): void {
  worker().send(request);
}

export const pause = () => send({ type: "pause" });
export const resume = () => send({ type: "resume" });
export const stop = () => send({ type: "stop" });

/** Whether the worker holds a model of the current run (running, paused or done). */
export function hasModel(): boolean {
  const { runId, status, info } = useTrainingStore.getState();
  return (
    worker().alive &&
    runId !== null &&
    info !== null &&
    (status === "running" || status === "paused" || status === "stopped" || status === "finished")
  );
}

/**
 * One batch, then paused. Only a paused run can step; otherwise a paused run
 * is started first — from the checkpoint when there is one, so stepping
 * after Stop goes on from the trained weights.
 */
export async function step(): Promise<void> {
  if (useTrainingStore.getState().status !== "paused" || !hasModel()) {
    const resumeFromCheckpoint = useTrainingStore.getState().checkpoint?.savedAt != null;
    if (!(await train({ resume: resumeFromCheckpoint, startPaused: true }))) return;
  }
  send({ type: "step" });
}

export function resetWeights(): void {
  send({ type: "resetWeights", graphId: currentGraphId() });
  useTrainingStore.setState((s) => ({
    checkpoint: s.checkpoint ? { ...s.checkpoint, savedAt: null, epoch: null } : null,
    evaluation: null,
    boundary: null,
    prediction: null,
  }));
}

export function setLearningRate(learningRate: number): void {
  send({ type: "setLearningRate", learningRate });
  useTrainingStore.setState({ learningRate });
}

/** The user's live choices (the Layers view's checkboxes and probe index). */
export function setLive(live: LiveOptions): void {
  useTrainingStore.setState({ live });
}

// Whenever what is worth computing changes (a checkbox, the Layers view shown or hidden, the tint),
// the worker is told — and only then.
let sentLive = "";
useTrainingStore.subscribe((state) => {
  const live = effectiveLive(state);
  const key = JSON.stringify(live);
  if (key === sentLive) return;
  sentLive = key;
  if (client?.alive && state.runId) send({ type: "setLive", live });
});

/** Another graph was opened: stop the old graph's run and listen to it no more. */
export function abandonRun(): void {
  const { status } = useTrainingStore.getState();
  if (client && (status === "running" || status === "paused" || status === "preparing"))
    send({ type: "stop" });
  client?.forgetRun();
  flushUpdates();
  forgetRun();
}

export function askCheckpoint(graphId: string): void {
  send({ type: "checkpointInfo", graphId });
}

/** A paused run being started to answer questions; shared, so a burst of requests starts one run. */
let loading: Promise<boolean> | null = null;

async function ensureModel(): Promise<boolean> {
  if (hasModel()) return true;
  loading ??= train({ resume: true, startPaused: true }).finally(() => {
    loading = null;
  });
  return loading;
}

/** Makes sure a model is loaded (a paused run from the checkpoint when needed), then sends `request`. */
async function withModel(request: (requestId: number) => WorkerRequest): Promise<void> {
  if (await ensureModel()) send(request(worker().nextRequestId()));
}

export const evaluate = () => withModel((requestId) => ({ type: "evaluate", requestId }));
export const requestBoundary = (resolution: number) =>
  withModel((requestId) => ({ type: "boundary", requestId, resolution }));
export const predict = (features: Float32Array) =>
  withModel((requestId) => ({ type: "predict", requestId, features, count: 1 }));

/**
 * Asks the recipe (or the trained classifier) a question — decode a point,
 * a word's neighbours, attack a sample… Loads the model first when needed;
 * rejects with a RecipeQueryError (a bilingual message) when it cannot be
 * answered. Nothing in the store changes on failure.
 */
export async function queryRecipe(question: RecipeQuestion): Promise<RecipeAnswer> {
  if (!(await ensureModel())) throw new RecipeQueryError(trainingI18n("noModel"));
  return worker().query(question);
}

/** Asks for a fresh live picture of the recipe now (its panel just opened), when there is a model. */
export function requestRecipeView(): void {
  if (hasModel()) send({ type: "recipeView" });
}

/**
 * The graph's model as an export target's files, from the worker (which holds tfjs and the weights): the
 * run's trained weights when the run is this graph's, else its checkpoint, else fresh ones.
 */
export function exportModelFiles(
  document: GraphDocument,
  target: ExportTarget,
): Promise<Extract<WorkerReply, { type: "exportedModel" }>> {
  const graphId = currentGraphId();
  return worker().ask(
    (requestId) => ({ type: "exportModel", requestId, graphId, document, target }),
    "exportedModel",
  );
}

/** Keeps an imported model's weights as the checkpoint of the graph just opened from it. */
export function adoptImportedWeights(
  graphId: string,
  modelJson: string,
  weightFiles: ReadonlyMap<string, Uint8Array>,
): Promise<Extract<WorkerReply, { type: "weightsAdopted" }>> {
  return worker().ask(
    (requestId) => ({ type: "adoptWeights", requestId, graphId, modelJson, weightFiles }),
    "weightsAdopted",
  );
}
