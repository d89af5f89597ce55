/**
 * The training loop: a custom loop rather than model.fit, so that it can
 * pause between any two batches, run exactly one (Step), stop, take a new
 * learning rate while paused, and show the gradients it already computed.
 *
 * Ownership: the Trainer owns the model it is given. When a run ends
 * (finished, stopped or failed) it disposes everything it made — the
 * optimizer and its slots, the dataset tensors — and keeps the model, so that evaluate / predict / boundary / saving still work;
 * dispose() releases the model too. `tf.memory().numTensors` after a run is
 * therefore the count before it plus the model's weights.
 */
import type * as tf from "@tensorflow/tfjs";
import type { GraphDocument } from "../../graph/document/schema";
import type { TrainingSetup } from "../../graph/training/setup";
import { resolveBatchSize } from "../../graph/training/setup";
import type { LoadedDataset } from "../datasets/types";
import type { EpochPoint, LiveOptions, ProgressUpdate, RunStatus, WorkerReply } from "../protocol";
import { adversarialBatch, featureRange, type InputRange } from "../recipes/adversarial";
import { answerClassifierQuestion } from "../recipes/classifierQuestions";
import type { RecipeAnswer, RecipeQuestion } from "../recipeViews";
import { checkCompatibility, type ModelSignature } from "./compatibility";
import { DeviceSplit } from "./deviceData";
import { DivergenceWatch } from "./divergence";
import { EpochTally, Speedometer } from "./epochTally";
import { classifyError, TrainingFailure } from "./errors";
import { Yielder } from "./eventLoop";
import {
  type Boundary,
  decisionBoundary,
  type Evaluation,
  evaluateSplit,
  type ModelInput,
  type Prediction,
  predictFeatures,
} from "./inspection";
import { divergedFailureText, nanFailureText } from "./nanFailure";
import { metricsFor, type ObjectiveSpec } from "./objective";
import { createOptimizer, disposeOptimizer, setOptimizerLearningRate } from "./optimizers";
import { ProbeSchedule } from "./probeSchedule";
import { ProgressBatcher } from "./progressBatcher";
import { progressUpdate } from "./progressUpdate";
import { RandomLayerSeeds } from "./randomLayers";
import { RunControl } from "./runControl";
import { epochOrder, splitValidation, type TrainValidationSplit } from "./split";
import { type StepContext, type StepOutcome, trainableVariables, trainStep } from "./step";
import { scoreSplit } from "./validation";

type WithoutRunId<T> = T extends unknown ? Omit<T, "runId"> : never;
/** What a run reports: the worker adds its runId and posts these as they are. */
export type TrainerEvent = WithoutRunId<
  Extract<WorkerReply, { type: "progress" | "probe" | "status" | "failed" }>
>;

export interface TrainerOptions {
  readonly model: tf.LayersModel;
  readonly dataset: LoadedDataset;
  readonly setup: TrainingSetup;
  /** The graph (for questions about its nodes, e.g. attention maps). */
  readonly document?: GraphDocument;
  /** The graph node of a tfjs layer (for probes); defaults to the layer name. */
  readonly nodeIdOf?: (layerName: string) => string;
  readonly live?: LiveOptions;
  /** Epochs already trained (when resuming from a checkpoint): the run starts at the next one. */
  readonly initialEpoch?: number;
  /** Start paused, so that Step runs the very first batch. */
  readonly startPaused?: boolean;
  readonly onEvent?: (event: TrainerEvent) => void;
  /** Awaited after each epoch, before the next one starts (checkpoints). */
  readonly onEpochEnd?: (point: EpochPoint) => Promise<void> | void;
  /** Minimum time between progress messages (default 100 ms: ten a second). */
  readonly progressIntervalMs?: number;
  /** Minimum time between live probes (default 400 ms). */
  readonly probeIntervalMs?: number;
  readonly now?: () => number;
}

export interface TrainerInfo {
  readonly trainCount: number;
  readonly validationCount: number;
  readonly batchSize: number;
  readonly batchesPerEpoch: number;
  readonly parameterCount: number;
  readonly classNames?: readonly string[];
}

export interface RunOutcome {
  readonly status: "finished" | "stopped" | "failed";
  /** Every epoch this run completed. */
  readonly epochs: readonly EpochPoint[];
  /** The last epoch completed, counting those before a resume. */
  readonly epochsDone: number;
  readonly failure?: TrainingFailure;
}

const OFF: LiveOptions = { activations: false, histograms: false, probeIndex: 0 };

/** What one run makes and must release, whatever way it ends. */
interface RunResources {
  train?: DeviceSplit;
  validation?: DeviceSplit;
  optimizer?: tf.Optimizer;
}

export class Trainer {
  readonly info: TrainerInfo;
  private readonly model: tf.LayersModel;
  private readonly setup: TrainingSetup;
  private readonly dataset: LoadedDataset;
  private readonly signature: ModelSignature;
  private readonly split: TrainValidationSplit;
  private readonly objective: ObjectiveSpec;
  private readonly now: () => number;
  private readonly emit: (event: TrainerEvent) => void;
  private readonly control: RunControl;
  private readonly batcher: ProgressBatcher;
  private readonly probes: ProbeSchedule;
  private readonly speed = new Speedometer();
  private readonly divergence: DivergenceWatch;
  private learningRate: number;
  /** Training time so far in milliseconds, pauses excluded. */
  private activeMs = 0;
  private epochsDone: number;
  private globalStep: number;
  /** Where the loop is, for progress messages. */
  private epochNow = 0;
  private batchInEpoch = 0;
  private started = false;
  private disposed = false;
  /** Set when a step's loss or gradients were not finite. */
  private nanFailure: TrainingFailure | undefined;
  /** The optimizer of the run under way (null before and after it). */
  private optimizer: tf.Optimizer | null = null;
  /** Set when the setup asks for adversarial training: the data's range, which attacks stay in. */
  private readonly adversarialRange: InputRange | null;

  constructor(private readonly options: TrainerOptions) {
    this.model = options.model;
    this.setup = options.setup;
    this.divergence = new DivergenceWatch(options.setup.loss);
    this.dataset = options.dataset;
    this.now = options.now ?? (() => performance.now());
    this.emit = options.onEvent ?? (() => {});
    this.signature = checkCompatibility(this.model, this.dataset);
    this.split = splitValidation(this.dataset.train, this.setup.validationSplit, this.setup.seed);
    this.objective = {
      loss: this.setup.loss,
      task: this.dataset.shapes.task,
      metrics: metricsFor(this.dataset.shapes.task, this.setup.metrics),
    };
    this.learningRate = this.setup.optimizer.learningRate;
    const adversarial = this.setup.recipe === "adversarial" && this.setup.adversarial.mix > 0;
    this.adversarialRange = adversarial ? featureRange(this.dataset.train.features) : null;
    const batchSize = resolveBatchSize(this.setup.batchSize, this.split.train.count);
    this.info = {
      trainCount: this.split.train.count,
      validationCount: this.split.validation?.count ?? 0,
      batchSize,
      batchesPerEpoch: Math.ceil(this.split.train.count / batchSize),
      parameterCount: this.model.countParams(),
      ...(this.dataset.shapes.classNames ? { classNames: this.dataset.shapes.classNames } : {}),
    };
    this.epochsDone = Math.min(options.initialEpoch ?? 0, this.setup.epochs);
    this.globalStep = this.epochsDone * this.info.batchesPerEpoch;
    this.batcher = new ProgressBatcher(
      (batch) => this.emit({ type: "progress", progress: this.progress(), ...batch }),
      options.progressIntervalMs ?? 100,
      this.now,
    );
    this.control = new RunControl((status) => {
      // Whoever paused wants to see where training stands.
      if (status === "paused") this.batcher.flush();
      this.emit({ type: "status", status });
    });
    this.probes = new ProbeSchedule({
      model: this.model,
      nodeIdOf: options.nodeIdOf ?? ((name) => name),
      live: options.live ?? OFF,
      intervalMs: options.probeIntervalMs ?? 400,
      now: this.now,
      sampleSplit: this.split.validation ?? this.split.train,
      signature: this.signature,
    });
  }

  get currentStatus(): RunStatus {
    return this.control.status;
  }

  /** Epochs completed so far, counting those before a resume (what a checkpoint records). */
  get completedEpochs(): number {
    return this.epochsDone;
  }

  get currentLearningRate(): number {
    return this.learningRate;
  }

  /** Trains until the last epoch, Stop, or a failure. Never throws: failures end in a "failed" event and outcome. */
  async run(): Promise<RunOutcome> {
    if (this.started || this.disposed) throw new Error("Trainer.run() may be called once");
    this.started = true;
    const epochs: EpochPoint[] = [];
    const made: RunResources = {};
    const seeds = new RandomLayerSeeds(this.model, this.setup.seed);
    let failure: TrainingFailure | undefined;
    try {
      const context = this.open(made);
      this.control.begin(this.options.startPaused === true);
      const yielder = new Yielder(25, this.now);
      for (let epoch = this.epochsDone + 1; epoch <= this.setup.epochs; epoch++) {
        const point = await this.runEpoch(epoch, context, made, seeds, yielder);
        if (!point) break;
        epochs.push(point);
        this.epochsDone = epoch;
        this.batcher.addEpoch(point);
        await this.options.onEpochEnd?.(point);
      }
    } catch (error) {
      failure = classifyError(error);
    } finally {
      this.close(made);
      seeds.restore();
    }
    failure ??= this.nanFailure;
    const status = failure ? "failed" : this.control.stopping ? "stopped" : "finished";
    this.control.end(status);
    this.batcher.flush();
    this.batcher.dispose();
    if (failure)
      this.emit({
        type: "failed",
        reason: failure.reason,
        message: failure.text,
        ...(failure.diagnostics ? { diagnostics: failure.diagnostics } : {}),
      });
    this.emit({ type: "status", status });
    return { status, epochs, epochsDone: this.epochsDone, ...(failure ? { failure } : {}) };
  }

  /** Uploads the data and makes the optimizer. */
  private open(made: RunResources): StepContext {
    const { inputShape, inputDtype } = this.signature;
    const shapes = this.dataset.shapes;
    made.train = new DeviceSplit(this.split.train, inputShape, inputDtype, shapes);
    if (this.split.validation)
      made.validation = new DeviceSplit(this.split.validation, inputShape, inputDtype, shapes);
    made.optimizer = createOptimizer(this.setup.optimizer);
    setOptimizerLearningRate(made.optimizer, this.learningRate);
    this.optimizer = made.optimizer;
    return {
      model: this.model,
      optimizer: made.optimizer,
      objective: this.objective,
      variables: trainableVariables(this.model),
    };
  }

  private close(made: RunResources): void {
    made.train?.dispose();
    made.validation?.dispose();
    this.optimizer = null;
    if (made.optimizer) disposeOptimizer(made.optimizer);
  }

  /** One epoch; null when the run stopped (or failed on a NaN) during it. */
  private async runEpoch(
    epoch: number,
    context: StepContext,
    made: RunResources,
    seeds: RandomLayerSeeds,
    yielder: Yielder,
  ): Promise<EpochPoint | null> {
    const train = made.train!;
    const { batchSize, batchesPerEpoch } = this.info;
    const order = epochOrder(train.count, this.setup.seed, epoch);
    const epochStart = this.activeMs;
    const tally = new EpochTally(this.objective.metrics.length);
    for (let b = 0; b < batchesPerEpoch; b++) {
      const turn = await this.control.nextBatch();
      if (turn === "stop") return null;
      const start = this.now();
      const end = Math.min(train.count, (b + 1) * batchSize);
      const indices = Int32Array.from(order.subarray(b * batchSize, end));
      seeds.beforeStep(this.globalStep + 1);
      const probing = this.probes.due(turn === "step");
      const { x: clean, y } = train.batch(indices);
      // Adversarial training: part of the batch becomes adversarial examples of the model as it is now.
      const x = this.adversarialRange
        ? adversarialBatch(
            this.model,
            clean,
            y,
            this.setup.adversarial,
            this.adversarialRange,
            this.globalStep + 1,
          )
        : clean;
      if (x !== clean) clean.dispose();
      let outcome: StepOutcome;
      try {
        outcome = trainStep(
          context,
          x,
          y,
          probing ? (grads) => this.probes.collectGradients(grads) : undefined,
        );
      } finally {
        x.dispose();
        y.dispose();
      }
      const elapsed = this.now() - start;
      this.activeMs += elapsed;
      if (!outcome.finite) {
        const where = { epoch, step: this.globalStep + 1 };
        this.nanFailure = new TrainingFailure(
          "nan",
          nanFailureText(this.setup.optimizer, this.learningRate, where),
        );
        return null;
      }
      if (this.divergence.observe(outcome.loss)) {
        const where = { epoch, step: this.globalStep + 1 };
        this.nanFailure = new TrainingFailure(
          "nan",
          divergedFailureText(this.setup.optimizer, this.learningRate, where),
        );
        return null;
      }
      this.globalStep++;
      this.epochNow = epoch;
      this.batchInEpoch = b + 1;
      this.speed.add(indices.length, elapsed);
      tally.add(outcome.loss, outcome.metrics, indices.length);
      this.batcher.addBatch({
        step: this.globalStep,
        epoch,
        time: this.activeMs / 1000,
        loss: outcome.loss,
        metrics: this.named(outcome.metrics),
        learningRate: this.learningRate,
      });
      if (probing) this.emitProbe();
      // After a Step the user waits for exactly this point.
      if (this.control.batchDone(turn)) this.batcher.flushPending();
      else await yielder.maybeYield();
    }
    const validationStart = this.now();
    const scores = made.validation ? scoreSplit(this.model, made.validation, this.objective) : null;
    this.activeMs += this.now() - validationStart;
    return {
      epoch,
      step: this.globalStep,
      time: this.activeMs / 1000,
      loss: tally.loss,
      metrics: this.named(tally.metrics),
      ...(scores ? { valLoss: scores.loss, valMetrics: this.named(scores.metrics) } : {}),
      seconds: (this.activeMs - epochStart) / 1000,
    };
  }

  private named(values: readonly number[]): Record<string, number> {
    const out: Record<string, number> = {};
    this.objective.metrics.forEach((name, i) => {
      out[name] = values[i]!;
    });
    return out;
  }

  private progress(): ProgressUpdate {
    return progressUpdate({
      status: this.control.status,
      epochNow: this.epochNow,
      epochsDone: this.epochsDone,
      epochs: this.setup.epochs,
      batchInEpoch: this.batchInEpoch,
      batchesPerEpoch: this.info.batchesPerEpoch,
      trainCount: this.info.trainCount,
      globalStep: this.globalStep,
      samplesPerSecond: this.speed.samplesPerSecond,
    });
  }

  private emitProbe(): void {
    const layers = this.probes.take();
    if (layers) this.emit({ type: "probe", step: this.globalStep, layers });
  }

  // ─── controls ──────────────────────────────────────────────────────────

  pause(): void {
    this.control.pause();
  }

  resume(): void {
    this.control.resume();
  }

  /** Exactly one batch, then paused. While running: pause after the batch under way. */
  step(): void {
    this.control.step();
  }

  stop(): void {
    if (this.started) this.control.stop();
  }

  /** Takes effect from the next batch; meant for a paused run (it works while running too). */
  setLearningRate(learningRate: number): void {
    if (!(learningRate > 0) || !Number.isFinite(learningRate)) return;
    this.learningRate = learningRate;
    if (this.optimizer) setOptimizerLearningRate(this.optimizer, learningRate);
  }

  setLive(live: LiveOptions): void {
    if (this.disposed) return;
    this.probes.setLive(live);
    // A paused or finished run shows the new view at once (no gradients without a step).
    if (this.control.status === "paused" || this.control.over) this.emitProbe();
  }

  // ─── questions to the model ────────────────────────────────────────────

  private modelInput(): ModelInput {
    return { model: this.model, ...this.signature };
  }

  /** Confusion matrix and friends on the validation split (the training split when there is none). */
  evaluate(): Evaluation {
    return evaluateSplit(
      this.modelInput(),
      this.split.validation ?? this.split.train,
      this.dataset.shapes,
      this.setup.loss,
    );
  }

  predict(features: Float32Array, count: number): Prediction {
    return predictFeatures(this.modelInput(), features, count);
  }

  boundary(resolution: number): Boundary {
    const splits = this.split.validation
      ? [this.split.train, this.split.validation]
      : [this.split.train];
    return decisionBoundary(
      this.modelInput(),
      splits,
      this.dataset.shapes,
      this.setup.loss,
      resolution,
    );
  }

  /** Attacks, robustness, gradient per time step, attention maps (see classifierQuestions.ts). */
  query(question: RecipeQuestion): RecipeAnswer {
    return answerClassifierQuestion(
      {
        model: this.model,
        ...(this.options.document ? { document: this.options.document } : {}),
        nodeIdOf: this.options.nodeIdOf ?? ((name) => name),
        dataset: this.dataset,
        setup: this.setup,
        split: this.split.validation ?? this.split.train,
        inputShape: this.signature.inputShape,
      },
      question,
    );
  }

  /** The model, for saving; still owned by the Trainer. */
  get trainedModel(): tf.LayersModel {
    return this.model;
  }

  /** Releases the model. Call after the run has ended (or instead of running). */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.stop();
    this.batcher.dispose();
    this.model.dispose();
  }
}
