/** Sequence and text datasets: forecasting, long-range memory, many-to-one and many-to-many text. */
import { t } from "../../i18n";
import { numberOption, readNumber } from "../datasetOptions";
import type { DatasetSpec } from "../datasetSpec";
import { FILL_BLANK_CLASSES, FILL_BLANK_VOCABULARY } from "./fillBlank";
import { NOISE_OPTION } from "./toy";

export const SEQUENCE_SIZE_OPTION = numberOption("size", t("Samples", "样本数"), {
  default: 2000,
  min: 10,
  max: 20_000,
  integer: true,
});

export const SINE_STEPS_OPTION = numberOption(
  "steps",
  t("Window (time steps)", "窗口长度（时间步）"),
  {
    default: 20,
    min: 2,
    max: 200,
    integer: true,
  },
);

export const FIRST_SYMBOL_LENGTH_OPTION = numberOption("length", t("Sequence length", "序列长度"), {
  default: 30,
  min: 2,
  max: 200,
  integer: true,
});

export const FIRST_SYMBOL_SYMBOLS_OPTION = numberOption("symbols", t("Symbols", "符号种数"), {
  default: 4,
  min: 2,
  max: 10,
  integer: true,
});

export const REVERSE_LENGTH_OPTION = numberOption(
  "length",
  t("Digits per sequence", "每个序列的数字个数"),
  {
    default: 6,
    min: 2,
    max: 20,
    integer: true,
  },
);

export const COUNT_LENGTH_OPTION = numberOption("length", t("Steps to count", "计数的步数"), {
  default: 8,
  min: 2,
  max: 30,
  integer: true,
});

/** Class names (and, for reverseDigits, the token of each id): the digits themselves. */
export const DIGIT_NAMES: readonly string[] = Array.from({ length: 10 }, (_, d) => String(d));

/** Sentences of the text datasets are padded (with id 0) to this many tokens. */
export const TEXT_MAX_LENGTH = 12;
/** Token ids of the sentiment task: padding, unknown, and the words of its templates. */
export const SENTIMENT_VOCABULARY_SIZE = 47;
/** Token ids of the tagging task. */
export const TAGGING_VOCABULARY_SIZE = 45;
/** Tags of the tagging task; tag 0 marks padding. */
export const TAGGING_TAGS = ["PAD", "DET", "ADJ", "NOUN", "VERB", "ADV", "PREP", "PRON"] as const;

export const SEQUENCE_SPECS: readonly DatasetSpec[] = [
  {
    id: "sine",
    family: "sequence",
    name: t("Sine-wave forecasting", "正弦波预测"),
    description: t(
      "A window of a sine wave (random frequency and phase) → its next value. Regression; values in [-1.5, 1.5].",
      "一段正弦波（频率和相位随机）→ 预测下一个值。回归任务；数值在 [-1.5, 1.5] 内。",
    ),
    options: [SEQUENCE_SIZE_OPTION, SINE_STEPS_OPTION, { ...NOISE_OPTION, default: 0.02 }],
    shapes: (options) => ({
      inputShape: [readNumber(options, SINE_STEPS_OPTION), 1],
      task: "regression",
      targetShape: [1],
    }),
  },
  {
    id: "firstSymbol",
    family: "sequence",
    name: t("Remember the first symbol", "记住第一个符号"),
    description: t(
      "After a stretch of silence of random length comes a sequence of random one-hot symbols; the label is the first symbol. The answer often lies far back in time: a simple RNN forgets it, an LSTM remembers.",
      "一段随机长度的静默之后是一串随机的独热编码符号，标签是第一个符号。答案常常远在之前：简单 RNN 会遗忘，LSTM 能记住。",
    ),
    options: [SEQUENCE_SIZE_OPTION, FIRST_SYMBOL_LENGTH_OPTION, FIRST_SYMBOL_SYMBOLS_OPTION],
    shapes: (options) => {
      const symbols = readNumber(options, FIRST_SYMBOL_SYMBOLS_OPTION);
      return {
        inputShape: [readNumber(options, FIRST_SYMBOL_LENGTH_OPTION), symbols],
        task: "classification",
        numClasses: symbols,
        classNames: Array.from({ length: symbols }, (_, i) => String.fromCharCode(65 + i)),
      };
    },
  },
  {
    id: "sentiment",
    family: "text",
    name: t("Sentiment of short reviews", "短评情感分类"),
    description: t(
      'Generated English reviews such as "the movie was not good" labelled negative or positive, with negations and intensifiers. Many-to-one: token ids → one class.',
      "生成的英文短评，例如 “the movie was not good”，标注为负面或正面，包含否定和程度词。多对一：词元编号 → 一个类别。",
    ),
    options: [{ ...SEQUENCE_SIZE_OPTION, default: 1000 }],
    shapes: () => ({
      inputShape: [TEXT_MAX_LENGTH],
      task: "classification",
      numClasses: 2,
      classNames: ["negative", "positive"],
      integerFeatures: true,
      vocabularySize: SENTIMENT_VOCABULARY_SIZE,
    }),
  },
  {
    id: "tagging",
    family: "text",
    name: t("Part-of-speech tagging", "词性标注"),
    description: t(
      'Generated English sentences with a tag per word (determiner, adjective, noun, verb, …). Words such as "run" or "watch" are nouns or verbs depending on context. Many-to-many: one class per time step.',
      "生成的英文句子，每个词带一个词性标签（限定词、形容词、名词、动词……）。“run”“watch”等词是名词还是动词取决于上下文。多对多：每个时间步一个类别。",
    ),
    options: [{ ...SEQUENCE_SIZE_OPTION, default: 1000 }],
    shapes: () => ({
      inputShape: [TEXT_MAX_LENGTH],
      task: "classification",
      numClasses: TAGGING_TAGS.length,
      targetShape: [TEXT_MAX_LENGTH, TAGGING_TAGS.length],
      perStep: true,
      classNames: [...TAGGING_TAGS],
      integerFeatures: true,
      vocabularySize: TAGGING_VOCABULARY_SIZE,
    }),
  },
  {
    id: "fillBlank",
    family: "text",
    name: t("Fill in the blank", "填空"),
    description: t(
      'Generated English sentences with one blank, such as "tomorrow i will ___ a new phone": the words before it give the tense, the words after it the meaning (buy, sell, fix, wash), so only both sides together name the missing word. One class per step: "—" everywhere but at the blank. A forward-only RNN must answer before it has read the right-hand side; a bidirectional one has read both.',
      "生成的英文句子，每句有一个空，例如 “tomorrow i will ___ a new phone”：空前面的词决定时态，空后面的词决定词义（买、卖、修、洗），只有把两侧结合起来才能确定缺的词。每个时间步一个类别：除空位外都是 “—”。只向前读的 RNN 必须在读到右侧之前作答；双向 RNN 两侧都读过。",
    ),
    options: [{ ...SEQUENCE_SIZE_OPTION, default: 1000 }],
    shapes: () => ({
      inputShape: [TEXT_MAX_LENGTH],
      task: "classification",
      numClasses: FILL_BLANK_CLASSES.length,
      targetShape: [TEXT_MAX_LENGTH, FILL_BLANK_CLASSES.length],
      perStep: true,
      classNames: [...FILL_BLANK_CLASSES],
      integerFeatures: true,
      vocabularySize: FILL_BLANK_VOCABULARY.length,
    }),
  },
  {
    id: "reverseDigits",
    family: "sequence",
    name: t("Reverse the digits", "把数字倒过来"),
    description: t(
      "A sequence of random digits (token ids 0–9) → the same digits in reverse order, one class per step. Each output step must look at a distant input step: a toy task for attention (many-to-many).",
      "一串随机数字（词元编号 0–9）→ 倒序排列的同一串数字，每个时间步一个类别。每个输出步都要看远处的某个输入步：适合注意力机制的玩具任务（多对多）。",
    ),
    options: [{ ...SEQUENCE_SIZE_OPTION, default: 4000 }, REVERSE_LENGTH_OPTION],
    shapes: (options) => {
      const length = readNumber(options, REVERSE_LENGTH_OPTION);
      return {
        inputShape: [length],
        task: "classification",
        numClasses: 10,
        targetShape: [length, 10],
        perStep: true,
        classNames: [...DIGIT_NAMES],
        integerFeatures: true,
        vocabularySize: 10,
      };
    },
  },
  {
    id: "countFrom",
    family: "sequence",
    name: t("Count on from a digit", "从一个数字往下数"),
    description: t(
      "One start digit, one-hot ([10]) → the sequence start, start + 1, start + 2, … (mod 10), one class per step. One-to-many: a single input unrolled into a sequence.",
      "一个起始数字（独热编码，[10]）→ 序列 起始、起始 + 1、起始 + 2……（模 10），每个时间步一个类别。一对多：把单个输入展开成一个序列。",
    ),
    options: [{ ...SEQUENCE_SIZE_OPTION, default: 500 }, COUNT_LENGTH_OPTION],
    shapes: (options) => {
      const length = readNumber(options, COUNT_LENGTH_OPTION);
      return {
        inputShape: [10],
        task: "classification",
        numClasses: 10,
        targetShape: [length, 10],
        perStep: true,
        classNames: [...DIGIT_NAMES],
      };
    },
  },
];
