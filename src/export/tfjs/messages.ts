/** The importer's own messages, in both languages, as graph diagnostics. */
import { type Diagnostic, diagnostic, type I18nText, t } from "../../graph";
import { quote } from "../../graph/text";

/** The file as a whole cannot be read as a tfjs Layers model: no document. */
export function notAModel(reason: I18nText): Diagnostic {
  return diagnostic(
    "NG102",
    t(
      `This is not a TensorFlow.js Layers model that Neurograph can open: ${reason.en}`,
      `这不是 Neurograph 能打开的 TensorFlow.js Layers 模型：${reason.zh}`,
    ),
  );
}

/** One layer entry is malformed; the rest of the model is still imported. */
export function malformedLayer(where: string, reason: I18nText): Diagnostic {
  return diagnostic("NG104", t(`Layer ${where}: ${reason.en}`, `层 ${where}：${reason.zh}`));
}

/** A layer Neurograph cannot express becomes a marked node that must be replaced. */
export function unsupportedLayer(
  nodeId: string,
  className: string,
  reason: I18nText | null,
): Diagnostic {
  const capitalised = reason && `${reason.en.charAt(0).toUpperCase()}${reason.en.slice(1)}`;
  const why = reason
    ? t(` ${capitalised}`, reason.zh)
    : t(" Neurograph has no such layer kind.", "Neurograph 没有这种层类型。");
  return diagnostic(
    "NG203",
    t(
      `Layer ${quote(nodeId)} is a ${className}, which cannot be imported as it is.${why.en} It was kept as a marked placeholder node: replace it with Neurograph layers (or delete it) before the graph can compile.`,
      `层 ${quote(nodeId)} 是 ${className}，无法按原样导入。${why.zh}它已作为带标记的占位节点保留：请用 Neurograph 的层替换（或删除）它，之后图才能编译。`,
    ),
    { nodeId },
  );
}

/** Something of the layer was dropped; what it means for predictions is in the text. */
export function droppedSetting(nodeId: string, text: I18nText): Diagnostic {
  return diagnostic(
    "NG304",
    t(`Layer ${quote(nodeId)}: ${text.en}`, `层 ${quote(nodeId)}：${text.zh}`),
    { nodeId },
  );
}

export function weightProblem(text: I18nText, nodeId?: string): Diagnostic {
  return diagnostic(
    "NG104",
    t(`Weights: ${text.en}`, `权重：${text.zh}`),
    nodeId === undefined ? {} : { nodeId },
  );
}
