/** The message shown when a loss turns NaN or infinite, naming the most likely cause. */
import { type I18nText, t } from "../../graph/i18n";
import type { OptimizerSetup } from "../../graph/training/setup";

/**
 * Above these learning rates an optimizer usually diverges on normalised
 * data: adaptive optimizers take steps of about lr per weight, plain SGD
 * steps of lr × gradient.
 */
const HIGH_LEARNING_RATE: Record<OptimizerSetup["type"], number> = {
  sgd: 1,
  adam: 0.1,
  rmsprop: 0.1,
  adagrad: 1,
};

export function learningRateLooksTooHigh(optimizer: OptimizerSetup, learningRate: number): boolean {
  const limit =
    HIGH_LEARNING_RATE[optimizer.type] *
    (optimizer.type === "sgd" && optimizer.momentum > 0 ? 1 - optimizer.momentum : 1);
  return learningRate >= limit;
}

export function nanFailureText(
  optimizer: OptimizerSetup,
  learningRate: number,
  where: { readonly epoch: number; readonly step: number },
): I18nText {
  const at = t(
    `at step ${where.step} (epoch ${where.epoch})`,
    `在第 ${where.step} 步（第 ${where.epoch} 轮）`,
  );
  const kept = t(
    "Training stopped; the weights from before that step are kept.",
    "训练已停止；保留了该步之前的权重。",
  );
  if (learningRateLooksTooHigh(optimizer, learningRate))
    return t(
      `The loss became NaN or infinite ${at.en}. The likely cause is a learning rate too high for ${optimizer.type}: ${learningRate}. Try ${suggested(optimizer)} or lower. ${kept.en}`,
      `损失${at.zh}变为 NaN 或无穷大。可能的原因是学习率 ${learningRate} 对 ${optimizer.type} 来说太高。请尝试 ${suggested(optimizer)} 或更低。${kept.zh}`,
    );
  return t(
    `The loss became NaN or infinite ${at.en}. The likely cause is exploding gradients: normalise the inputs, add BatchNormalization or LayerNormalization, or lower the learning rate (now ${learningRate}). ${kept.en}`,
    `损失${at.zh}变为 NaN 或无穷大。可能的原因是梯度爆炸：请对输入做归一化，加入 BatchNormalization 或 LayerNormalization，或降低学习率（当前为 ${learningRate}）。${kept.zh}`,
  );
}

/**
 * The loss did not turn NaN only because cross-entropy clips its
 * probabilities (see divergence.ts): said as what it is, an infinite loss.
 */
export function divergedFailureText(
  optimizer: OptimizerSetup,
  learningRate: number,
  where: { readonly epoch: number; readonly step: number },
): I18nText {
  const cause = learningRateLooksTooHigh(optimizer, learningRate)
    ? t(
        `The likely cause is a learning rate too high for ${optimizer.type}: ${learningRate}. Try ${suggested(optimizer)} or lower.`,
        `可能的原因是学习率 ${learningRate} 对 ${optimizer.type} 来说太高。请尝试 ${suggested(optimizer)} 或更低。`,
      )
    : t(
        `The likely cause is exploding gradients: normalise the inputs, add BatchNormalization, or lower the learning rate (now ${learningRate}).`,
        `可能的原因是梯度爆炸：请对输入做归一化，加入 BatchNormalization，或降低学习率（当前为 ${learningRate}）。`,
      );
  return t(
    `The loss diverged at step ${where.step} (epoch ${where.epoch}): the network's predictions saturated on wrong classes, so the cross-entropy sits at its clipping limit — without clipping it would be infinite (NaN or ∞) — and no gradient flows any more. ${cause.en} Training stopped.`,
    `损失在第 ${where.step} 步（第 ${where.epoch} 轮）发散：网络的预测在错误的类别上饱和，交叉熵停在截断上限——若不截断它将是无穷大（NaN 或 ∞）——梯度也不再流动。${cause.zh}训练已停止。`,
  );
}

function suggested(optimizer: OptimizerSetup): string {
  return optimizer.type === "sgd" ? "0.01" : optimizer.type === "adagrad" ? "0.01" : "0.001";
}
