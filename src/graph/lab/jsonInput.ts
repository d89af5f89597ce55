/**
 * Reading a lab or submission file's text: a size bound before parsing, and
 * a JSON syntax error said in people's terms (line and column, bilingual).
 * Files come from strangers; nothing here throws.
 */
import { type I18nText, t } from "../i18n";
import { visible } from "../text";

/** Larger texts are refused before parsing; a lab with eight starting graphs is well under a MiB. */
export const MAX_LAB_FILE_CHARS = 16 * 1024 * 1024;

export type JsonInput =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly message: I18nText };

/** `what` names the file in messages, e.g. { en: "lab file", zh: "实验文件" }. */
export function parseJsonInput(text: string, what: I18nText): JsonInput {
  if (text.length > MAX_LAB_FILE_CHARS)
    return {
      ok: false,
      message: t(
        `The ${what.en} is ${text.length} characters long, more than the ${MAX_LAB_FILE_CHARS}-character limit.`,
        `该${what.zh}长 ${text.length} 个字符，超过了 ${MAX_LAB_FILE_CHARS} 个字符的上限。`,
      ),
    };
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim().length === 0)
    return {
      ok: false,
      message: t(`The ${what.en} is empty; expected JSON.`, `该${what.zh}为空；应为 JSON。`),
    };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const detail = visible(raw.replace(/\s*\(line \d+ column \d+\)/, ""));
    const where = locate(body, raw);
    return {
      ok: false,
      message: t(
        `The ${what.en} is not valid JSON${where.en}: ${detail}. Check for a missing comma, quote or bracket there.`,
        `该${what.zh}不是有效的 JSON${where.zh}：${detail}。请检查该处是否缺少逗号、引号或括号。`,
      ),
    };
  }
}

/** V8 reports a character offset (or, for text cut short, none); people think in lines and columns. */
function locate(text: string, message: string): I18nText {
  const match = /position (\d+)/.exec(message);
  const ended = /end of JSON input|Unterminated/.test(message);
  if (!match && !ended) return t("", "");
  const offset = match ? Math.min(Number(match[1]), text.length) : text.length;
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return t(` at line ${line}, column ${column}`, `（第 ${line} 行第 ${column} 列）`);
}
