/**
 * Checks a node's params against its kind's schema and fills in tfjs's
 * defaults. Wrong types, out-of-range values and missing required params
 * become diagnostics naming the node; unknown params are kept but warned of.
 */
import { type Diagnostic, diagnostic } from "./diagnostics";
import { type I18nText, t } from "./i18n";
import {
  initialValue,
  isRequired,
  MAX_REGULARIZATION,
  type ParamSchema,
  type ParamSpec,
  type Regularization,
} from "./params";
import { closest, jsonText, quote, typeName, typeNameZh } from "./text";

export type ResolvedParams = Readonly<Record<string, unknown>>;

export interface ParamCheck {
  /** Params with defaults filled in and shorthands expanded; null when any is invalid. */
  readonly values: ResolvedParams | null;
  readonly diagnostics: Diagnostic[];
}

type Problem = { readonly code: "NG301" | "NG302"; readonly text: I18nText };

export function checkParams(
  schema: ParamSchema,
  given: Readonly<Record<string, unknown>>,
  nodeId: string,
  who: I18nText,
): ParamCheck {
  const diagnostics: Diagnostic[] = [];
  const values: Record<string, unknown> = {};
  const names = Object.keys(schema);
  for (const [name, spec] of Object.entries(schema)) {
    const value = Object.hasOwn(given, name) ? given[name] : undefined;
    if (value === undefined) {
      if (isRequired(spec)) {
        const example = initialValue(spec);
        diagnostics.push(
          diagnostic(
            "NG303",
            t(
              `${who.en}: "${name}" is required (it has no default). Set it, for example to ${JSON.stringify(example)}.`,
              `${who.zh}：缺少必填参数 "${name}"（没有默认值）。请设置它，例如 ${JSON.stringify(example)}。`,
            ),
            { nodeId, fix: { kind: "setParam", nodeId, param: name, value: example } },
          ),
        );
        continue;
      }
      values[name] = defaultValue(spec);
      continue;
    }
    const outcome = checkValue(spec, value);
    if ("problem" in outcome) {
      const p = outcome.problem;
      diagnostics.push(
        diagnostic(
          p.code,
          t(`${who.en}: "${name}" ${p.text.en}`, `${who.zh}：参数 "${name}" ${p.text.zh}`),
          {
            nodeId,
          },
        ),
      );
    } else {
      values[name] = outcome.value;
    }
  }
  for (const name of Object.keys(given)) {
    if (Object.hasOwn(schema, name)) continue;
    const suggestion = closest(name, names);
    const hint = suggestion
      ? t(` Did you mean "${suggestion}"?`, ` 是否应为 "${suggestion}"？`)
      : t("", "");
    diagnostics.push(
      diagnostic(
        "NG304",
        t(
          `${who.en}: unknown parameter ${quote(name)}; it is kept in the file but ignored.${hint.en}`,
          `${who.zh}：未知参数 ${quote(name)}，已保留在文件中但会被忽略。${hint.zh}`,
        ),
        { nodeId },
      ),
    );
  }
  const valid = !diagnostics.some((d) => d.severity === "error");
  return { values: valid ? values : null, diagnostics };
}

function defaultValue(spec: ParamSpec): unknown {
  switch (spec.kind) {
    case "regularizer":
      return null;
    case "axes":
      return normalizeAxes(spec.default ?? -1);
    case "tuple":
      return spec.default === undefined ? null : spec.default;
    case "shape":
      return null;
    default:
      return spec.default;
  }
}

type Outcome = { readonly value: unknown } | { readonly problem: Problem };

const wrongType = (expectedEn: string, expectedZh: string, value: unknown): Outcome => ({
  problem: {
    code: "NG301",
    text: t(
      `must be ${expectedEn}, but is ${show(value)} (${typeName(value)}).`,
      `应为${expectedZh}，实际为 ${show(value)}（${typeNameZh(value)}）。`,
    ),
  },
});

const outOfRange = (text: I18nText): Outcome => ({ problem: { code: "NG302", text } });

function show(value: unknown): string {
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  const json = jsonText(value);
  return json.length > 60 ? `${json.slice(0, 59)}…` : json;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

function isInt(value: unknown): value is number {
  return isFiniteNumber(value) && Number.isInteger(value);
}

function checkValue(spec: ParamSpec, value: unknown): Outcome {
  switch (spec.kind) {
    case "int":
      if (value === null && spec.default === null) return { value };
      if (!isFiniteNumber(value)) return wrongType("a whole number", "整数", value);
      if (!Number.isInteger(value)) return notWhole(value, spec.min, spec.max);
      return inRange(value, spec.min, spec.max, false, false);
    case "float":
      if (!isFiniteNumber(value)) return wrongType("a number", "数字", value);
      return inRange(
        value,
        spec.min,
        spec.max,
        spec.exclusiveMin ?? false,
        spec.exclusiveMax ?? false,
      );
    case "bool":
      return typeof value === "boolean"
        ? { value }
        : wrongType("true or false", "true 或 false", value);
    case "enum": {
      if (typeof value !== "string")
        return wrongType(
          `one of ${spec.options.join(", ")}`,
          `${spec.options.join("、")} 之一`,
          value,
        );
      if (spec.options.includes(value)) return { value };
      const suggestion = closest(value, spec.options);
      const hint = suggestion
        ? t(` Did you mean "${suggestion}"?`, ` 是否应为 "${suggestion}"？`)
        : t("", "");
      return outOfRange(
        t(
          `must be one of ${spec.options.join(", ")}, but is ${show(value)}.${hint.en}`,
          `应为 ${spec.options.join("、")} 之一，实际为 ${show(value)}。${hint.zh}`,
        ),
      );
    }
    case "tuple":
      return checkTuple(spec.rank, spec.min, spec.max, value);
    case "shape":
      return checkShape(spec, value);
    case "regularizer":
      return checkRegularizer(value);
    case "axes": {
      if (isInt(value)) return { value: normalizeAxes(value) };
      if (Array.isArray(value) && value.length === 2 && value.every(isInt))
        return { value: normalizeAxes(value as [number, number]) };
      return wrongType(
        "an axis or a pair of axes, such as -1 or [1, 1]",
        "一个轴或一对轴，例如 -1 或 [1, 1]",
        value,
      );
    }
  }
}

function normalizeAxes(axes: number | readonly [number, number]): [number, number] {
  return typeof axes === "number" ? [axes, axes] : [axes[0], axes[1]];
}

export function describeRange(
  min: number,
  max: number,
  exclusiveMin: boolean,
  exclusiveMax: boolean,
): I18nText {
  const lo = exclusiveMin
    ? t(`greater than ${min}`, `大于 ${min}`)
    : t(`at least ${min}`, `至少为 ${min}`);
  const hi = exclusiveMax
    ? t(`less than ${max}`, `小于 ${max}`)
    : t(`at most ${max}`, `至多为 ${max}`);
  return t(`${lo.en} and ${hi.en}`, `${lo.zh}且${hi.zh}`);
}

function inRange(
  value: number,
  min: number,
  max: number,
  exclusiveMin: boolean,
  exclusiveMax: boolean,
): Outcome {
  const below = exclusiveMin ? value <= min : value < min;
  const above = exclusiveMax ? value >= max : value > max;
  if (!below && !above) return { value };
  const range = describeRange(min, max, exclusiveMin, exclusiveMax);
  return outOfRange(
    t(`must be ${range.en}, but is ${show(value)}.`, `应${range.zh}，实际为 ${show(value)}。`),
  );
}

/** 2.5 heads is a number of the right type but not a value the layer can take: out of range, not wrong type. */
function notWhole(value: number, min: number, max: number): Outcome {
  return outOfRange(
    t(
      `must be a whole number from ${min} to ${max}, but is ${show(value)}.`,
      `应为 ${min} 到 ${max} 之间的整数，实际为 ${show(value)}。`,
    ),
  );
}

function checkTuple(rank: number, min: number, max: number, value: unknown): Outcome {
  const list = isFiniteNumber(value) ? Array.from({ length: rank }, () => value) : value;
  const example = rank === 1 ? "3" : `3 or [${Array.from({ length: rank }, () => 3).join(", ")}]`;
  if (!Array.isArray(list) || list.length !== rank || !list.every(isFiniteNumber)) {
    return wrongType(
      rank === 1
        ? "a whole number, such as 3"
        : `a whole number or a list of ${rank}, such as ${example}`,
      rank === 1 ? "整数，例如 3" : `整数或 ${rank} 个整数的列表，例如 ${example}`,
      value,
    );
  }
  for (const item of list as number[]) {
    if (!Number.isInteger(item) || item < min || item > max) {
      return outOfRange(
        t(
          `must hold whole numbers from ${min} to ${max}, but is ${show(value)}.`,
          `各项应为 ${min} 到 ${max} 之间的整数，实际为 ${show(value)}。`,
        ),
      );
    }
  }
  return { value: list };
}

function checkShape(spec: Extract<ParamSpec, { kind: "shape" }>, value: unknown): Outcome {
  const example = JSON.stringify(spec.initial);
  if (!Array.isArray(value) || value.length === 0 || value.length > spec.maxRank) {
    return wrongType(
      `a list of 1 to ${spec.maxRank} dimensions (without the batch), such as ${example}`,
      `由 1 到 ${spec.maxRank} 个维度组成的列表（不含批次维），例如 ${example}`,
      value,
    );
  }
  let minusOnes = 0;
  for (const dim of value as unknown[]) {
    if (dim === null && spec.allowNull) continue;
    if (dim === -1 && spec.allowMinusOne) {
      minusOnes++;
      continue;
    }
    if (!isFiniteNumber(dim)) {
      const allowed = [
        spec.allowNull ? "null (any length)" : "",
        spec.allowMinusOne ? "-1 (the rest)" : "",
      ]
        .filter(Boolean)
        .join(" or ");
      return wrongType(
        `a list of positive whole numbers${allowed ? ` or ${allowed}` : ""}, such as ${example}`,
        `由正整数组成的列表${spec.allowNull ? "（null 表示任意长度）" : ""}${spec.allowMinusOne ? "（-1 表示其余）" : ""}，例如 ${example}`,
        value,
      );
    }
    if (!Number.isInteger(dim) || dim < 1 || dim > spec.max) {
      return outOfRange(
        t(
          `must hold whole-number dimensions from 1 to ${spec.max}, but is ${show(value)}.`,
          `各维度应为 1 到 ${spec.max} 之间的整数，实际为 ${show(value)}。`,
        ),
      );
    }
  }
  if (minusOnes > 1) {
    return outOfRange(
      t(`may use -1 only once, but is ${show(value)}.`, `只能使用一次 -1，实际为 ${show(value)}。`),
    );
  }
  return { value: [...value] };
}

function checkRegularizer(value: unknown): Outcome {
  if (value === null) return { value: null };
  const expected = t(
    'null or an object such as {"l2": 0.01} or {"l1": 0.001, "l2": 0.01}',
    'null 或对象，例如 {"l2": 0.01} 或 {"l1": 0.001, "l2": 0.01}',
  );
  if (typeof value !== "object" || Array.isArray(value))
    return wrongType(expected.en, expected.zh, value);
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 0 || keys.some((k) => k !== "l1" && k !== "l2"))
    return wrongType(expected.en, expected.zh, value);
  const factors: Regularization = { l1: 0, l2: 0, ...record } as Regularization;
  for (const factor of [factors.l1, factors.l2]) {
    if (!isFiniteNumber(factor)) return wrongType(expected.en, expected.zh, value);
    if (factor < 0 || factor > MAX_REGULARIZATION) {
      return outOfRange(
        t(
          `factors must be from 0 to ${MAX_REGULARIZATION}, but are ${show(value)}. Typical values are 0.0001 to 0.01.`,
          `系数应在 0 到 ${MAX_REGULARIZATION} 之间，实际为 ${show(value)}。常用值为 0.0001 到 0.01。`,
        ),
      );
    }
  }
  return { value: factors };
}
