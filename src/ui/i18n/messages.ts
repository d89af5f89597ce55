/**
 * Every string the UI shows, in English and 简体中文. Layer names and
 * summaries are not here: they live with each layer kind in src/graph.
 * The Messages interface makes a missing translation a type error.
 */
import type { Category, Locale } from "../../graph";

export interface Messages {
  readonly appName: string;
  readonly documentTitle: string;
  readonly languageGroup: string;
  readonly categories: Readonly<Record<Category, string>>;
  /** {name}: the example's name. */
  readonly summaryCaption: string;
  readonly columnLayer: string;
  readonly columnKind: string;
  readonly columnShape: string;
  readonly columnParams: string;
  readonly columnFlops: string;
  readonly totalRow: string;
  readonly totalParams: string;
  readonly trainableParams: string;
  readonly nonTrainableParams: string;
  readonly weightMemory: string;
  readonly unknown: string;
}

const en: Messages = {
  appName: "Neurograph",
  documentTitle: "Neurograph — design neural networks visually",
  languageGroup: "Language",
  categories: {
    input: "Input",
    core: "Core",
    convolution: "Convolution",
    pooling: "Pooling",
    recurrent: "Recurrent",
    attention: "Attention",
    normalization: "Normalization",
    merge: "Merge",
    generative: "Generative",
  },
  summaryCaption: "Model summary of {name}",
  columnLayer: "Layer",
  columnKind: "Kind",
  columnShape: "Output shape",
  columnParams: "Parameters",
  columnFlops: "FLOPs per sample",
  totalRow: "Total",
  totalParams: "Total parameters",
  trainableParams: "Trainable",
  nonTrainableParams: "Non-trainable",
  weightMemory: "Weight memory",
  unknown: "unknown",
};

const zh: Messages = {
  appName: "Neurograph",
  documentTitle: "Neurograph — 可视化设计神经网络",
  languageGroup: "语言",
  categories: {
    input: "输入",
    core: "核心",
    convolution: "卷积",
    pooling: "池化",
    recurrent: "循环",
    attention: "注意力",
    normalization: "归一化",
    merge: "合并",
    generative: "生成",
  },
  summaryCaption: "{name} 的模型摘要",
  columnLayer: "层",
  columnKind: "类型",
  columnShape: "输出形状",
  columnParams: "参数量",
  columnFlops: "每样本 FLOPs",
  totalRow: "合计",
  totalParams: "总参数量",
  trainableParams: "可训练",
  nonTrainableParams: "不可训练",
  weightMemory: "权重内存",
  unknown: "未知",
};

export const MESSAGES: Readonly<Record<Locale, Messages>> = { en, zh };

/** Each language's name in itself, for the language toggle. */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { en: "English", zh: "简体中文" };

/** BCP 47 tags for the lang attribute. */
export const LANGUAGE_TAGS: Readonly<Record<Locale, string>> = { en: "en", zh: "zh-CN" };

export const LOCALES: readonly Locale[] = ["en", "zh"];

/** Fills {name} placeholders; unknown placeholders stay visible so they get noticed. */
export function format(
  template: string,
  values: Readonly<Record<string, string | number>>,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
