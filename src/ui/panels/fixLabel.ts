/**
 * What a fix-it button says it will do ("Insert Flatten", "Set padding to
 * 'same'"), in both languages: a button labelled just "Fix" asks for trust,
 * one that names the repair earns it.
 */
import { type Fix, type GraphDocument, type I18nText, layerKind, quote, t } from "../../graph";

/** A param value as a person would write it: 'same', 3, [2, 2], null. */
export function showValue(value: unknown): string {
  if (typeof value === "string") return quote(value);
  if (Array.isArray(value)) return `[${value.map(showValue).join(", ")}]`;
  return JSON.stringify(value) ?? String(value);
}

function kindName(type: string): I18nText {
  return layerKind(type)?.label ?? t(type, type);
}

export function fixLabel(fix: Fix, document: GraphDocument): I18nText {
  switch (fix.kind) {
    case "insertBefore": {
      const name = kindName(fix.layer.type);
      const shape = fix.layer.params.targetShape;
      const detail = shape === undefined ? "" : ` ${showValue(shape)}`;
      return t(`Insert ${name.en}${detail}`, `插入“${name.zh}”${detail}`);
    }
    case "setParam":
      return t(
        `Set ${fix.param} to ${showValue(fix.value)}`,
        `将 ${fix.param} 设为 ${showValue(fix.value)}`,
      );
    case "removeNode": {
      const node = document.nodes.find((n) => n.id === fix.nodeId);
      const name = node ? kindName(node.type) : t("layer", "层");
      return t(`Remove ${name.en} ${quote(fix.nodeId)}`, `删除“${name.zh}” ${quote(fix.nodeId)}`);
    }
    case "removeEdge": {
      const edge = document.edges.find((e) => e.id === fix.edgeId);
      const ends = edge ? ` ${quote(edge.source)} → ${quote(edge.target)}` : "";
      return t(`Remove the connection${ends}`, `删除连线${ends}`);
    }
  }
}
