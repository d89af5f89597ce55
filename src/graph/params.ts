/**
 * Parameter schemas as data. Each layer kind declares its params with these
 * specs; the validator, the inspector's forms, the JSON Schema and the docs
 * are all generated from them.
 */
import type { I18nText } from "./i18n";

interface ParamCommon {
  readonly help: I18nText;
  /** Show this param in forms only when another param has one of these values. */
  readonly showWhen?: { readonly param: string; readonly oneOf: readonly unknown[] };
}

/** A whole number. `default` is tfjs's default; without one the param is required. */
export interface IntParam extends ParamCommon {
  readonly kind: "int";
  /** `null` means "derived from something else" (e.g. valueDim = keyDim); such params accept null. */
  readonly default?: number | null;
  /** The value a freshly dropped node starts with, when it differs from the default. */
  readonly initial?: number;
  readonly min: number;
  readonly max: number;
}

export interface FloatParam extends ParamCommon {
  readonly kind: "float";
  readonly default?: number;
  readonly initial?: number;
  readonly min: number;
  readonly max: number;
  readonly exclusiveMin?: boolean;
  readonly exclusiveMax?: boolean;
}

export interface BoolParam extends ParamCommon {
  readonly kind: "bool";
  readonly default: boolean;
}

export interface EnumParam extends ParamCommon {
  readonly kind: "enum";
  readonly options: readonly string[];
  readonly default?: string;
  readonly initial?: string;
}

/** An int or a list of `rank` ints (kernelSize, strides, …); resolves to the list. `null` default means "derived" (e.g. pooling strides = poolSize). */
export interface TupleParam extends ParamCommon {
  readonly kind: "tuple";
  readonly rank: number;
  readonly default?: readonly number[] | null;
  readonly initial?: readonly number[];
  readonly min: number;
  readonly max: number;
}

/** A tensor shape without the batch dimension (Input's shape, Reshape's targetShape). */
export interface ShapeParam extends ParamCommon {
  readonly kind: "shape";
  readonly initial: readonly (number | null)[];
  /** `null` marks a dimension known only at run time (variable sequence length). */
  readonly allowNull: boolean;
  /** One `-1` may stand for "whatever is left" (Reshape). */
  readonly allowMinusOne: boolean;
  readonly maxRank: number;
  readonly max: number;
}

/** `null` (none) or `{ "l1": 0.01, "l2": 0.01 }` with either factor optional. */
export interface RegularizerParam extends ParamCommon {
  readonly kind: "regularizer";
}

/** Dot's axes: one axis for both inputs, or a pair. Resolves to the pair. */
export interface AxesParam extends ParamCommon {
  readonly kind: "axes";
  readonly default?: number | readonly [number, number];
}

export type ParamSpec =
  | IntParam
  | FloatParam
  | BoolParam
  | EnumParam
  | TupleParam
  | ShapeParam
  | RegularizerParam
  | AxesParam;

export type ParamSchema = Readonly<Record<string, ParamSpec>>;

export interface Regularization {
  readonly l1: number;
  readonly l2: number;
}

/** Largest regularisation factor accepted; bigger ones drown the data loss. */
export const MAX_REGULARIZATION = 1000;

export function isRequired(spec: ParamSpec): boolean {
  switch (spec.kind) {
    case "bool":
    case "regularizer":
      return false;
    case "shape":
      return true;
    default:
      return spec.default === undefined;
  }
}

/** The value a new node of this kind starts with in the editor. */
export function initialValue(spec: ParamSpec): unknown {
  switch (spec.kind) {
    case "bool":
      return spec.default;
    case "regularizer":
      return null;
    case "shape":
      return [...spec.initial];
    case "axes":
      return spec.default ?? -1;
    case "tuple":
      return spec.initial ?? (spec.default ? [...spec.default] : spec.default);
    default:
      return spec.initial ?? spec.default;
  }
}
