/**
 * Quoting user-supplied strings (ids, labels) inside messages. Documents come
 * from strangers: a 10,000-character id or one holding terminal escape codes
 * must not wreck a message, a log, or a terminal.
 */
const MAX_QUOTED = 48;

export function quote(value: string): string {
  return `'${visible(value, MAX_QUOTED)}'`;
}

/** The text with control characters (terminal escapes, NUL, …) replaced and its length capped. */
export function visible(value: string, maxLength = 200): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: replacing control characters is the point
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, "\uFFFD");
  return clean.length > maxLength ? `${clean.slice(0, maxLength - 1)}…` : clean;
}

/**
 * A value as JSON, for showing it in a message. Never throws: `validateValue`
 * takes any JavaScript value, and BigInt or a cycle has no JSON form.
 */
export function jsonText(value: unknown): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    json = typeof value === "bigint" ? `${value}n` : typeName(value);
  }
  if (json === undefined) return visible(String(value));
  // JSON escapes C0 controls but not DEL and C1 (U+0080–U+009F, e.g. the one-byte CSI).
  return json.replace(
    /[\u007f-\u009f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** A JSON-ish name for the type of a value, for "expected X, found Y" messages. */
export function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  switch (typeof value) {
    case "string":
      return "text";
    case "number":
      return "a number";
    case "boolean":
      return "true/false";
    case "object":
      return "an object";
    default:
      return typeof value;
  }
}

export function typeNameZh(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "数组";
  switch (typeof value) {
    case "string":
      return "文本";
    case "number":
      return "数字";
    case "boolean":
      return "布尔值";
    case "object":
      return "对象";
    default:
      return typeof value;
  }
}

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  if (a.length > 64 || b.length > 64) return Math.abs(a.length - b.length) + 64;
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      const cost = a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return row[b.length]!;
}

export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = editDistance(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
