/**
 * Python source written as a TypeScript template literal: the text between
 * the first and last line breaks, its common indentation removed. Raw, so
 * Python's backslashes stay as they are.
 */
export function pyBlock(strings: TemplateStringsArray): readonly string[] {
  const text = String.raw({ raw: strings.raw });
  const lines = text
    .replace(/^\n/, "")
    .replace(/\n\s*$/, "")
    .split("\n");
  const indents = lines.filter((l) => l.trim() !== "").map((l) => /^ */.exec(l)![0].length);
  const common = Math.min(...indents);
  return lines.map((l) => (l.trim() === "" ? "" : l.slice(common)));
}
