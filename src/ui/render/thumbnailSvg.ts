/**
 * A small picture of a graph for cards and lists: category-coloured boxes and
 * the edges between them, no text (it would be unreadable at this size, and
 * a thumbnail needs no analysis, so it stays cheap enough to redraw on every
 * autosave).
 */
import { type GraphDocument, layerKind } from "../../graph";
import { CATEGORY_COLOURS } from "../canvas/categoryStyle";
import { bezier, boundsOf, drawableNodes, NODE_HEIGHT, NODE_WIDTH, nodeBox } from "./geometry";
import { num } from "./svgText";

export const THUMBNAIL_WIDTH = 240;
export const THUMBNAIL_HEIGHT = 150;
/** Room around the graph, in graph units, so boxes never touch the card's edge. */
const MARGIN = 60;

export function renderThumbnailSvg(document: GraphDocument): string {
  const nodes = drawableNodes(document);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const b = boundsOf(nodes.map((n) => nodeBox(n)));
  // A small graph should not fill the card: show at least three node widths by four node heights.
  const minWidth = NODE_WIDTH * 3;
  const minHeight = NODE_HEIGHT * 4;
  const w = Math.max(b.width + 2 * MARGIN, minWidth);
  const h = Math.max(b.height + 2 * MARGIN, minHeight);
  const x = b.x + b.width / 2 - w / 2;
  const y = b.y + b.height / 2 - h / 2;
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${THUMBNAIL_WIDTH}" height="${THUMBNAIL_HEIGHT}" viewBox="${num(x)} ${num(y)} ${num(w)} ${num(h)}" preserveAspectRatio="xMidYMid meet">`,
  ];
  if (nodes.length === 0) {
    out.push(
      `<rect x="${num(b.x)}" y="${num(b.y)}" width="${NODE_WIDTH}" height="${NODE_HEIGHT}" rx="12" fill="none" stroke="#9aa3b2" stroke-width="2" stroke-dasharray="8 6" vector-effect="non-scaling-stroke"/>`,
    );
  }
  const seen = new Set<string>();
  for (const edge of document.edges) {
    const s = byId.get(edge.source);
    const t = byId.get(edge.target);
    if (!s || !t || seen.has(edge.id)) continue;
    seen.add(edge.id);
    const { path } = bezier(
      { x: s.position.x + NODE_WIDTH / 2, y: s.position.y + NODE_HEIGHT },
      { x: t.position.x + NODE_WIDTH / 2, y: t.position.y },
    );
    out.push(
      `<path d="${path}" fill="none" stroke="#8a94a6" stroke-width="1.5" vector-effect="non-scaling-stroke"/>`,
    );
  }
  for (const node of nodes) {
    const kind = layerKind(node.type);
    const colour = kind ? CATEGORY_COLOURS[kind.category] : "#9ca3af";
    out.push(
      `<rect x="${num(node.position.x)}" y="${num(node.position.y)}" width="${NODE_WIDTH}" height="${NODE_HEIGHT}" rx="14" fill="${colour}"/>`,
    );
  }
  out.push("</svg>");
  return out.join("");
}

/** An SVG string as an <img> source. Images never run scripts, whatever the SVG holds. */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
