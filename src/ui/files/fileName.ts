/** A graph's name as a file name that every operating system accepts. */

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are not allowed in file names
const FORBIDDEN = /[\u0000-\u001f\u007f<>:"/\\|?*]+/g;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i; // Windows device names
const MAX_LENGTH = 100;

export function downloadName(name: string, extension: "json" | "svg" | "png" | "zip"): string {
  let base = name
    .replace(FORBIDDEN, "_")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, "");
  // Cut by code points so that an emoji is never split in half.
  if (base.length > MAX_LENGTH) base = Array.from(base).slice(0, MAX_LENGTH).join("").trim();
  if (!base || RESERVED.test(base)) base = base ? `_${base}` : "graph";
  return `${base}.${extension}`;
}
