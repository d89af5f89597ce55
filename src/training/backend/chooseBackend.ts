/**
 * Which backend trains a graph. An explicit choice is honoured when it
 * works; `auto` takes the first backend of the environment that works. A
 * backend "works" when it starts *and* a trial training step of this very
 * graph runs on it — a real probe rather than a hand-kept list of kernels, so
 * that a missing backward kernel is found before training starts. On failure the next backend is tried, and the
 * result says, in words, which backend runs and why.
 *
 * Given a step timer (prepareRun gives one for graphs with a convolution),
 * `auto` races: the first backend that works times a few steps of the graph at
 * the setup's batch size; when the whole run would take it RACE_WORTHWHILE_MS
 * or more, every other backend that trains the graph (but cpu, when another
 * does) is timed too, within CHALLENGER_BUDGET_MS, and the fastest runs. Which one that is
 * depends on the machine, not only on the graph: measured in headless Chromium
 * here (software GL), wasm trains a small CNN 4.6× faster than WebGL, while on a
 * real GPU WebGL is expected to win — no fixed order is right for both.
 */
import { type I18nText, t } from "../../graph/i18n";
import type { BackendChoice, BackendName } from "../../graph/training/setup";
import { errorMessage, TrainingFailure } from "../engine/errors";
import { describeAttempt, selection } from "./backendReasons";
import { BACKEND_ORDER, type BackendEnvironment } from "./environment";

export interface BackendAttempt {
  readonly backend: BackendName;
  /** unavailable: not offered here; init: failed to start; kernel: lacks a kernel the graph needs; error: the trial step failed otherwise. */
  readonly problem: "unavailable" | "init" | "kernel" | "error";
  readonly kernel?: string;
  readonly detail?: string;
}

export interface BackendSelection {
  readonly backend: BackendName;
  /** Why this backend runs, for the panel. */
  readonly reason: I18nText;
  /** Set when a backend before it (the one chosen, or auto's earlier choice) failed: what happened. */
  readonly fallback?: I18nText;
  /** The backends that were tried and failed, in order. */
  readonly attempts: readonly BackendAttempt[];
  /** When `auto` raced the backends that work: each one's time per step, fastest first. */
  readonly timings?: readonly BackendTiming[];
}

/** Runs one tiny training step of the graph on the current backend; throws what tfjs throws. */
export type TrialStep = (backend: BackendName) => void | Promise<void>;

/** A few steps of the graph timed on the current backend, after warm-up, and the steps the whole run takes. */
export interface StepTiming {
  readonly msPerStep: number;
  readonly stepsPerRun: number;
}

/** Times steps on `backend` (made current), stopping early past `budgetMs` (see timeSteps). */
export type StepTimer = (
  backend: BackendName,
  budgetMs: number,
) => StepTiming | Promise<StepTiming>;

/**
 * `auto` races only a run the first working backend would take at least this
 * long over: timing another backend costs its warm-up (WebGL took ~5 s to start
 * and compile its shaders in headless Chromium here), which a shorter run
 * cannot win back.
 */
export const RACE_WORTHWHILE_MS = 30_000;

/** What timing a challenger may cost: its warm-up (WebGL's shader compiling included) and a few steps. */
export const CHALLENGER_BUDGET_MS = 10_000;

export interface BackendTiming {
  readonly backend: BackendName;
  readonly msPerStep: number;
}

export const MISSING_KERNEL = /Kernel '([^']+)' not registered for backend '([^']+)'/;

/** The backends to try for a choice: the chosen one, then those after it in the order of preference. */
export function candidates(
  choice: BackendChoice,
  available: readonly BackendName[],
): BackendName[] {
  if (choice === "auto") return [...available];
  const after = BACKEND_ORDER.slice(BACKEND_ORDER.indexOf(choice) + 1).filter((b) =>
    available.includes(b),
  );
  return [choice, ...after];
}

export async function chooseBackend(
  choice: BackendChoice,
  environment: BackendEnvironment,
  trial: TrialStep,
  timer?: StepTimer,
): Promise<BackendSelection> {
  const attempts: BackendAttempt[] = [];
  const timings: BackendTiming[] = [];
  let first: { backend: BackendName; timing?: StepTiming } | null = null;
  let current: BackendName | null = null;
  const race = choice === "auto" && timer !== undefined;
  for (const backend of candidates(choice, environment.available)) {
    // cpu never outruns a backend that trains the graph: timing it would only cost time.
    if (race && backend === "cpu" && first) break;
    const failure = await tryBackend(backend, environment, trial);
    if (failure === "unavailable") {
      attempts.push({ backend, problem: "unavailable" });
      continue;
    }
    if (failure?.problem !== "init") current = backend;
    if (failure) {
      attempts.push(failure);
      continue;
    }
    if (!race) return selection(choice, backend, attempts);
    const budget = first ? CHALLENGER_BUDGET_MS : Number.POSITIVE_INFINITY;
    const timing = await timeOn(backend, timer, budget, attempts);
    if (!first) {
      first = timing ? { backend, timing } : { backend };
      // A short run cannot win back what timing the others costs (WebGL compiles its shaders
      // first: seconds here), so the first backend that works runs it.
      const runMs = timing ? timing.msPerStep * timing.stepsPerRun : 0;
      if (timing && runMs < RACE_WORTHWHILE_MS)
        return selection(choice, backend, attempts, {
          kind: "shortRun",
          msPerStep: timing.msPerStep,
          runSeconds: runMs / 1000,
        });
    }
    if (timing) timings.push({ backend, msPerStep: timing.msPerStep });
  }
  if (!first) throw noBackend(attempts);
  timings.sort((a, b) => a.msPerStep - b.msPerStep);
  const winner = timings[0]?.backend ?? first.backend;
  if (current !== winner) await environment.activate(winner);
  return selection(
    choice,
    winner,
    attempts,
    timings.length > 1 ? { kind: "race", timings } : undefined,
  );
}

/** Times steps on the active backend; a failure drops the backend from the race and says why. */
async function timeOn(
  backend: BackendName,
  timer: StepTimer | undefined,
  budgetMs: number,
  attempts: BackendAttempt[],
): Promise<StepTiming | null> {
  if (!timer) return null;
  try {
    return await timer(backend, budgetMs);
  } catch (error) {
    if (error instanceof TrainingFailure && error.reason !== "internal") throw error;
    attempts.push({ backend, problem: "error", detail: errorMessage(error) });
    return null;
  }
}

/** Starts `backend` and runs the trial step on it: null when it trains the graph, else what went wrong. */
async function tryBackend(
  backend: BackendName,
  environment: BackendEnvironment,
  trial: TrialStep,
): Promise<BackendAttempt | "unavailable" | null> {
  if (!environment.available.includes(backend)) return "unavailable";
  if (!(await environment.activate(backend))) return { backend, problem: "init" };
  try {
    await trial(backend);
    return null;
  } catch (error) {
    // A graph or dataset that cannot train is not the backend's fault: no point trying others.
    if (error instanceof TrainingFailure && error.reason !== "internal") throw error;
    const detail = errorMessage(error);
    const kernel = MISSING_KERNEL.exec(detail)?.[1];
    return kernel ? { backend, problem: "kernel", kernel } : { backend, problem: "error", detail };
  }
}

function noBackend(attempts: readonly BackendAttempt[]): TrainingFailure {
  return new TrainingFailure(
    "backend",
    t(
      `No backend could train this graph: ${attempts.map((a) => describeAttempt(a).en).join("; ")}.`,
      `没有可以训练此图的后端：${attempts.map((a) => describeAttempt(a).zh).join("；")}。`,
    ),
  );
}

export { describeAttempt };
