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
  readonly paletteTitle: string;
  /** {count}: number of layer kinds. */
  readonly paletteCount: string;
  readonly categories: Readonly<Record<Category, string>>;
  readonly status: string;
  /** {name}: the example's name. */
  readonly exampleHeading: string;
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
  readonly checksPassed: string;
  readonly problemsHeading: string;
  readonly exampleFailed: string;
}

const en: Messages = {
  appName: "Neurograph",
  documentTitle: "Neurograph — design neural networks visually",
  languageGroup: "Language",
  paletteTitle: "Layers",
  paletteCount: "{count} layer kinds",
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
  status:
    "The visual canvas editor is in development. Until it lands, this page checks the bundled example in your browser and shows its shapes and parameter counts.",
  exampleHeading: "Example: {name}",
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
  checksPassed:
    "Checked: every layer's input shape, output shape and parameter count is consistent.",
  problemsHeading: "Problems found",
  exampleFailed: "The bundled example could not be loaded.",
};

const zh: Messages = {
  appName: "Neurograph",
  documentTitle: "Neurograph — 可视化设计神经网络",
  languageGroup: "语言",
  paletteTitle: "层",
  paletteCount: "共 {count} 种层",
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
  status:
    "可视化画布编辑器正在开发中。在它上线之前，本页面会在浏览器中校验内置示例，并显示其形状与参数量。",
  exampleHeading: "示例：{name}",
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
  checksPassed: "校验通过：每一层的输入形状、输出形状和参数量均一致。",
  problemsHeading: "发现的问题",
  exampleFailed: "无法加载内置示例。",
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
