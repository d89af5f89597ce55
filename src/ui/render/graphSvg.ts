/**
 * A graph drawn as a standalone SVG file: a pure function of the document and
 * its analysis (no DOM), so exports, PNG rasterising and tests share it.
 * Boxes are coloured by category like the canvas, with kind, label, key
 * params, output shape and parameter count; edges carry their shapes.
 */
import {
  formatCount,
  formatShape,
  type GraphAnalysis,
  type GraphDocument,
  type Locale,
  layerKind,
  type NodeAnalysis,
  type NodeDoc,
} from "../../graph";
import { canvasText } from "../canvas/canvasText";
import { CATEGORY_COLOURS, CATEGORY_ICONS } from "../canvas/categoryStyle";
import { keyParams } from "../canvas/keyParams";
import { catalogText } from "../i18n/catalog";
import { format } from "../i18n/messages";
import {
  type Box,
  boundsOf,
  drawableNodes,
  edgeGeometry,
  groupFrames,
  NODE_HEIGHT,
  NODE_WIDTH,
  nodeBox,
  SHORT_NODE_HEIGHT,
} from "./geometry";
import { renderText } from "./renderText";
import { escapeXml, fitText, MONO, num, textWidthEm } from "./svgText";

export interface SvgImage {
  readonly svg: string;
  /** Size in CSS pixels (the SVG's width and height attributes). */
  readonly width: number;
  readonly height: number;
}

/** Exported images use the light theme whatever the screen shows: they end up in slides and papers. */
const THEME = {
  background: "#f6f7f9",
  surface: "#ffffff",
  border: "#d5dae1",
  text: "#1c2230",
  muted: "#5f6878",
  edge: "#8a94a6",
  error: "#c92a2a",
  unknown: "#9ca3af",
  frame: "#a5b4fc",
} as const;

const FONT =
  "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
const MONO_FONT = "ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'DejaVu Sans Mono', monospace";
const PAD = 32;
const HEADER = 58;
const FRAME_PAD = 14;
const EDGE_LABEL_SIZE = 10;

export function renderGraphSvg(
  document: GraphDocument,
  analysis: GraphAnalysis,
  locale: Locale,
): SvgImage {
  const canvas = catalogText(canvasText, locale);
  const text = catalogText(renderText, locale);
  const nodes = drawableNodes(document);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const heightOf = (node: NodeDoc) => nodeHeight(analysis.nodes.get(node.id));
  const edges = edgeGeometry(document, analysis, byId, heightOf);
  const frames = groupFrames(document, nodes, heightOf, FRAME_PAD);
  const errorsByNode = new Map<string, number>();
  for (const d of analysis.diagnostics)
    if (d.severity === "error" && d.nodeId !== undefined)
      errorsByNode.set(d.nodeId, (errorsByNode.get(d.nodeId) ?? 0) + 1);
  const problemEdges = new Set(
    analysis.diagnostics.filter((d) => d.severity === "error").map((d) => d.edgeId),
  );

  const labels = edges.flatMap((e) => {
    const shape = analysis.edgeShapes.get(e.id);
    if (!shape) return [];
    const label = formatShape(shape);
    const width = textWidthEm(label) * EDGE_LABEL_SIZE + 10;
    return [
      { edge: e, label, box: { x: e.middle.x - width / 2, y: e.middle.y - 8, width, height: 16 } },
    ];
  });

  const content = boundsOf([
    ...nodes.map((n) => nodeBox(n, heightOf(n))),
    ...frames.map((f) => f.box),
    ...labels.map((l) => l.box),
  ]);
  const errorCount = analysis.diagnostics.filter((d) => d.severity === "error").length;
  const summary =
    format(text.summary, {
      layers: document.nodes.length,
      params: formatCount(analysis.totals.params),
    }) + (errorCount > 0 ? ` · ${format(text.errors, { count: errorCount })}` : "");
  const title = document.name;
  const titleWidth = Math.min(1200, textWidthEm(title) * 18);
  const width = Math.ceil(
    Math.max(content.width, titleWidth, textWidthEm(summary) * 12, 280) + 2 * PAD,
  );
  const height = Math.ceil(content.height + HEADER + 2 * PAD);
  const dx = PAD - content.x;
  const dy = PAD + HEADER - content.y;

  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">`,
    `<title>${escapeXml(title)}</title>`,
    `<desc>${escapeXml(summary)}</desc>`,
    "<defs>",
    `<marker id="ng-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${THEME.edge}"/></marker>`,
    `<marker id="ng-arrow-error" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${THEME.error}"/></marker>`,
    "</defs>",
    `<rect width="${width}" height="${height}" fill="${THEME.background}"/>`,
    `<text x="${PAD}" y="${PAD + 18}" font-size="18" font-weight="650" fill="${THEME.text}">${escapeXml(fitText(title, width - 2 * PAD, 18))}</text>`,
    `<text x="${PAD}" y="${PAD + 38}" font-size="12" fill="${THEME.muted}">${escapeXml(summary)}</text>`,
    `<g transform="translate(${num(dx)},${num(dy)})">`,
  ];
  for (const frame of frames)
    out.push(frameSvg(frame.box, frame.label, roleName(frame.role, text)));
  for (const e of edges) {
    const bad = problemEdges.has(e.id);
    out.push(
      `<path d="${e.path}" fill="none" stroke="${bad ? THEME.error : THEME.edge}" stroke-width="1.5"${bad ? ' stroke-dasharray="5 3"' : ""} marker-end="url(#${bad ? "ng-arrow-error" : "ng-arrow"})"/>`,
    );
  }
  for (const node of nodes)
    out.push(nodeSvg(node, analysis, locale, canvas, errorsByNode.get(node.id) ?? 0));
  for (const { label, box } of labels) {
    out.push(
      `<g><rect x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${box.height}" rx="4" fill="${THEME.surface}" stroke="${THEME.border}"/>` +
        `<text x="${num(box.x + box.width / 2)}" y="${num(box.y + 10.5)}" font-family="${MONO_FONT}" font-size="${EDGE_LABEL_SIZE}" text-anchor="middle" fill="${THEME.text}">${escapeXml(label)}</text></g>`,
    );
  }
  if (nodes.length === 0)
    out.push(
      `<text x="${num(content.x + content.width / 2)}" y="${num(content.y + content.height / 2)}" font-size="13" text-anchor="middle" fill="${THEME.muted}">${escapeXml(text.empty)}</text>`,
    );
  out.push("</g>", "</svg>", "");
  return { svg: out.join("\n"), width, height };
}

/** Known training roles in the current language; a custom role as its author wrote it. */
function roleName(
  role: string | undefined,
  text: Readonly<Record<string, string>>,
): string | undefined {
  if (!role) return undefined;
  return text[`role_${role.toLowerCase()}`] ?? role;
}

function frameSvg(box: Box, label: string, role: string | undefined): string {
  const caption = role ? `${label} · ${role}` : label;
  return (
    `<g><rect x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}" rx="12" fill="#eef2ff" fill-opacity="0.6" stroke="${THEME.frame}" stroke-dasharray="6 4"/>` +
    `<text x="${num(box.x + 12)}" y="${num(box.y + 17)}" font-size="12" font-weight="650" fill="#4338ca">${escapeXml(fitText(caption, box.width - 24, 12))}</text></g>`
  );
}

/** Box heights follow the canvas: a line for key params when the layer has any. */
function nodeHeight(info: NodeAnalysis | undefined): number {
  return keyParams(info) ? NODE_HEIGHT : SHORT_NODE_HEIGHT;
}

function nodeSvg(
  node: NodeDoc,
  analysis: GraphAnalysis,
  locale: Locale,
  canvas: { readonly params: string; readonly noShape: string; readonly unknownKind: string },
  errors: number,
): string {
  const kind = layerKind(node.type);
  const colour = kind ? CATEGORY_COLOURS[kind.category] : THEME.unknown;
  const icon = kind ? CATEGORY_ICONS[kind.category] : "M2 2h12v12H2z";
  const info = analysis.nodes.get(node.id);
  const height = nodeHeight(info);
  const { x, y } = node.position;
  const right = x + NODE_WIDTH - 10;
  const kindName = kind ? kind.label[locale] : canvas.unknownKind;
  const name = node.label || node.id;
  const params = keyParams(info);
  const count = (info?.trainableParams ?? 0) + (info?.nonTrainableParams ?? 0);
  const countText = count > 0 ? format(canvas.params, { count: formatCount(count) }) : "";
  const shape = info?.outputShape ? formatShape(info.outputShape) : canvas.noShape;
  const shapeRoom = NODE_WIDTH - 20 - (countText ? textWidthEm(countText) * 10 + 8 : 0);
  const footY = y + height - 7;
  const stroke = errors > 0 ? THEME.error : THEME.border;
  const parts = [
    `<g data-node="${escapeXml(node.id)}">`,
    // A coloured box under a white one 3 px lower gives the canvas's coloured top border with round corners.
    `<rect x="${num(x)}" y="${num(y)}" width="${NODE_WIDTH}" height="${height}" rx="8" fill="${errors > 0 ? THEME.error : colour}"/>`,
    `<rect x="${num(x)}" y="${num(y + 3)}" width="${NODE_WIDTH}" height="${height - 3}" rx="8" fill="${THEME.surface}"/>`,
    `<rect x="${num(x + 0.5)}" y="${num(y + 0.5)}" width="${NODE_WIDTH - 1}" height="${height - 1}" rx="8" fill="none" stroke="${stroke}"/>`,
    `<path d="${icon}" transform="translate(${num(x + 10)},${num(y + 8)}) scale(0.75)" fill="none" stroke="${colour}" stroke-width="1.9" stroke-linecap="round" stroke-linejoin="round"/>`,
    `<text x="${num(x + 27)}" y="${num(y + 18)}" font-size="11.5" font-weight="650" fill="${colour}">${escapeXml(fitText(kindName, NODE_WIDTH - 37 - (errors > 0 ? 18 : 0), 11.5))}</text>`,
    `<text x="${num(x + 10)}" y="${num(y + 34)}" font-size="13" font-weight="600" fill="${THEME.text}">${escapeXml(fitText(name, NODE_WIDTH - 20, 13))}</text>`,
  ];
  if (params)
    parts.push(
      `<text x="${num(x + 10)}" y="${num(y + 49)}" font-family="${MONO_FONT}" font-size="10.5" fill="${THEME.muted}">${escapeXml(fitText(params, NODE_WIDTH - 20, 10.5, MONO))}</text>`,
    );
  parts.push(
    `<path d="M${num(x + 10)},${num(footY - 12.5)}h${NODE_WIDTH - 20}" stroke="${THEME.border}" stroke-dasharray="3 2"/>`,
    `<text x="${num(x + 10)}" y="${num(footY)}" font-family="${MONO_FONT}" font-size="10.5" fill="${THEME.text}">${escapeXml(fitText(shape, shapeRoom, 10.5, MONO))}</text>`,
  );
  if (countText)
    parts.push(
      `<text x="${num(right)}" y="${num(footY)}" font-size="10" text-anchor="end" fill="${THEME.muted}">${escapeXml(countText)}</text>`,
    );
  if (errors > 0)
    parts.push(
      `<circle cx="${num(right - 4)}" cy="${num(y + 14)}" r="7" fill="${THEME.error}"/>`,
      `<text x="${num(right - 4)}" y="${num(y + 18)}" font-size="11" font-weight="700" text-anchor="middle" fill="#ffffff">!</text>`,
    );
  parts.push("</g>");
  return parts.join("");
}
