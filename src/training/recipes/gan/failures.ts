/** A graph or dataset that does not fit the GAN recipe, said in both languages. */
import { t } from "../../../graph/i18n";
import { TrainingFailure } from "../../engine/errors";

export function invalid(en: string, zh: string): TrainingFailure {
  return new TrainingFailure("invalid", t(en, zh));
}

const MISSING_GRADIENT = /gradient function not found for (\w+)/;

/** A step that failed because tfjs cannot differentiate one of the graph's operations, in words; other errors as they are. */
export function explainStepFailure(error: unknown): unknown {
  const match = MISSING_GRADIENT.exec(error instanceof Error ? error.message : "");
  if (!match) return error;
  return invalid(
    `The GAN cannot be trained: TensorFlow.js has no gradient for the operation ${match[1]}, which a layer of this graph uses. Replace that layer (for instance with a Dense layer and a standard activation).`,
    `无法训练此 GAN：TensorFlow.js 没有运算 ${match[1]} 的梯度，而此图中的某个层用到了它。请替换该层（例如换成 Dense 层加常用激活函数）。`,
  );
}
