/**
 * What a param field says about itself — its default, its allowed range,
 * whether it is shown at all (`showWhen`) — derived from the param's spec.
 */
import { MAX_REGULARIZATION, type ParamSpec } from "../../graph";
import { grouped, numberText } from "./numberText";

export type DefaultInfo =
  | { readonly kind: "required" }
  | { readonly kind: "value"; readonly text: string }
  | { readonly kind: "flag"; readonly on: boolean }
  /** Derived from another param (valueDim = keyDim, strides = poolSize). */
  | { readonly kind: "derived" }
  /** No penalty. */
  | { readonly kind: "none" };

export function defaultInfo(spec: ParamSpec): DefaultInfo {
  switch (spec.kind) {
    case "bool":
      return { kind: "flag", on: spec.default };
    case "regularizer":
      return { kind: "none" };
    case "shape":
      return { kind: "required" };
    case "axes":
      return { kind: "value", text: JSON.stringify(spec.default ?? -1) };
    case "tuple":
      if (spec.default === null) return { kind: "derived" };
      if (spec.default === undefined) return { kind: "required" };
      return {
        kind: "value",
        text: spec.default.every((v) => v === spec.default![0])
          ? String(spec.default[0])
          : JSON.stringify(spec.default),
      };
    case "int":
      if (spec.default === null) return { kind: "derived" };
      if (spec.default === undefined) return { kind: "required" };
      return { kind: "value", text: numberText(spec.default) };
    case "float":
      return spec.default === undefined
        ? { kind: "required" }
        : { kind: "value", text: numberText(spec.default) };
    case "enum":
      return spec.default === undefined
        ? { kind: "required" }
        : { kind: "value", text: spec.default };
  }
}

/** The allowed range in notation every language reads: "1 ≤ units ≤ 1,048,576", "0 ≤ rate < 1". */
export function rangeText(name: string, spec: ParamSpec): string | null {
  switch (spec.kind) {
    case "int":
    case "float":
    case "tuple":
      return `${grouped(spec.min)} ${spec.kind === "float" && spec.exclusiveMin ? "<" : "≤"} ${name} ${
        spec.kind === "float" && spec.exclusiveMax ? "<" : "≤"
      } ${grouped(spec.max)}`;
    case "shape":
      return `1 ≤ d ≤ ${grouped(spec.max)}`;
    case "regularizer":
      return `0 ≤ λ ≤ ${grouped(MAX_REGULARIZATION)}`;
    default:
      return null;
  }
}

/** The value a param has for `showWhen`: as written, else tfjs's default. */
export function effectiveValue(spec: ParamSpec | undefined, written: unknown): unknown {
  if (written !== undefined) return written;
  return spec && "default" in spec ? spec.default : undefined;
}

/** Whether a field is shown, given the other params (e.g. leakyRelu's alpha only for leakyRelu). */
export function isShown(
  spec: ParamSpec,
  params: Readonly<Record<string, unknown>>,
  schema: Readonly<Record<string, ParamSpec>>,
): boolean {
  if (!spec.showWhen) return true;
  const other = spec.showWhen.param;
  return spec.showWhen.oneOf.includes(effectiveValue(schema[other], params[other]));
}
