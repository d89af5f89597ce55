/**
 * Text inside generated SVG. Every string that reaches an SVG file comes from
 * a document, and documents come from strangers: it is escaped for XML, freed
 * of characters XML 1.0 forbids (a NUL or a lone surrogate would make the
 * whole file unreadable), and cut to the width it is drawn in.
 */

const XML_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Control characters (tab and newline included: our labels are one line) and XML's non-characters. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const NOT_XML = /[\u0000-\u001f\u007f-\u009f\ufffe\uffff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Makes any string safe as XML character data or a quoted attribute value. */
export function escapeXml(value: string): string {
  return value
    .replace(NOT_XML, "\ufffd")
    .replace(LONE_SURROGATE, "\ufffd")
    .replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

/** Average advance of a Latin character, in ems: a proportional face, and a monospace one (0.6 em plus a margin). */
export const SANS = 0.57;
export const MONO = 0.61;

/** Wide (CJK, fullwidth, emoji) characters take about one em; others `latin`. */
function charWidth(codePoint: number, latin: number): number {
  if (codePoint >= 0x1100 && (codePoint <= 0x115f || codePoint >= 0x2e80)) return 1;
  if (codePoint < 0x20) return 0;
  return latin;
}

/** The approximate width of a text in ems (no DOM to measure with, so an estimate that errs wide). */
export function textWidthEm(text: string, latin = SANS): number {
  let width = 0;
  for (const c of text) width += charWidth(c.codePointAt(0)!, latin);
  return width;
}

/** The text shortened with an ellipsis so that it fits `maxWidth` pixels at `fontSize`. */
export function fitText(text: string, maxWidth: number, fontSize: number, latin = SANS): string {
  const budget = maxWidth / fontSize;
  if (textWidthEm(text, latin) <= budget) return text;
  let width = textWidthEm("…", latin);
  let out = "";
  for (const c of text) {
    width += charWidth(c.codePointAt(0)!, latin);
    if (width > budget) break;
    out += c;
  }
  return `${out}…`;
}

/** A number written compactly for attributes: at most one decimal, no "-0". */
export function num(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? "0" : String(rounded);
}
