/**
 * Why a PyTorch export is refused, or what it could not carry over. Every
 * message names the nodes at fault and says what to do; codes are stable.
 */
import { type I18nText, quote, t } from "../../graph";
import type { ExportDiagnostic } from "../keras/types";

export const PYTORCH_DIAGNOSTIC_CODES = {
  /** A layer kind the PyTorch export has no mapping for. */
  PX101: "Layer kind PyTorch export cannot express",
  /** The recipe trains with an algorithm the export does not write out (word2vec). */
  PX201: "Recipe not exported to PyTorch",
  /** (Warning) The training script does not train this recipe; module and weights are exported. */
  PX202: "Recipe not trained by the PyTorch script",
  /** (Warning) The dataset has no PyTorch loader; the script reads an .npz file instead. */
  PX203: "Dataset not loaded by the PyTorch script",
  /** Weights given for a node that has none, or with shapes its layer does not have. */
  PX301: "Weights do not fit the layer",
  /** (Warning) Layers with weights that were given none. */
  PX302: "Layers without trained weights",
} as const;

export type PytorchDiagnosticCode = keyof typeof PYTORCH_DIAGNOSTIC_CODES;

export function pytorchDiagnostic(
  code: PytorchDiagnosticCode,
  nodeIds: readonly string[],
  text: I18nText,
  severity: "error" | "warning" = "error",
): ExportDiagnostic {
  return { code, severity, nodeIds, message: text.en, messageZh: text.zh };
}

export function unsupportedKinds(nodes: readonly { id: string; type: string }[]): ExportDiagnostic {
  const list = nodes.map((n) => `${quote(n.id)} (${n.type})`).join(", ");
  return pytorchDiagnostic(
    "PX101",
    nodes.map((n) => n.id),
    t(
      `The PyTorch export cannot express ${nodes.length === 1 ? "this node" : "these nodes"}: ${list}. Replace ${nodes.length === 1 ? "it" : "them"} with layers the export knows, or export to tfjs or Keras instead.`,
      `PyTorch 导出无法表达以下节点：${list}。请换成导出支持的层，或改为导出 tfjs 或 Keras。`,
    ),
  );
}

export function missingWeightsWarning(nodeIds: readonly string[]): ExportDiagnostic {
  const list = nodeIds.map(quote).join(", ");
  return pytorchDiagnostic(
    "PX302",
    nodeIds,
    t(
      `No trained weights were given for ${list}; ${nodeIds.length === 1 ? "it starts" : "they start"} from fresh weights in PyTorch.`,
      `没有提供 ${list} 的训练权重；在 PyTorch 中将从新初始化的权重开始。`,
    ),
    "warning",
  );
}

/** Keras's weight-shape problems (KX301) are PyTorch's too: the same tfjs weights go in. */
export function fromKerasWeightProblem(d: ExportDiagnostic): ExportDiagnostic {
  return {
    ...d,
    code: "PX301",
    message: d.message
      .replace("its Keras layer", "its layer")
      .replace("Keras expects", "the layer expects"),
    messageZh: d.messageZh.replace("Keras 层", "层").replace("Keras 需要", "该层需要"),
  };
}
