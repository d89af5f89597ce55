/**
 * The loop that runs a recipe's algorithm (types.ts) with the same controls
 * and messages as the supervised Trainer: pause between any two iterations,
 * Step runs exactly one, Stop, a new learning rate while paused, progress
 * batched to about ten messages a second, a NaN or ∞ loss ends the run with
 * its reason, and the recipe's live view a few times a second and at every
 * pause and end. Ownership as for the Trainer: the run releases what the
 * algorithm made for training (close); dispose() releases the model too.
 */
import type * as tf from "@tensorflow/tfjs";
import type { TrainingSetup } from "../../graph/training/setup";
import { Speedometer } from "../engine/epochTally";
import { classifyError, TrainingFailure } from "../engine/errors";
import { Yielder } from "../engine/eventLoop";
import { nanFailureText } from "../engine/nanFailure";
import { ProgressBatcher } from "../engine/progressBatcher";
import { progressUpdate } from "../engine/progressUpdate";
import { RunControl } from "../engine/runControl";
import type { RunOutcome, TrainerEvent, TrainerInfo } from "../engine/trainer";
import type { EpochPoint, LiveOptions, ProgressUpdate, RunStatus } from "../protocol";
import type { RecipeAnswer, RecipeQuestion, RecipeSeries, RecipeView } from "../recipeViews";
import type { RecipeAlgorithm } from "./types";

export type RecipeTrainerEvent =
  | TrainerEvent
  | { readonly type: "recipeView"; readonly step: number; readonly view: RecipeView };

export interface RecipeTrainerOptions {
  readonly algorithm: RecipeAlgorithm;
  readonly setup: TrainingSetup;
  readonly initialEpoch?: number;
  readonly startPaused?: boolean;
  readonly onEvent?: (event: RecipeTrainerEvent) => void;
  readonly onEpochEnd?: (point: EpochPoint) => Promise<void> | void;
  readonly progressIntervalMs?: number;
  /** Minimum time between live views (default 500 ms). */
  readonly viewIntervalMs?: number;
  readonly now?: () => number;
}

/** Running means of the loss and each series over an epoch, weighted by samples. */
class SeriesTally {
  private weight = 0;
  private lossSum = 0;
  private readonly sums = new Map<string, number>();

  add(loss: number, metrics: Readonly<Record<string, number>>, samples: number): void {
    this.weight += samples;
    this.lossSum += loss * samples;
    for (const [key, value] of Object.entries(metrics))
      this.sums.set(key, (this.sums.get(key) ?? 0) + value * samples);
  }

  get loss(): number {
    return this.weight > 0 ? this.lossSum / this.weight : Number.NaN;
  }

  get metrics(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [key, sum] of this.sums) out[key] = this.weight > 0 ? sum / this.weight : Number.NaN;
    return out;
  }
}

export class RecipeTrainer {
  readonly info: TrainerInfo;
  readonly series: readonly RecipeSeries[];
  private readonly algorithm: RecipeAlgorithm;
  private readonly setup: TrainingSetup;
  private readonly now: () => number;
  private readonly emit: (event: RecipeTrainerEvent) => void;
  private readonly control: RunControl;
  private readonly batcher: ProgressBatcher;
  private readonly speed = new Speedometer();
  private readonly viewIntervalMs: number;
  private learningRate: number;
  private activeMs = 0;
  private epochsDone: number;
  private globalStep: number;
  private epochNow = 0;
  private stepInEpoch = 0;
  private lastViewAt = Number.NEGATIVE_INFINITY;
  private started = false;
  private disposed = false;
  private opened = false;

  constructor(private readonly options: RecipeTrainerOptions) {
    this.algorithm = options.algorithm;
    this.setup = options.setup;
    this.now = options.now ?? (() => performance.now());
    this.emit = options.onEvent ?? (() => {});
    this.viewIntervalMs = options.viewIntervalMs ?? 500;
    this.learningRate = this.setup.optimizer.learningRate;
    const a = this.algorithm;
    this.series = a.series;
    this.info = {
      trainCount: a.trainCount,
      validationCount: a.validationCount,
      batchSize: a.batchSize,
      batchesPerEpoch: a.stepsPerEpoch,
      parameterCount: a.parameterCount,
      ...(a.classNames ? { classNames: a.classNames } : {}),
    };
    this.epochsDone = Math.min(options.initialEpoch ?? 0, this.setup.epochs);
    this.globalStep = this.epochsDone * a.stepsPerEpoch;
    this.batcher = new ProgressBatcher(
      (batch) => this.emit({ type: "progress", progress: this.progress(), ...batch }),
      options.progressIntervalMs ?? 100,
      this.now,
    );
    this.control = new RunControl((status) => {
      if (status === "paused") {
        this.batcher.flush();
        this.emitView();
      }
      this.emit({ type: "status", status });
    });
  }

  get currentStatus(): RunStatus {
    return this.control.status;
  }

  get completedEpochs(): number {
    return this.epochsDone;
  }

  get currentLearningRate(): number {
    return this.learningRate;
  }

  get trainedModel(): tf.LayersModel {
    return this.algorithm.model;
  }

  /** Trains until the last epoch, Stop, or a failure. Never throws. */
  async run(): Promise<RunOutcome> {
    if (this.started || this.disposed) throw new Error("RecipeTrainer.run() may be called once");
    this.started = true;
    const epochs: EpochPoint[] = [];
    let failure: TrainingFailure | undefined;
    try {
      this.algorithm.open(this.learningRate);
      this.opened = true;
      this.control.begin(this.options.startPaused === true);
      this.emitView();
      const yielder = new Yielder(25, this.now);
      for (let epoch = this.epochsDone + 1; epoch <= this.setup.epochs; epoch++) {
        const point = await this.runEpoch(epoch, yielder);
        if (!point) break;
        epochs.push(point);
        this.epochsDone = epoch;
        this.batcher.addEpoch(point);
        await this.options.onEpochEnd?.(point);
      }
    } catch (error) {
      failure = classifyError(error);
    } finally {
      if (this.opened) this.algorithm.close();
    }
    const status = failure ? "failed" : this.control.stopping ? "stopped" : "finished";
    this.control.end(status);
    this.batcher.flush();
    this.batcher.dispose();
    if (!failure || failure.reason === "nan") this.emitView();
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

  private async runEpoch(epoch: number, yielder: Yielder): Promise<EpochPoint | null> {
    const steps = this.algorithm.stepsPerEpoch;
    const epochStart = this.activeMs;
    const tally = new SeriesTally();
    for (let index = 0; index < steps; index++) {
      const turn = await this.control.nextBatch();
      if (turn === "stop") return null;
      const start = this.now();
      const result = this.algorithm.step({ epoch, index, globalStep: this.globalStep + 1 });
      const elapsed = this.now() - start;
      this.activeMs += elapsed;
      if (!Number.isFinite(result.loss))
        throw new TrainingFailure(
          "nan",
          nanFailureText(this.setup.optimizer, this.learningRate, {
            epoch,
            step: this.globalStep + 1,
          }),
        );
      this.globalStep++;
      this.epochNow = epoch;
      this.stepInEpoch = index + 1;
      this.speed.add(result.samples, elapsed);
      tally.add(result.loss, result.metrics, result.samples);
      this.batcher.addBatch({
        step: this.globalStep,
        epoch,
        time: this.activeMs / 1000,
        loss: result.loss,
        metrics: result.metrics,
        learningRate: this.learningRate,
      });
      if (this.now() - this.lastViewAt >= this.viewIntervalMs) this.emitView();
      if (this.control.batchDone(turn)) this.batcher.flushPending();
      else await yielder.maybeYield();
    }
    const validationStart = this.now();
    const held = this.algorithm.endEpoch?.(epoch);
    this.activeMs += this.now() - validationStart;
    return {
      epoch,
      step: this.globalStep,
      time: this.activeMs / 1000,
      loss: tally.loss,
      metrics: tally.metrics,
      ...(held?.valLoss !== undefined ? { valLoss: held.valLoss } : {}),
      ...(held?.valMetrics ? { valMetrics: held.valMetrics } : {}),
      seconds: (this.activeMs - epochStart) / 1000,
    };
  }

  /** Sends the recipe's live view; a view that fails is skipped, never the run. */
  private emitView(): void {
    if (this.disposed) return;
    try {
      this.emit({ type: "recipeView", step: this.globalStep, view: this.algorithm.view() });
    } catch {
      // The next view will try again; training must not fail for a picture.
    }
    this.lastViewAt = this.now();
  }

  private progress(): ProgressUpdate {
    return progressUpdate({
      status: this.control.status,
      epochNow: this.epochNow,
      epochsDone: this.epochsDone,
      epochs: this.setup.epochs,
      batchInEpoch: this.stepInEpoch,
      batchesPerEpoch: this.info.batchesPerEpoch,
      trainCount: this.info.trainCount,
      globalStep: this.globalStep,
      samplesPerSecond: this.speed.samplesPerSecond,
    });
  }

  // ─── controls ──────────────────────────────────────────────────────────

  pause(): void {
    this.control.pause();
  }

  resume(): void {
    this.control.resume();
  }

  step(): void {
    this.control.step();
  }

  stop(): void {
    if (this.started) this.control.stop();
  }

  setLearningRate(learningRate: number): void {
    if (!(learningRate > 0) || !Number.isFinite(learningRate)) return;
    this.learningRate = learningRate;
    if (this.opened && !this.control.over) this.algorithm.setLearningRate(learningRate);
  }

  /** Recipes have no per-layer probes; a view is sent instead so the panel refreshes. */
  setLive(_live: LiveOptions): void {
    if (this.control.status === "paused" || this.control.over) this.emitView();
  }

  /** The current view as data (the CLI's report). */
  snapshot(): RecipeView {
    return this.algorithm.view();
  }

  /** The current view, on request (the panel opened). */
  requestView(): void {
    this.emitView();
  }

  query(question: RecipeQuestion): RecipeAnswer {
    return this.algorithm.query(question);
  }

  dispose(): void {
    if (this.disposed) return;
    this.stop();
    this.batcher.dispose();
    this.disposed = true;
    this.algorithm.dispose();
  }
}
