/**
 * Why a Keras export is refused. Every message names the nodes at fault and
 * says what to do; codes are stable so tools may match on them.
 */
import type { Diagnostic } from "../../graph";
import { type I18nText, quote, t } from "../../graph";
import type { ExportDiagnostic } from "./types";

export const KERAS_DIAGNOSTIC_CODES = {
  /** A layer kind the Keras export has no mapping for. */
  KX101: "Layer kind Keras cannot express",
  /** The recipe trains with an algorithm the export does not write out. */
  KX201: "Recipe not exported to Keras",
  /** Supervised training of a graph without exactly one input and one output. */
  KX202: "Supervised training needs one input and one output",
  /** The training section names a dataset the module cannot load. */
  KX203: "Dataset not exported to Keras",
  /** Weights given for a node that has none, or with shapes its Keras layer does not have. */
  KX301: "Weights do not fit the layer",
  /** (Warning) Layers with weights that were given none. */
  KX302: "Layers without trained weights",
} as const;

export type KerasDiagnosticCode = keyof typeof KERAS_DIAGNOSTIC_CODES;

export function kerasDiagnostic(
  code: KerasDiagnosticCode,
  nodeIds: readonly string[],
  text: I18nText,
): ExportDiagnostic {
  return { code, severity: "error", nodeIds, message: text.en, messageZh: text.zh };
}

/** A graph diagnostic in the export's shape. */
export function fromGraphDiagnostic(d: Diagnostic): ExportDiagnostic {
  return {
    code: d.code,
    severity: d.severity,
    nodeIds: d.nodeId === undefined ? [] : [d.nodeId],
    message: d.message,
    messageZh: d.messageZh,
  };
}

export function unsupportedKinds(nodes: readonly { id: string; type: string }[]): ExportDiagnostic {
  const list = nodes.map((n) => `${quote(n.id)} (${n.type})`).join(", ");
  return kerasDiagnostic(
    "KX101",
    nodes.map((n) => n.id),
    t(
      `Keras cannot express ${nodes.length === 1 ? "this node" : "these nodes"}: ${list}. Replace ${nodes.length === 1 ? "it" : "them"} with layers Keras has, or export to tfjs instead.`,
      `Keras 无法表达以下节点：${list}。请换成 Keras 具有的层，或改为导出 tfjs。`,
    ),
  );
}

/** A warning: some layers with weights were given none and start from fresh ones. */
export function missingWeightsWarning(nodeIds: readonly string[]): ExportDiagnostic {
  const list = nodeIds.map(quote).join(", ");
  return {
    code: "KX302",
    severity: "warning",
    nodeIds,
    message: `No trained weights were given for ${list}; ${nodeIds.length === 1 ? "it starts" : "they start"} from fresh weights in Python.`,
    messageZh: `没有提供 ${list} 的训练权重；在 Python 中将从新初始化的权重开始。`,
  };
}
