/**
 * Shape checks shared by layer modules. A failed check throws ShapeProblem,
 * which the analyser turns into a diagnostic naming the node; it never leaves
 * src/graph as an exception.
 */
import type { DiagnosticCode } from "../diagnostics";
import type { Fix } from "../fixes/types";
import { type I18nText, t } from "../i18n";
import { type Dim, describeShape, type Shape } from "../shape";
import { quote } from "../text";
import type { LayerInput, ShapeArgs } from "./types";

export interface ProblemDetail {
  readonly code: DiagnosticCode;
  readonly text: I18nText;
  readonly fix?: Fix;
  readonly edgeId?: string;
}

export class ShapeProblem extends Error {
  constructor(readonly detail: ProblemDetail) {
    super(detail.text.en);
    this.name = "ShapeProblem";
  }
}

export function fail(
  code: DiagnosticCode,
  text: I18nText,
  extra: { fix?: Fix; edgeId?: string } = {},
): never {
  throw new ShapeProblem({ code, text, ...extra });
}

/** "receives [batch, 100] from 'in'" in both languages. */
export function receives(input: LayerInput): I18nText {
  const shape = describeShape(input.shape);
  return t(
    `receives ${shape} from ${quote(input.sourceId)}`,
    `收到来自 ${quote(input.sourceId)} 的 ${shape}`,
  );
}

export function single<P>(args: ShapeArgs<P>): LayerInput {
  // The analyser only calls inferShape with the port count satisfied.
  return args.inputs[0]!;
}

/**
 * Requires `rank` dims including batch. `layout` names the dims, e.g.
 * "[batch, height, width, channels]"; `fix` repairs common mistakes.
 */
export function expectRank<P>(
  args: ShapeArgs<P>,
  input: LayerInput,
  rank: number | { readonly min: number; readonly max?: number },
  layout: I18nText,
  repair?: { readonly fix?: Fix; readonly advice: I18nText },
): void {
  const actual = input.shape.length;
  const ok =
    typeof rank === "number"
      ? actual === rank
      : actual >= rank.min && actual <= (rank.max ?? Infinity);
  if (ok) return;
  const expectEn =
    typeof rank === "number"
      ? `a ${rank}-D input ${layout.en}`
      : `an input of at least ${rank.min} dimensions ${layout.en}`;
  const expectZh =
    typeof rank === "number"
      ? `${rank} 维输入 ${layout.zh}`
      : `至少 ${rank.min} 维的输入 ${layout.zh}`;
  const got = receives(input);
  const advice = repair?.advice ?? t("", "");
  fail(
    "NG401",
    t(
      `${args.who.en} expects ${expectEn} but ${got.en}.${advice.en ? ` ${advice.en}` : ""}`,
      `${args.who.zh} 需要${expectZh}，但${got.zh}。${advice.zh}`,
    ),
    { edgeId: input.edgeId, ...(repair?.fix ? { fix: repair.fix } : {}) },
  );
}

/** A dimension the layer needs at build time (weights depend on it). */
export function requireKnown<P>(
  args: ShapeArgs<P>,
  input: LayerInput,
  dim: Dim,
  what: I18nText,
): number {
  if (dim !== null) return dim;
  fail(
    "NG405",
    t(
      `${args.who.en} needs the ${what.en} of its input to be known, but it is variable (${describeShape(input.shape)} from ${quote(input.sourceId)}). Give the Input a fixed size there.`,
      `${args.who.zh} 需要输入的${what.zh}为确定值，但它是可变的（来自 ${quote(input.sourceId)} 的 ${describeShape(input.shape)}）。请为输入层指定固定大小。`,
    ),
    { edgeId: input.edgeId },
  );
}

export function lastDim(shape: Shape): Dim {
  return shape[shape.length - 1] ?? null;
}
