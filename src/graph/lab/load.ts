/**
 * Loading lab files and students' submissions: schema checked, every graph
 * loaded like any document, lock references checked. Hostile or broken
 * input comes back as one clear bilingual message, never a throw.
 */
import type { z } from "zod";
import { loadDocument } from "../document/load";
import type { GraphDocument } from "../document/schema";
import { type I18nText, t } from "../i18n";
import { layerKind } from "../layers/registry";
import { jsonText, quote, typeName, typeNameZh, visible } from "../text";
import { readTrainingSetup, trainingSetupSchema } from "../training/setup";
import { parseJsonInput } from "./jsonInput";
import {
  LAB_FORMAT,
  LAB_VERSION,
  type Lab,
  labSchema,
  SUBMISSION_FORMAT,
  SUBMISSION_VERSION,
  type Submission,
  submissionSchema,
} from "./schema";

export type LabLoad =
  | { readonly ok: true; readonly lab: Lab; readonly graphs: ReadonlyMap<string, GraphDocument> }
  | { readonly ok: false; readonly message: I18nText };

export type SubmissionLoad =
  | { readonly ok: true; readonly submission: Submission; readonly document: GraphDocument }
  | { readonly ok: false; readonly message: I18nText };

const LAB_NOUN = t("lab file", "实验文件");
const SUBMISSION_NOUN = t("submission", "提交文件");

export function loadLabText(text: string): LabLoad {
  const parsed = parseJsonInput(text, LAB_NOUN);
  return parsed.ok ? loadLab(parsed.value) : parsed;
}

export function loadSubmissionText(text: string): SubmissionLoad {
  const parsed = parseJsonInput(text, SUBMISSION_NOUN);
  return parsed.ok ? loadSubmission(parsed.value) : parsed;
}

export function loadLab(raw: unknown): LabLoad {
  const envelope = checkEnvelope(raw, LAB_FORMAT, LAB_VERSION, LAB_NOUN);
  if (envelope) return { ok: false, message: envelope };
  const parsed = labSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: schemaMessage(parsed.error, LAB_NOUN) };
  const lab = parsed.data;

  const graphs = new Map<string, GraphDocument>();
  for (const graph of lab.graphs) {
    if (graphs.has(graph.id))
      return fail(
        t(
          `The lab has two starting graphs with the id ${quote(graph.id)}; graph ids must be unique.`,
          `本实验有两个 id 都为 ${quote(graph.id)} 的初始图；图的 id 必须唯一。`,
        ),
      );
    const loaded = loadDocument(graph.document);
    const error = loaded.diagnostics.find((d) => d.severity === "error");
    if (!loaded.document || error)
      return fail(
        t(
          `Starting graph ${quote(graph.id)} is not a usable graph document: ${error?.message ?? "it could not be read"}`,
          `初始图 ${quote(graph.id)} 不是可用的图文档：${error?.messageZh ?? "无法读取"}`,
        ),
      );
    graphs.set(graph.id, loaded.document);
  }

  const training = readTrainingSetup(lab.training);
  const trainingProblem = training.problems[0];
  if (trainingProblem)
    return fail(
      t(
        `The lab's training section is invalid at "${visible(trainingProblem.path, 80)}": ${visible(trainingProblem.message)}.`,
        `实验的 training 部分在 "${visible(trainingProblem.path, 80)}" 处无效：${visible(trainingProblem.message)}。`,
      ),
    );

  const reference = checkLockReferences(lab, graphs);
  if (reference) return fail(reference);
  for (const goal of lab.goals)
    if (goal.atLeast !== undefined && goal.atMost !== undefined && goal.atLeast > goal.atMost)
      return fail(
        t(
          `Goal on "${goal.metric}" asks for at least ${goal.atLeast} and at most ${goal.atMost}: no result can meet it.`,
          `关于 "${goal.metric}" 的目标要求至少 ${goal.atLeast}、至多 ${goal.atMost}：任何结果都无法达成。`,
        ),
      );
  return { ok: true, lab, graphs };
}

export function loadSubmission(raw: unknown): SubmissionLoad {
  const envelope = checkEnvelope(raw, SUBMISSION_FORMAT, SUBMISSION_VERSION, SUBMISSION_NOUN);
  if (envelope) return { ok: false, message: envelope };
  const parsed = submissionSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: schemaMessage(parsed.error, SUBMISSION_NOUN) };
  const submission = parsed.data;
  const loaded = loadDocument(submission.document);
  if (!loaded.document) {
    const first = loaded.diagnostics[0];
    return fail(
      t(
        `The submission's graph cannot be read: ${first?.message ?? "unknown problem"}`,
        `提交中的图无法读取：${first?.messageZh ?? "未知问题"}`,
      ),
    );
  }
  // Errors beyond the envelope (a dangling edge, a bad param) are the grader's "invalid", not unreadable.
  return { ok: true, submission, document: loaded.document };
}

function fail(message: I18nText): { ok: false; message: I18nText } {
  return { ok: false, message };
}

/** Format and version first: a graph document or a newer file deserves a clearer word than a schema error. */
function checkEnvelope(
  raw: unknown,
  format: string,
  version: number,
  noun: I18nText,
): I18nText | null {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    return t(
      `Expected a ${noun.en} (a JSON object with "format": "${format}"), but found ${typeName(raw)}.`,
      `应为${noun.zh}（含 "format": "${format}" 的 JSON 对象），实际为${typeNameZh(raw)}。`,
    );
  const record = raw as Record<string, unknown>;
  const found = Object.hasOwn(record, "format") ? record.format : undefined;
  if (found !== format) {
    const shown =
      found === undefined ? "no format field" : `format ${visible(jsonText(found), 60)}`;
    const shownZh =
      found === undefined ? "没有 format 字段" : `format 为 ${visible(jsonText(found), 60)}`;
    const hint =
      found === "neurograph"
        ? t(
            " This is a graph document; open it in the editor, or put it in a lab's graphs.",
            " 这是一个图文档；请在编辑器中打开它，或把它放进实验的 graphs 中。",
          )
        : t("", "");
    return t(
      `Expected "format": "${format}" but found ${shown}.${hint.en}`,
      `应有 "format": "${format}"，实际${shownZh}。${hint.zh}`,
    );
  }
  const given = Object.hasOwn(record, "version") ? record.version : undefined;
  if (typeof given === "number" && Number.isInteger(given) && given > version)
    return t(
      `This ${noun.en} is version ${given}, written by a newer Neurograph; this one reads version ${version}. Update Neurograph to open it.`,
      `该${noun.zh}为第 ${given} 版，由更新的 Neurograph 写入；当前版本只能读取第 ${version} 版。请更新 Neurograph 后再打开。`,
    );
  if (given !== version)
    return t(
      `The ${noun.en}'s "version" is ${visible(jsonText(given), 40)}; expected ${version}.`,
      `该${noun.zh}的 "version" 为 ${visible(jsonText(given), 40)}；应为 ${version}。`,
    );
  return null;
}

/** The first few schema problems, each with the field's path. */
function schemaMessage(error: z.ZodError, noun: I18nText): I18nText {
  const issues = error.issues.slice(0, 3);
  const lines = issues.map((issue) => {
    const path = issue.path.map(String).join(".") || "(file)";
    return `"${visible(path, 120)}": ${visible(issue.message, 200)}`;
  });
  const more = error.issues.length > issues.length ? error.issues.length - issues.length : 0;
  return t(
    `The ${noun.en} has invalid fields: ${lines.join("; ")}${more ? ` (and ${more} more)` : ""}.`,
    `该${noun.zh}有无效字段：${lines.join("；")}${more ? `（另有 ${more} 处）` : ""}。`,
  );
}

/** Every lock names a node some starting graph has, a param that node's kind has, a training field that exists. */
function checkLockReferences(
  lab: Lab,
  graphs: ReadonlyMap<string, GraphDocument>,
): I18nText | null {
  const nodeTypes = new Map<string, Set<string>>();
  for (const graph of graphs.values())
    for (const node of graph.nodes) {
      const types = nodeTypes.get(node.id) ?? new Set<string>();
      types.add(node.type);
      nodeTypes.set(node.id, types);
    }
  const missing = (id: string) =>
    t(
      `The lab locks node ${quote(id)}, but no starting graph has a node with that id.`,
      `本实验锁定了节点 ${quote(id)}，但没有任何初始图包含这个 id 的节点。`,
    );
  for (const id of lab.locks.nodes) if (!nodeTypes.has(id)) return missing(id);
  for (const { node, param } of lab.locks.params) {
    const types = nodeTypes.get(node);
    if (!types) return missing(node);
    const known = [...types].some((type) => {
      const kind = layerKind(type);
      return !kind || Object.hasOwn(kind.params, param);
    });
    if (!known)
      return t(
        `The lab locks param "${visible(param, 60)}" of node ${quote(node)}, but a ${[...types].join("/")} layer has no such param.`,
        `本实验锁定了节点 ${quote(node)} 的参数 "${visible(param, 60)}"，但 ${[...types].join("/")} 层没有这个参数。`,
      );
  }
  const fields = Object.keys(trainingSetupSchema.shape);
  for (const key of lab.locks.training) {
    const top = key.split(".")[0]!;
    if (!fields.includes(top))
      return t(
        `The lab locks training setting "${visible(key, 60)}", which is not a training setting (known: ${fields.join(", ")}).`,
        `本实验锁定了训练设置 "${visible(key, 60)}"，但这不是有效的训练设置（可用：${fields.join("、")}）。`,
      );
  }
  return null;
}
