/**
 * Which backend trains a graph. An explicit choice is honoured when it
 * works; `auto` takes the first backend of the environment that works. A
 * backend "works" when it starts *and* a trial training step of this very
 * graph runs on it — a real probe rather than a hand-kept list of kernels, so
 * that a missing backward kernel (wasm has no Conv2DBackpropFilter) is found
 * before training starts. On failure the next backend is tried, and the
 * result says, in words, which backend runs and why.
 */
import { type I18nText, t } from "../../graph/i18n";
import type { BackendChoice, BackendName } from "../../graph/training/setup";
import { errorMessage, TrainingFailure } from "../engine/errors";
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
}

/** Runs one tiny training step of the graph on the current backend; throws what tfjs throws. */
export type TrialStep = (backend: BackendName) => void | Promise<void>;

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
): Promise<BackendSelection> {
  const attempts: BackendAttempt[] = [];
  for (const backend of candidates(choice, environment.available)) {
    if (!environment.available.includes(backend)) {
      attempts.push({ backend, problem: "unavailable" });
      continue;
    }
    if (!(await environment.activate(backend))) {
      attempts.push({ backend, problem: "init" });
      continue;
    }
    try {
      await trial(backend);
    } catch (error) {
      // A graph or dataset that cannot train is not the backend's fault: no point trying others.
      if (error instanceof TrainingFailure && error.reason !== "internal") throw error;
      const detail = errorMessage(error);
      const kernel = MISSING_KERNEL.exec(detail)?.[1];
      attempts.push(
        kernel ? { backend, problem: "kernel", kernel } : { backend, problem: "error", detail },
      );
      continue;
    }
    return selection(choice, backend, attempts);
  }
  throw new TrainingFailure(
    "backend",
    t(
      `No backend could train this graph: ${attempts.map((a) => describeAttempt(a).en).join("; ")}.`,
      `没有可以训练此图的后端：${attempts.map((a) => describeAttempt(a).zh).join("；")}。`,
    ),
  );
}

function selection(
  choice: BackendChoice,
  backend: BackendName,
  attempts: readonly BackendAttempt[],
): BackendSelection {
  if (attempts.length === 0)
    return {
      backend,
      reason: choice === "auto" ? autoReason(backend) : chosenReason(backend),
      attempts,
    };
  const problems = attempts.map(describeAttempt);
  if (choice === "auto") {
    // Skipping a backend that is absent or lacks a kernel is how `auto` chooses, not a fallback
    // the user must be warned about: the reasons go into the explanation instead.
    const why = autoReason(backend);
    return {
      backend,
      reason: t(
        `${why.en} (${problems.map((p) => p.en).join("; ")}.)`,
        `${why.zh}（${problems.map((p) => p.zh).join("；")}。）`,
      ),
      attempts,
    };
  }
  const fallback = t(
    `${problems.map((p) => p.en).join("; ")} — training runs on ${backend} instead.`,
    `${problems.map((p) => p.zh).join("；")}——改为在 ${backend} 上训练。`,
  );
  return { backend, reason: fallback, fallback, attempts };
}

export function describeAttempt(attempt: BackendAttempt): I18nText {
  const { backend } = attempt;
  switch (attempt.problem) {
    case "unavailable":
      return backend === "webgpu"
        ? t("WebGPU is not available here", "此处不支持 WebGPU")
        : t(`${backend} is not available here`, `此处不支持 ${backend}`);
    case "init":
      return t(`${backend} could not start`, `${backend} 无法启动`);
    case "kernel":
      return t(
        `${backend} lacks the kernel ${attempt.kernel} that training this graph needs`,
        `${backend} 缺少训练此图所需的算子 ${attempt.kernel}`,
      );
    case "error":
      return t(
        `${backend} failed a trial training step (${attempt.detail})`,
        `${backend} 未能完成试训练步骤（${attempt.detail}）`,
      );
  }
}

function chosenReason(backend: BackendName): I18nText {
  return t(
    `Training on ${backend}, as the training setup asks.`,
    `按训练设置的要求在 ${backend} 上训练。`,
  );
}

function autoReason(backend: BackendName): I18nText {
  switch (backend) {
    case "webgpu":
      return t(
        "Automatic: WebGPU is available, the fastest backend.",
        "自动：WebGPU 可用，它是最快的后端。",
      );
    case "wasm":
      return t(
        "Automatic: every kernel this graph needs, forward and backward, exists on wasm, which trains dense and recurrent networks about twice as fast as WebGL here.",
        "自动：此图前向和反向所需的算子在 wasm 上都有，而 wasm 训练全连接和循环网络的速度约为 WebGL 的两倍。",
      );
    case "webgl":
      return t(
        "Automatic: WebGL, the fastest backend that trains this graph here.",
        "自动：WebGL 是此处能训练此图的最快后端。",
      );
    case "cpu":
      return t(
        "Automatic: cpu, the only backend that trains this graph here.",
        "自动：cpu 是此处唯一能训练此图的后端。",
      );
  }
}
