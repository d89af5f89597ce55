/**
 * What one layer kind is, as data plus small pure functions. Each kind lives in
 * its own module under src/graph/layers/ and is listed once in the registry;
 * the palette, inspector, docs, JSON Schema and tests are generated from it.
 */
import type { DiagnosticCode } from "../diagnostics";
import type { Fix } from "../fixes/types";
import type { I18nText } from "../i18n";
import type { ParamSchema } from "../params";
import type { DType, Shape } from "../shape";

export type Category =
  | "input"
  | "core"
  | "convolution"
  | "pooling"
  | "recurrent"
  | "attention"
  | "normalization"
  | "merge"
  | "generative";

export interface NamedPort {
  readonly name: string;
  readonly required: boolean;
  readonly label: I18nText;
}

export type PortSpec =
  | { readonly kind: "none" }
  | { readonly kind: "single" }
  /** Ordered inputs on handles in0, in1, …; plain edges count in the order they are listed. */
  | {
      readonly kind: "ordered";
      readonly min: number;
      readonly max: number;
      readonly labels?: readonly I18nText[];
    }
  /** Named handles; plain edges fill the ports in order, and a single plain edge feeds every port (self-attention). */
  | { readonly kind: "named"; readonly ports: readonly NamedPort[] };

/** One resolved input of a node, in port order. */
export interface LayerInput {
  readonly shape: Shape;
  readonly dtype: DType;
  readonly sourceId: string;
  /** The layer kind of the source node (e.g. "input"), so fixes can target it. */
  readonly sourceType: string;
  readonly edgeId: string;
  readonly port: string;
}

export interface ShapeArgs<P> {
  readonly params: P;
  readonly inputs: readonly LayerInput[];
  readonly nodeId: string;
  /** How messages name this node: "Dense 'hidden'". */
  readonly who: I18nText;
}

export interface ShapeWarning {
  readonly code: DiagnosticCode;
  readonly text: I18nText;
  readonly fix?: Fix;
}

export interface ShapeOutcome {
  readonly shape: Shape;
  readonly dtype?: DType;
  readonly warnings?: readonly ShapeWarning[];
}

export interface ParamCount {
  readonly trainable: number;
  readonly nonTrainable: number;
}

export interface LayerKind<P = Record<string, unknown>> {
  /** The tfjs-layers factory name in camelCase; the document's `type`. */
  readonly type: string;
  readonly category: Category;
  readonly label: I18nText;
  /** What the layer does, in a sentence or two, for the palette and inspector. */
  readonly summary: I18nText;
  /**
   * The layer's mathematics as TeX, one display line each, for the inspector's
   * help (rendered with KaTeX) and docs/layers.md. Language-neutral on purpose:
   * the words live in `summary`. Only our own code writes TeX, never documents.
   */
  readonly formula?: readonly string[];
  readonly params: ParamSchema;
  readonly ports: PortSpec;
  /** Output shape from input shapes; throws ShapeProblem (never anything else) for invalid inputs. */
  readonly inferShape: (args: ShapeArgs<P>) => ShapeOutcome;
  readonly countParams: (params: P, inputs: readonly Shape[], output: Shape) => ParamCount;
  /** Multiply-adds per sample (comparisons and additions for pooling); null when a dimension is only known at run time. */
  readonly flops: (params: P, inputs: readonly Shape[], output: Shape) => number | null;
}

/** Identity helper that lets each module type its params while the registry stays uniform. */
export function defineLayer<P>(kind: LayerKind<P>): LayerKind {
  return kind as unknown as LayerKind;
}
