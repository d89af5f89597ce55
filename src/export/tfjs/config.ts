/**
 * Typed reads of one layer's Keras config. A value Neurograph cannot express
 * faithfully throws Unsupported (caught by the importer, which then keeps the
 * layer as a marked `keras:<Class>` node); settings that only matter while training are
 * collected as notes.
 */
import { type I18nText, type Regularization, t } from "../../graph";
import { ACTIVATIONS } from "../../graph/layers/common";
import { jsonText } from "../../graph/text";
import { camelCase, field, isRecord, isWholeNumber, type JsonRecord } from "./json";
import type { LayerCall } from "./tensors";

export class Unsupported extends Error {
  constructor(readonly reason: I18nText) {
    super(reason.en);
  }
}

export function unsupported(en: string, zh: string): never {
  throw new Unsupported(t(en, zh));
}

const KNOWN_ACTIVATIONS: ReadonlySet<string> = new Set(ACTIVATIONS);
/** Keras names for functions tfjs calls differently. */
const ACTIVATION_ALIASES: Readonly<Record<string, string>> = { silu: "swish" };

function show(value: unknown): string {
  const text = jsonText(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

export class LayerConfig {
  /** Settings that were dropped because they only affect training (constraints, extra penalties, frozen weights). */
  readonly trainingOnly: string[] = [];
  /** What the imported node computes differently, said to the user. */
  readonly warnings: I18nText[] = [];

  constructor(
    readonly raw: JsonRecord,
    readonly className: string,
    /** The Keras version that wrote the file, when known ("2.15.0", "3.3.3"). */
    readonly kerasVersion: string | null,
    readonly call: LayerCall | null,
  ) {}

  get(key: string): unknown {
    return field(this.raw, key);
  }

  private bad(key: string, expectedEn: string, expectedZh: string): never {
    return unsupported(
      `its ${key} is ${show(this.get(key))}, but Neurograph expects ${expectedEn}.`,
      `其 ${key} 为 ${show(this.get(key))}，而 Neurograph 需要${expectedZh}。`,
    );
  }

  int(key: string, fallback?: number): number {
    const value = this.get(key);
    if (value === undefined || value === null) {
      if (fallback !== undefined) return fallback;
      return this.bad(key, "a whole number", "整数");
    }
    if (!isWholeNumber(value)) return this.bad(key, "a whole number", "整数");
    return value;
  }

  number(key: string, fallback: number): number {
    const value = this.get(key);
    if (value === undefined || value === null) return fallback;
    if (typeof value !== "number" || !Number.isFinite(value))
      return this.bad(key, "a number", "数值");
    return value;
  }

  bool(key: string, fallback: boolean): boolean {
    const value = this.get(key);
    if (value === undefined || value === null) return fallback;
    if (typeof value !== "boolean") return this.bad(key, "true or false", "true 或 false");
    return value;
  }

  string(key: string, fallback: string): string {
    const value = this.get(key);
    if (value === undefined || value === null) return fallback;
    if (typeof value !== "string") return this.bad(key, "text", "文本");
    return value;
  }

  /** One of `options`; anything else cannot be expressed. */
  choice<T extends string>(key: string, options: readonly T[], fallback: T): T {
    const value = this.string(key, fallback);
    const lower = value.toLowerCase() as T;
    if (!options.includes(lower))
      return this.bad(key, `one of ${options.join(", ")}`, `${options.join("、")} 之一`);
    return lower;
  }

  /** kernel_size, strides, pool_size, …: a number or a list of `rank` numbers; null keeps null. */
  tuple(key: string, rank: number, fallback?: number[] | null): number[] | null {
    const value = this.get(key);
    if (value === undefined || value === null) {
      if (fallback !== undefined) return fallback;
      return this.bad(key, `${rank} whole number(s)`, `${rank} 个整数`);
    }
    if (isWholeNumber(value)) return Array.from({ length: rank }, () => value);
    if (Array.isArray(value) && value.length === rank && value.every(isWholeNumber))
      return [...(value as number[])];
    return this.bad(key, `${rank} whole number(s)`, `${rank} 个整数`);
  }

  /** An axis given as a number or a one-element list (tfjs writes LayerNormalization's as [2]). */
  axis(key: string, fallback: number): number {
    const value = this.get(key);
    if (value === undefined || value === null) return fallback;
    if (isWholeNumber(value)) return value;
    if (Array.isArray(value) && value.length === 1 && isWholeNumber(value[0])) return value[0];
    return this.bad(key, "a single axis", "单个轴");
  }

  /** An activation as our name; Keras 3 may write it as an object naming the function. */
  activation(key: string, fallback: string): string {
    let value = this.get(key);
    if (isRecord(value)) value = typeof value.config === "string" ? value.config : value.class_name;
    if (value === undefined || value === null) return fallback;
    if (typeof value !== "string") return this.bad(key, "an activation name", "激活函数名称");
    const name = ACTIVATION_ALIASES[value] ?? camelCase(value.toLowerCase());
    if (!KNOWN_ACTIVATIONS.has(name)) {
      return unsupported(
        `its activation ${show(value)} is not one Neurograph has (${ACTIVATIONS.join(", ")}).`,
        `其激活函数 ${show(value)} 不在 Neurograph 支持的范围内（${ACTIVATIONS.join("、")}）。`,
      );
    }
    if (name === "hardSigmoid" && this.kerasVersion?.startsWith("3")) {
      // Keras 3 redefined hard_sigmoid as relu6(x + 3) / 6; tfjs keeps clip(0.2x + 0.5).
      return unsupported(
        "it uses Keras 3's hard_sigmoid, which differs from TensorFlow.js's (slope 1/6 instead of 0.2).",
        "它使用 Keras 3 的 hard_sigmoid，与 TensorFlow.js 的定义不同（斜率为 1/6 而非 0.2）。",
      );
    }
    return name;
  }

  /** `{class_name: "L1L2" | "L1" | "L2", config: {l1?, l2?}}` → the non-zero factors; null for none. */
  regularizer(key: string): Partial<Regularization> | null {
    const value = this.get(key);
    if (value === undefined || value === null) return null;
    const config = isRecord(value) && isRecord(value.config) ? value.config : null;
    const kind = isRecord(value) ? String(value.class_name).toLowerCase().replace(/_/g, "") : "";
    if (!config || !["l1l2", "l1", "l2"].includes(kind))
      return this.bad(key, "an L1/L2 regularizer", "L1/L2 正则化");
    const factors: { l1?: number; l2?: number } = {};
    for (const name of ["l1", "l2"] as const) {
      const f = config[name];
      if (typeof f === "number" && Number.isFinite(f) && f !== 0) factors[name] = f;
    }
    return Object.keys(factors).length === 0 ? null : factors;
  }

  /** A setting that must have its default for the layer to mean what Neurograph builds. */
  expect(key: string, allowed: readonly unknown[], en: string, zh: string): void {
    const value = this.get(key);
    if (value === undefined || allowed.some((a) => JSON.stringify(a) === JSON.stringify(value)))
      return;
    unsupported(`its ${key} is ${show(value)}: ${en}`, `其 ${key} 为 ${show(value)}：${zh}`);
  }

  warn(en: string, zh: string): void {
    this.warnings.push(t(en, zh));
  }

  /** Settings that change only training: dropped, but said so. */
  noteTrainingOnly(keys: readonly string[]): void {
    for (const key of keys) {
      const value = this.get(key);
      if (value !== undefined && value !== null) this.trainingOnly.push(key);
    }
  }

  /** The channels-last layout tfjs and Neurograph use. */
  channelsLast(): void {
    this.expect(
      "data_format",
      ["channels_last", null],
      "Neurograph lays images out as [height, width, channels] (channels_last).",
      "Neurograph 的图像布局为 [高, 宽, 通道]（channels_last）。",
    );
  }
}
