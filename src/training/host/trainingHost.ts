/**
 * The worker's brain, free of worker globals so that Node tests can drive
 * it: it answers every WorkerRequest of protocol.ts with WorkerReplies, runs
 * one training run at a time, checkpoints per graph, and turns every failure
 * into a "failed" reply — it never throws and never goes silent.
 */
import { t } from "../../graph/i18n";
import type { BackendEnvironment } from "../backend/environment";
import { architectureKey } from "../checkpoints/architecture";
import type { CheckpointStore } from "../checkpoints/store";
import type { DatasetIO } from "../datasets/io";
import type { DatasetSource, LoadedDataset } from "../datasets/types";
import { classifyError, TrainingFailure } from "../engine/errors";
import { Trainer } from "../engine/trainer";
import type { LiveOptions, WorkerReply, WorkerRequest } from "../protocol";
import { RecipeTrainer } from "../recipes/recipeTrainer";
import { prepareRun, type TrainingRun } from "../session/prepare";
import { adoptWeights, exportModel, type LiveModel } from "./modelExchange";

export interface TrainingHostDependencies {
  readonly post: (reply: WorkerReply) => void;
  readonly environment: BackendEnvironment;
  readonly checkpoints: CheckpointStore;
  readonly datasetIO: DatasetIO;
  readonly loadDataset: (
    source: DatasetSource,
    io: DatasetIO,
    seed: number,
  ) => Promise<LoadedDataset>;
}

type StartRequest = Extract<WorkerRequest, { type: "start" }>;

interface ActiveRun {
  readonly runId: string;
  readonly graphId: string;
  readonly architecture: string;
  trainer: TrainingRun | null;
  /** Resolves when the run has ended (or never started). */
  finished: Promise<void>;
  cancelled: boolean;
  live: LiveOptions;
}

export class TrainingHost {
  private current: ActiveRun | null = null;
  /** Checkpoint writes, one after another. */
  private saving: Promise<void> = Promise.resolve();
  /** A save is waiting for its turn (and will capture the latest weights). */
  private saveQueued = false;

  constructor(private readonly deps: TrainingHostDependencies) {}

  /** Handles one request; replies come through `post`, possibly later. Never throws. */
  handle(request: WorkerRequest): void {
    this.dispatch(request).catch((error: unknown) => this.fail(this.current?.runId ?? "", error));
  }

  private async dispatch(request: WorkerRequest): Promise<void> {
    const trainer = this.current?.trainer ?? null;
    switch (request.type) {
      case "start":
        return this.start(request);
      case "pause":
        return trainer?.pause();
      case "resume":
        return trainer?.resume();
      case "step":
        return trainer?.step();
      case "stop":
        return this.stop();
      case "setLearningRate":
        return trainer?.setLearningRate(request.learningRate);
      case "setLive":
        if (this.current) this.current.live = request.live;
        return trainer?.setLive(request.live);
      case "resetWeights":
        return this.resetWeights(request.graphId);
      case "checkpointInfo": {
        const record = await this.deps.checkpoints.info(request.graphId);
        this.deps.post({
          type: "checkpointInfo",
          graphId: request.graphId,
          savedAt: record?.savedAt ?? null,
          ...(record ? { epoch: record.epoch } : {}),
        });
        return;
      }
      case "predict":
        return this.answer(() => {
          const result = this.classifier().predict(request.features, request.count);
          this.deps.post({ type: "prediction", requestId: request.requestId, ...result });
        });
      case "evaluate":
        return this.answer(() => {
          const result = this.classifier().evaluate();
          this.deps.post({ type: "evaluation", requestId: request.requestId, ...result });
        });
      case "boundary":
        return this.answer(() => {
          const result = this.classifier().boundary(request.resolution);
          this.deps.post({ type: "boundary", requestId: request.requestId, ...result });
        });
      case "recipeQuery":
        return this.answer(() => {
          const answer = this.trained().query(request.question);
          this.deps.post({ type: "recipeAnswer", requestId: request.requestId, answer });
        }, request.requestId);
      case "recipeView": {
        const run = this.current?.trainer;
        if (run instanceof RecipeTrainer) run.requestView();
        return;
      }
      case "exportModel":
        return this.answerLater(
          async () => exportModel(request, this.deps.checkpoints, this.liveModel()),
          request.requestId,
        );
      case "adoptWeights":
        return this.answerLater(
          async () => adoptWeights(request, this.deps.checkpoints),
          request.requestId,
        );
    }
  }

  /** The run's model, for an export of the same graph. */
  private liveModel(): LiveModel | null {
    const run = this.current;
    if (!run?.trainer) return null;
    return {
      graphId: run.graphId,
      architecture: run.architecture,
      model: run.trainer.trainedModel,
    };
  }

  /** Like answer(), for work that takes a while: the reply, or an "error" naming the request. */
  private async answerLater(body: () => Promise<WorkerReply>, requestId: number): Promise<void> {
    try {
      this.deps.post(await body());
    } catch (error) {
      this.deps.post({ type: "error", message: classifyError(error).text, requestId });
    }
  }

  /** The supervised run, for questions only a classifier or regressor answers. */
  private classifier(): Trainer {
    const trainer = this.trained();
    if (trainer instanceof Trainer) return trainer;
    throw new TrainingFailure(
      "invalid",
      t(
        "This question is about a supervised model; this graph trains with another recipe.",
        "此问题针对监督训练的模型；此图使用的是其他训练方案。",
      ),
    );
  }

  private trained(): TrainingRun {
    const trainer = this.current?.trainer;
    if (!trainer)
      throw new TrainingFailure(
        "invalid",
        t(
          "There is no trained model yet: press Train first.",
          "还没有训练好的模型：请先点击“训练”。",
        ),
      );
    return trainer;
  }

  /** Questions about the model get an "error" reply when they cannot be answered; the run goes on. */
  private answer(body: () => void, requestId?: number): void {
    try {
      body();
    } catch (error) {
      this.deps.post({
        type: "error",
        message: classifyError(error).text,
        ...(requestId !== undefined ? { requestId } : {}),
      });
    }
  }

  private async start(request: StartRequest): Promise<void> {
    await this.retire();
    const run: ActiveRun = {
      runId: request.runId,
      graphId: request.graphId,
      architecture: architectureKey(request.document),
      trainer: null,
      finished: Promise.resolve(),
      cancelled: false,
      live: request.live,
    };
    this.current = run;
    let done: () => void = () => {};
    run.finished = new Promise((resolve) => {
      done = resolve;
    });
    try {
      await this.train(run, request);
    } catch (error) {
      if (!run.cancelled) this.fail(run.runId, error);
    } finally {
      done();
    }
  }

  private async train(run: ActiveRun, request: StartRequest): Promise<void> {
    const { post } = this.deps;
    const { runId } = run;
    post({ type: "status", runId, status: "preparing" });
    const dataset = await this.deps.loadDataset(
      request.dataset,
      this.deps.datasetIO,
      request.setup.seed,
    );
    let mismatch = false;
    const prepared = await prepareRun({
      document: request.document,
      setup: request.setup,
      dataset,
      environment: this.deps.environment,
      restore: request.resume
        ? async (model) => {
            const record = await this.deps.checkpoints.info(run.graphId);
            if (!record) return null;
            if (record.architecture !== run.architecture) {
              mismatch = true;
              return null;
            }
            return (await this.deps.checkpoints.restore(run.graphId, model))?.epoch ?? null;
          }
        : undefined,
      trainer: {
        live: run.live,
        ...(request.startPaused ? { startPaused: true } : {}),
        onEvent: (event) => {
          if (!run.cancelled) post({ ...event, runId });
          if (event.type === "status" && event.status === "paused") this.checkpoint(run);
        },
        onEpochEnd: () => this.checkpoint(run),
      },
    });
    const { trainer, backend } = prepared;
    if (run.cancelled) {
      trainer.dispose();
      post({ type: "status", runId, status: "stopped" });
      return;
    }
    run.trainer = trainer;
    // The live options may have changed while preparing.
    trainer.setLive(run.live);
    post({
      type: "started",
      runId,
      backend: backend.backend,
      ...(backend.fallback ? { fallback: backend.fallback } : {}),
      backendReason: backend.reason,
      trainCount: trainer.info.trainCount,
      validationCount: trainer.info.validationCount,
      batchSize: trainer.info.batchSize,
      parameterCount: trainer.info.parameterCount,
      ...(trainer.info.classNames ? { classNames: trainer.info.classNames } : {}),
      resumed: prepared.restoredEpoch !== null,
      recipe: request.setup.recipe,
      series: trainer instanceof RecipeTrainer ? trainer.series : [],
      ...(mismatch
        ? {
            notice: t(
              "The saved weights belong to an earlier version of this graph, so training starts from fresh weights.",
              "保存的权重属于此图的早期版本，因此从新的权重开始训练。",
            ),
          }
        : {}),
    });
    const outcome = await trainer.run();
    // Stopped, or a NaN caught before it reached the weights: those weights are worth keeping.
    if (!run.cancelled && (outcome.status === "stopped" || outcome.failure?.reason === "nan"))
      await this.checkpoint(run);
  }

  /**
   * Saves the current weights for the run's graph, after any save under way.
   * Requests that arrive while a save waits its turn share it (it captures
   * the weights when it starts), so stepping quickly queues one save, not many.
   */
  private checkpoint(run: ActiveRun): Promise<void> {
    const trainer = run.trainer;
    if (!trainer || run.cancelled || this.saveQueued) return this.saving;
    this.saveQueued = true;
    this.saving = this.saving
      .then(async () => {
        this.saveQueued = false;
        if (run.cancelled) return;
        const epoch = trainer.completedEpochs;
        await this.deps.checkpoints.save(trainer.trainedModel, {
          graphId: run.graphId,
          architecture: run.architecture,
          epoch,
          savedAt: new Date().toISOString(),
        });
        this.deps.post({ type: "checkpointSaved", runId: run.runId, graphId: run.graphId, epoch });
      })
      .catch((error: unknown) => {
        this.saveQueued = false;
        // A checkpoint that cannot be written (storage full, private mode) must not end the run.
        const reason = classifyError(error).text;
        this.deps.post({
          type: "error",
          message: t(
            `The weights could not be saved in the browser: ${reason.en}`,
            `无法在浏览器中保存权重：${reason.zh}`,
          ),
        });
      });
    return this.saving;
  }

  private async stop(): Promise<void> {
    const run = this.current;
    if (!run) return;
    if (run.trainer) run.trainer.stop();
    else run.cancelled = true;
  }

  /** Ends the current run (if any), waits for it, and releases its model. */
  private async retire(): Promise<void> {
    const run = this.current;
    if (!run) return;
    // Cancelled first: a run still preparing must not start, and nothing more of it is posted.
    run.cancelled = true;
    run.trainer?.stop();
    await run.finished;
    await this.saving;
    run.trainer?.dispose();
    run.trainer = null;
    if (this.current === run) this.current = null;
  }

  private async resetWeights(graphId: string): Promise<void> {
    const run = this.current;
    if (run && run.graphId === graphId) {
      const runId = run.runId;
      await this.retire();
      this.deps.post({ type: "status", runId, status: "idle" });
    }
    await this.deps.checkpoints.remove(graphId);
    this.deps.post({ type: "checkpointInfo", graphId, savedAt: null });
  }

  /** An error nothing caught (worker `error` / `unhandledrejection`): reported against the current run. */
  crashed(error: unknown): void {
    this.fail(this.current?.runId ?? "", error);
  }

  private fail(runId: string, error: unknown): void {
    const failure = classifyError(error);
    this.deps.post({
      type: "failed",
      runId,
      reason: failure.reason,
      message: failure.text,
      ...(failure.diagnostics ? { diagnostics: failure.diagnostics } : {}),
    });
    this.deps.post({ type: "status", runId, status: "failed" });
  }
}
