/**
 * Params as a person would write them: axes counted from the end (tfjs
 * resolves LayerNormalization's -1 to [2] and the compiler passes Dot's axes
 * resolved), and values equal to the kind's default left out.
 */
import {
  type GraphDocument,
  inferShapes,
  isRequired,
  layerKind,
  type NodeDoc,
  type ParamSpec,
} from "../../graph";

/** Kinds whose `axis` (or Dot's `axes`) is written relative to each input's rank. */
const AXIS_KINDS = new Set(["batchNormalization", "layerNormalization", "concatenate"]);

function fromEnd(axis: unknown, rank: number | undefined): unknown {
  return typeof axis === "number" && axis > 0 && rank !== undefined && axis < rank
    ? axis - rank
    : axis;
}

/** Positive axes → negative ones, once shape inference knows the inputs' ranks. */
export function axesFromEnd(document: GraphDocument): GraphDocument {
  if (!document.nodes.some((n) => AXIS_KINDS.has(n.type) || n.type === "dot")) return document;
  const analysis = inferShapes(document);
  const rankOf = (nodeId: string, input: number) => {
    const source = analysis.nodes.get(nodeId)?.inputs[input]?.edge.source;
    return source === undefined ? undefined : analysis.nodes.get(source)?.outputShape?.length;
  };
  const nodes = document.nodes.map((node): NodeDoc => {
    if (AXIS_KINDS.has(node.type)) {
      return {
        ...node,
        params: { ...node.params, axis: fromEnd(node.params.axis, rankOf(node.id, 0)) },
      };
    }
    if (node.type === "dot" && Array.isArray(node.params.axes)) {
      const [a, b] = node.params.axes as unknown[];
      return {
        ...node,
        params: {
          ...node.params,
          axes: [fromEnd(a, rankOf(node.id, 0)), fromEnd(b, rankOf(node.id, 1))],
        },
      };
    }
    return node;
  });
  return { ...document, nodes };
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The value an omitted param takes; undefined for required ones. */
function defaultOf(spec: ParamSpec): unknown {
  if (isRequired(spec)) return undefined;
  return spec.kind === "regularizer" ? null : (spec as { default?: unknown }).default;
}

/** `[3, 3]` → `3`: the document format's shorthand for one size on every axis. */
function shorthand(spec: ParamSpec | undefined, value: unknown): unknown {
  const sized = spec?.kind === "tuple" || spec?.kind === "axes";
  if (!sized || !Array.isArray(value) || value.length === 0) return value;
  return value.every((v) => v === value[0]) ? value[0] : value;
}

/** Leaves out params equal to their kind's default and writes equal sizes as one number. */
export function tidyParams(node: NodeDoc): NodeDoc {
  const kind = layerKind(node.type);
  if (!kind) return node;
  const params: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(node.params)) {
    const spec = kind.params[name];
    const fallback = spec ? defaultOf(spec) : undefined;
    if (fallback !== undefined && sameValue(value, fallback)) continue;
    params[name] = shorthand(spec, value);
  }
  return { ...node, params };
}
