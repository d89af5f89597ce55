/**
 * parse → migrate → validate the envelope. Never throws: every way a file can
 * be wrong comes back as diagnostics, and `document` is null only when there
 * is no usable graph at all (so an editor keeps the user's current work).
 */
import type { z } from "zod";
import { type Diagnostic, diagnostic } from "../diagnostics";
import { t } from "../i18n";
import { jsonText, quote, typeName, typeNameZh, visible } from "../text";
import { MIGRATIONS, type Migration, runMigrations } from "./migrations";
import { CURRENT_VERSION, DOCUMENT_FORMAT, documentSchema, type GraphDocument } from "./schema";

export interface LoadResult {
  readonly document: GraphDocument | null;
  readonly diagnostics: Diagnostic[];
  /** Names of the migrations that were applied, oldest first. */
  readonly migrations: string[];
}

export function loadDocumentText(
  text: string,
  migrations: readonly Migration[] = MIGRATIONS,
): LoadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return refuse(notJson(text, error));
  }
  return loadDocument(raw, migrations);
}

export function loadDocument(
  raw: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
): LoadResult {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return refuse(
      diagnostic(
        "NG102",
        t(
          `Expected a Neurograph document (a JSON object with "format": "neurograph"), but found ${typeName(raw)}.`,
          `应为 Neurograph 文档（含 "format": "neurograph" 的 JSON 对象），实际为${typeNameZh(raw)}。`,
        ),
      ),
    );
  }
  const record = raw as Record<string, unknown>;
  const formatProblem = checkFormat(record);
  if (formatProblem) return refuse(formatProblem);

  const version = record.version as number;
  let migrated: Record<string, unknown> = record;
  let applied: string[] = [];
  if (version < CURRENT_VERSION) {
    const outcome = runMigrations(record, version, CURRENT_VERSION, migrations);
    if (!outcome.ok) return refuse(unknownVersion(version));
    migrated = outcome.document;
    applied = outcome.applied;
  }

  const parsed = documentSchema.safeParse(migrated);
  if (!parsed.success) {
    return {
      document: null,
      diagnostics: parsed.error.issues.map((i) => issueToDiagnostic(i, migrated)),
      migrations: applied,
    };
  }
  return { document: parsed.data, diagnostics: [], migrations: applied };
}

function refuse(d: Diagnostic): LoadResult {
  return { document: null, diagnostics: [d], migrations: [] };
}

function checkFormat(record: Record<string, unknown>): Diagnostic | null {
  if (record.format !== DOCUMENT_FORMAT) {
    const looksLikeModel = "modelTopology" in record || "class_name" in record;
    const hint = looksLikeModel
      ? t(
          " This looks like a TensorFlow.js/Keras model file, not a graph document.",
          " 这看起来是 TensorFlow.js/Keras 模型文件，而不是图文档。",
        )
      : t("", "");
    const found =
      record.format === undefined
        ? "no format field"
        : `format ${jsonText(record.format).slice(0, 60)}`;
    return diagnostic(
      "NG102",
      t(
        `Expected "format": "neurograph" but found ${found}.${hint.en}`,
        `应有 "format": "neurograph"，实际为 ${found}。${hint.zh}`,
      ),
    );
  }
  const version = record.version;
  if (version === undefined) {
    return diagnostic(
      "NG102",
      t(
        `The document has no "version" field. Add "version": ${CURRENT_VERSION}.`,
        `文档缺少 "version" 字段。请添加 "version": ${CURRENT_VERSION}。`,
      ),
    );
  }
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return unknownVersion(version);
  }
  if (version > CURRENT_VERSION) {
    return diagnostic(
      "NG103",
      t(
        `This document is version ${version}, written by a newer Neurograph; this one reads versions up to ${CURRENT_VERSION}. Update Neurograph to open it.`,
        `此文档为第 ${version} 版，由更新的 Neurograph 写入；当前版本最多读取第 ${CURRENT_VERSION} 版。请更新 Neurograph 后再打开。`,
      ),
    );
  }
  return null;
}

function unknownVersion(version: unknown): Diagnostic {
  const shown = jsonText(version).slice(0, 40);
  return diagnostic(
    "NG103",
    t(
      `"version" is ${shown}, which is not a Neurograph document version (expected a whole number from 1 to ${CURRENT_VERSION}).`,
      `"version" 为 ${shown}，不是有效的 Neurograph 文档版本（应为 1 到 ${CURRENT_VERSION} 的整数）。`,
    ),
  );
}

function notJson(text: string, error: unknown): Diagnostic {
  // V8 quotes the offending source text in its message; the file may hold terminal escapes.
  // Newer engines add "(line 3 column 5)" themselves; we say where in our own words.
  const raw = error instanceof Error ? error.message : String(error);
  const detail = visible(raw.replace(/\s*\(line \d+ column \d+\)/, ""));
  const where = locate(text, detail);
  const empty = text.trim().length === 0;
  return diagnostic(
    "NG101",
    empty
      ? t(
          "The file is empty; expected a JSON graph document.",
          "文件为空；应为 JSON 格式的图文档。",
        )
      : t(
          `The file is not valid JSON${where.en}: ${detail}. Check for a missing comma, quote or bracket there.`,
          `文件不是有效的 JSON${where.zh}：${detail}。请检查该处是否缺少逗号、引号或括号。`,
        ),
  );
}

/** V8 reports a character offset (or, for a file cut short, none); people think in lines and columns. */
function locate(text: string, message: string): { en: string; zh: string } {
  const match = /position (\d+)/.exec(message);
  const ended = /end of JSON input/.test(message);
  if (!match && !ended) return { en: "", zh: "" };
  const offset = match ? Math.min(Number(match[1]), text.length) : text.length;
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return { en: ` at line ${line}, column ${column}`, zh: `（第 ${line} 行第 ${column} 列）` };
}

const ENTRY_NOUN: Record<string, { en: string; zh: string }> = {
  nodes: { en: "Node", zh: "节点" },
  edges: { en: "Edge", zh: "连线" },
  groups: { en: "Group", zh: "分组" },
};

function issueToDiagnostic(issue: z.core.$ZodIssue, raw: Record<string, unknown>): Diagnostic {
  const path = issue.path.map(String);
  const value = valueAt(raw, issue.path);
  const [collection, index, ...rest] = issue.path;
  const noun = typeof collection === "string" ? ENTRY_NOUN[collection] : undefined;
  const problem = describeIssue(issue, value);
  if (noun && typeof index === "number") {
    const entry = (raw[collection as string] as unknown[])[index];
    const entryId =
      typeof entry === "object" &&
      entry !== null &&
      typeof (entry as { id?: unknown }).id === "string"
        ? (entry as { id: string }).id
        : undefined;
    const who = entryId !== undefined ? ` ${quote(entryId)}` : ` #${index + 1}`;
    const field = rest.length > 0 ? rest.map(String).join(".") : "";
    const fieldEn = field ? ` field "${field}"` : "";
    const fieldZh = field ? `字段 "${field}"` : "";
    return diagnostic(
      "NG104",
      t(`${noun.en}${who}:${fieldEn} ${problem.en}`, `${noun.zh}${who}：${fieldZh}${problem.zh}`),
      collection === "nodes" && entryId !== undefined
        ? { nodeId: entryId }
        : collection === "edges" && entryId !== undefined
          ? { edgeId: entryId }
          : {},
    );
  }
  const field = path.join(".") || "(document)";
  return diagnostic(
    "NG102",
    t(`Field "${field}": ${problem.en}`, `字段 "${field}"：${problem.zh}`),
  );
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown): { en: string; zh: string } {
  switch (issue.code) {
    case "invalid_type":
      if (value === undefined) return t("is required but missing.", "为必填项，但缺失。");
      return t(
        `expected ${issue.expected}, found ${typeName(value)}.`,
        `应为 ${issue.expected}，实际为${typeNameZh(value)}。`,
      );
    case "too_small":
      return t(`is too short or too small (${issue.message}).`, `过短或过小（${issue.message}）。`);
    case "too_big":
      return t(`is too long or too large (${issue.message}).`, `过长或过大（${issue.message}）。`);
    default:
      return t(`is invalid: ${issue.message}.`, `无效：${issue.message}。`);
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return undefined;
    if (!Object.hasOwn(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
