/**
 * The words for a backend choice (chooseBackend.ts): why the chosen backend
 * runs, what went wrong with those passed over, and — for `auto`'s race —
 * how fast each was. English and Chinese, for the training panel and the CLI.
 */
import { type I18nText, t } from "../../graph/i18n";
import type { BackendChoice, BackendName } from "../../graph/training/setup";
import type { BackendAttempt, BackendSelection, BackendTiming } from "./chooseBackend";

/** How `auto` settled, when it timed steps: a race, or a run too short to be worth one. */
export type AutoVerdict =
  | { readonly kind: "race"; readonly timings: readonly BackendTiming[] }
  | { readonly kind: "shortRun"; readonly msPerStep: number; readonly runSeconds: number };

export function selection(
  choice: BackendChoice,
  backend: BackendName,
  attempts: readonly BackendAttempt[],
  verdict?: AutoVerdict,
): BackendSelection {
  const autoWhy = verdictReason(backend, verdict);
  const timings = verdict?.kind === "race" ? { timings: verdict.timings } : {};
  if (attempts.length === 0)
    return {
      backend,
      reason: choice === "auto" ? autoWhy : chosenReason(backend),
      attempts,
      ...timings,
    };
  const problems = attempts.map(describeAttempt);
  if (choice === "auto") {
    // Skipping a backend that is absent or lacks a kernel is how `auto` chooses, not a fallback
    // the user must be warned about: the reasons go into the explanation instead.
    return {
      backend,
      reason: t(
        `${autoWhy.en} (${problems.map((p) => p.en).join("; ")}.)`,
        `${autoWhy.zh}（${problems.map((p) => p.zh).join("；")}。）`,
      ),
      attempts,
      ...timings,
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

/** "wasm 41 ms, webgl 190 ms": times per step as people read them. */
function formatTimings(timings: readonly BackendTiming[], unit: string, separator: string): string {
  return timings
    .map((timing) => `${timing.backend} ${formatMs(timing.msPerStep)} ${unit}`)
    .join(separator);
}

function formatMs(value: number): string {
  return value < 10 ? value.toFixed(1) : Math.round(value).toString();
}

function verdictReason(backend: BackendName, verdict: AutoVerdict | undefined): I18nText {
  if (verdict?.kind === "race")
    return t(
      `Automatic: ${backend} trained this graph fastest of the backends that can here (per step: ${formatTimings(verdict.timings, "ms", ", ")}).`,
      `自动：在此处能训练此图的后端中，${backend} 训练最快（每步：${formatTimings(verdict.timings, "毫秒", "，")}）。`,
    );
  if (verdict?.kind === "shortRun") {
    const ms = formatMs(verdict.msPerStep);
    const seconds = Math.max(1, Math.round(verdict.runSeconds));
    return t(
      `Automatic: ${backend} trains this graph at ${ms} ms per step, about ${seconds} s for the whole run — too short for timing the other backends (which costs WebGL seconds to compile its shaders) to pay off.`,
      `自动：${backend} 训练此图每步 ${ms} 毫秒，整个训练约 ${seconds} 秒——太短，不值得再为其他后端计时（WebGL 需要数秒编译着色器）。`,
    );
  }
  return autoReason(backend);
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
