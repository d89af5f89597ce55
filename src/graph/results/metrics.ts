/**
 * The figures a finished run is judged by — in the compare view's results
 * table, in a preset's expected outcome and in a lab's goals. One table, so
 * that a goal written by a teacher and a column read by a student mean the
 * same thing.
 */
import type { I18nText } from "../i18n";

export interface ResultMetricSpec {
  readonly label: I18nText;
  /** Which way is better: the compare view marks the best, the leaderboard sorts by it. */
  readonly better: "higher" | "lower";
  /** How a value reads: a fraction shown as a percentage, a count, seconds, bytes… */
  readonly unit: "fraction" | "count" | "seconds" | "bytes" | "perSecond" | "loss" | "flops";
}

export const RESULT_METRICS = {
  params: { label: { en: "Parameters", zh: "参数量" }, better: "lower", unit: "count" },
  flops: { label: { en: "FLOPs per sample", zh: "每样本 FLOPs" }, better: "lower", unit: "flops" },
  weightBytes: { label: { en: "Weight memory", zh: "权重内存" }, better: "lower", unit: "bytes" },
  epochs: { label: { en: "Epochs trained", zh: "训练轮数" }, better: "lower", unit: "count" },
  bestValAccuracy: {
    label: { en: "Best validation accuracy", zh: "最佳验证准确率" },
    better: "higher",
    unit: "fraction",
  },
  finalValAccuracy: {
    label: { en: "Final validation accuracy", zh: "最终验证准确率" },
    better: "higher",
    unit: "fraction",
  },
  finalAccuracy: {
    label: { en: "Final training accuracy", zh: "最终训练准确率" },
    better: "higher",
    unit: "fraction",
  },
  bestValLoss: {
    label: { en: "Best validation loss", zh: "最佳验证损失" },
    better: "lower",
    unit: "loss",
  },
  finalValLoss: {
    label: { en: "Final validation loss", zh: "最终验证损失" },
    better: "lower",
    unit: "loss",
  },
  finalLoss: {
    label: { en: "Final training loss", zh: "最终训练损失" },
    better: "lower",
    unit: "loss",
  },
  /** Final validation loss minus final training loss: how far the model overfits. */
  generalizationGap: {
    label: { en: "Generalisation gap (val − train loss)", zh: "泛化差距（验证−训练损失）" },
    better: "lower",
    unit: "loss",
  },
  /** The first epoch whose validation accuracy reached the run's target (absent when it never did). */
  epochsToTarget: {
    label: { en: "Epochs to target", zh: "达到目标所需轮数" },
    better: "lower",
    unit: "count",
  },
  secondsPerEpoch: {
    label: { en: "Time per epoch", zh: "每轮时间" },
    better: "lower",
    unit: "seconds",
  },
  samplesPerSecond: {
    label: { en: "Samples per second", zh: "每秒样本数" },
    better: "higher",
    unit: "perSecond",
  },
  // What recipes beyond classification learn (reported by the recipe's own report).
  modesCovered: {
    label: { en: "Modes covered", zh: "覆盖的模式数" },
    better: "higher",
    unit: "count",
  },
  attackedAccuracy: {
    label: { en: "Accuracy under attack", zh: "受攻击时的准确率" },
    better: "higher",
    unit: "fraction",
  },
  cleanAccuracy: {
    label: { en: "Clean accuracy", zh: "干净样本准确率" },
    better: "higher",
    unit: "fraction",
  },
  /** word2vec on the planted corpus: the share of partner words whose planted partner is the nearest neighbour. */
  partnersFirst: {
    label: { en: "Partners ranked first", zh: "搭档排第一的比例" },
    better: "higher",
    unit: "fraction",
  },
  /** word2vec on a real text: the share of known related words (gold/silver…) among each other's 10 nearest neighbours. */
  relatedInTop10: {
    label: { en: "Related words among the 10 nearest", zh: "相关词位于前 10 个近邻中的比例" },
    better: "higher",
    unit: "fraction",
  },
} as const satisfies Record<string, ResultMetricSpec>;

export type ResultMetric = keyof typeof RESULT_METRICS;

export function isResultMetric(name: string): name is ResultMetric {
  return Object.hasOwn(RESULT_METRICS, name);
}

/** A finished run's figures; a metric the run has no value for (no validation split, not a GAN) is absent. */
export type RunResults = Readonly<Partial<Record<ResultMetric, number>>>;
