/**
 * Why a run could not start or had to end, in words the user can read. The
 * worker forwards `reason` and `text` as a "failed" reply; the CLI prints the
 * text. Anything else thrown is a bug or an out-of-memory, told apart by
 * `classifyError`.
 */
import type { Diagnostic } from "../../graph/diagnostics";
import { type I18nText, t } from "../../graph/i18n";

export type FailureReason = "nan" | "invalid" | "dataset" | "backend" | "memory" | "internal";

export class TrainingFailure extends Error {
  readonly reason: FailureReason;
  readonly text: I18nText;
  readonly diagnostics: readonly Diagnostic[] | undefined;
  constructor(reason: FailureReason, text: I18nText, diagnostics?: readonly Diagnostic[]) {
    super(text.en);
    this.name = "TrainingFailure";
    this.reason = reason;
    this.text = text;
    this.diagnostics = diagnostics;
  }
}

/** Browsers and tfjs word running out of memory in several ways. */
const OUT_OF_MEMORY =
  /out of memory|\boom\b|failed to allocate|allocation failed|array buffer allocation|cannot allocate|enlarge memory|invalid array length|context lost/i;

export function errorMessage(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 400);
}

/** Any exception as a failure: ours keep their reason; the rest are memory or internal. */
export function classifyError(error: unknown): TrainingFailure {
  if (error instanceof TrainingFailure) return error;
  const text = errorMessage(error);
  const named = error as { text?: I18nText; name?: string };
  if (named?.name === "DatasetError" && named.text)
    return new TrainingFailure("dataset", named.text);
  if (OUT_OF_MEMORY.test(text))
    return new TrainingFailure(
      "memory",
      t(
        `Training ran out of memory (${text}). Try a smaller batch size, fewer or smaller layers, or a smaller dataset. Your graph and editor are untouched.`,
        `训练时内存不足（${text}）。请尝试更小的批大小、更少或更小的层，或更小的数据集。你的图和编辑器都没有受到影响。`,
      ),
    );
  return new TrainingFailure(
    "internal",
    t(
      `Training stopped on an unexpected error: ${text}. This is a Neurograph bug; please report it with this graph. Your graph is untouched.`,
      `训练因意外错误而停止：${text}。这是 Neurograph 的缺陷，请附上此图报告。你的图没有受到影响。`,
    ),
  );
}
