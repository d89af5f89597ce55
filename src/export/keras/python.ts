/**
 * Python source text from TypeScript values: literals that Python reads back
 * exactly, comments that stay comments whatever the user typed, and calls
 * laid out the way the `black` formatter would (one line when it fits in
 * the line width, else one argument per line with a trailing comma).
 */

/** The generated code's line width, as black's default plus a little (our calls carry names). */
export const LINE_WIDTH = 99;

const INDENT = "    ";

/** An integer literal. */
export function pyInt(value: number): string {
  if (!Number.isSafeInteger(value)) throw new Error(`not an integer: ${value}`);
  return String(value);
}

/** A float literal: always with a point or exponent, so Python sees a float ("1.0", "1e-07"). */
export function pyFloat(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  const text = String(value);
  return /[.eE]/.test(text) ? text.replace(/e([+-]?)(\d)$/, "e$10$2") : `${text}.0`;
}

/** A number as it is: an integer stays an integer, anything else becomes a float literal. */
export function pyNumber(value: number): string {
  return Number.isSafeInteger(value) ? pyInt(value) : pyFloat(value);
}

export function pyBool(value: boolean): string {
  return value ? "True" : "False";
}

/**
 * A string literal. JSON's escapes (\" \\ \n \t \uXXXX …) are Python's too;
 * lone surrogates come out as \udXXX escapes, which Python accepts.
 */
export function pyStr(value: string): string {
  return JSON.stringify(value);
}

/** A tuple literal of numbers; `null` dimensions become None. One element keeps its comma: (784,). */
export function pyTuple(values: readonly (number | null)[]): string {
  const items = values.map((v) => (v === null ? "None" : pyNumber(v)));
  return items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`;
}

export function pyList(items: readonly string[]): string {
  return `[${items.join(", ")}]`;
}

/** A JSON-like value as a Python literal (dicts, lists, strings, numbers, booleans, None). */
export function pyValue(value: unknown): string {
  if (value === null || value === undefined) return "None";
  if (typeof value === "boolean") return pyBool(value);
  if (typeof value === "number") return pyNumber(value);
  if (typeof value === "string") return pyStr(value);
  if (Array.isArray(value)) return pyList(value.map(pyValue));
  if (typeof value === "object")
    return `{${Object.entries(value)
      .map(([k, v]) => `${pyStr(k)}: ${pyValue(v)}`)
      .join(", ")}}`;
  throw new Error(`no Python literal for ${typeof value}`);
}

/**
 * Text safe inside a `#` comment: one line, no control characters, and
 * valid UTF-8 (a lone surrogate would make the file undecodable).
 */
export function commentText(text: string): string {
  const isBreak = (code: number) =>
    code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
  const oneLine = Array.from(text.replace(/\p{Surrogate}/gu, "\uFFFD"), (c) =>
    isBreak(c.codePointAt(0)!) ? " " : c,
  ).join("");
  return oneLine.replace(/ {2,}/g, " ").trim();
}

/** `text` as comment lines at `indent`, wrapped at the line width. */
export function comment(text: string, indent = ""): string[] {
  const width = LINE_WIDTH - indent.length - 2;
  const lines: string[] = [];
  let line = "";
  for (const word of commentText(text).split(/ +/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines.map((l) => `${indent}# ${l}`.trimEnd());
}

/** `name=value`, for keyword arguments. */
export function kw(name: string, value: string): string {
  return `${name}=${value}`;
}

/**
 * A call `callee(args)` followed by `suffix` (e.g. "(x)" to apply a layer),
 * starting at `indent` after `prefix` (e.g. "hidden = "). Returns lines.
 */
export function callLines(
  prefix: string,
  callee: string,
  args: readonly string[],
  indent = "",
  suffix = "",
): string[] {
  return bracketLines(`${indent}${prefix}${callee}(`, args, `)${suffix}`, indent);
}

/**
 * `open` + items + `close` as black lays it out: on one line when it fits,
 * else the items on one indented line between the brackets, else one item
 * per line with a trailing comma.
 */
export function bracketLines(
  open: string,
  items: readonly string[],
  close: string,
  indent = "",
): string[] {
  const joined = items.join(", ");
  if (`${open}${joined}${close}`.length <= LINE_WIDTH || items.length === 0)
    return [`${open}${joined}${close}`];
  const inner = `${indent}${INDENT}${joined}`;
  if (inner.length <= LINE_WIDTH) return [open, inner, `${indent}${close}`];
  return [
    open,
    ...items.flatMap((item) => itemLines(item, `${indent}${INDENT}`)),
    `${indent}${close}`,
  ];
}

/** One item of a bracket per line; a call too long for it (a Bidirectional's inner layer) is broken in turn. */
function itemLines(item: string, indent: string): string[] {
  const line = `${indent}${item},`;
  const call = /^([\w.]+)\((.*)\)$/s.exec(item);
  if (line.length <= LINE_WIDTH || !call) return [line];
  const lines = bracketLines(`${indent}${call[1]}(`, topLevelParts(call[2]!), "),", indent);
  return lines;
}

/** Splits `a, f(b, c), "d, e"` at its top-level commas (outside brackets and strings). */
function topLevelParts(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) depth--;
    else if (c === "," && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts.filter((p) => p !== "");
}

/** Re-indents a block of lines (for nesting generated code). */
export function indentLines(lines: readonly string[], levels = 1): string[] {
  const pad = INDENT.repeat(levels);
  return lines.map((line) => (line === "" ? "" : pad + line));
}

/** Python's keywords (and soft keywords that would confuse readers): never used as identifiers. */
export const PYTHON_KEYWORDS: ReadonlySet<string> = new Set([
  "False",
  "None",
  "True",
  "and",
  "as",
  "assert",
  "async",
  "await",
  "break",
  "case",
  "class",
  "continue",
  "def",
  "del",
  "elif",
  "else",
  "except",
  "finally",
  "for",
  "from",
  "global",
  "if",
  "import",
  "in",
  "is",
  "lambda",
  "match",
  "nonlocal",
  "not",
  "or",
  "pass",
  "raise",
  "return",
  "try",
  "type",
  "while",
  "with",
  "yield",
  "_",
]);
