/** `neurograph grade`'s output: a table for people, a JSON document for scripts. */
import {
  describeGoal,
  formatResult,
  type GoalCheck,
  type I18nText,
  type Lab,
  type Locale,
  visible,
} from "../graph";
import type { GradeRow, GradeStatus } from "../training/node/grade";
import { diagnosticsJson } from "./format";

export interface GradedFile {
  readonly file: string;
  readonly row: GradeRow;
}

const STATUS: Record<GradeStatus, I18nText> = {
  passed: { en: "passed", zh: "通过" },
  failed: { en: "failed", zh: "未达标" },
  locked: { en: "lock broken", zh: "违反锁定" },
  invalid: { en: "invalid", zh: "无效" },
  unreadable: { en: "unreadable", zh: "无法读取" },
};

/** Terminal columns a string takes: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    width +=
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x20000 && code <= 0x3fffd)
        ? 2
        : 1;
  }
  return width;
}

function pad(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

/** A file's own name: an unreadable submission has no student, and its folder says nothing. */
function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

function goalCell(check: GoalCheck | undefined, locale: Locale): string {
  if (!check) return "—";
  if (check.actual === undefined) return "— ✗";
  return `${formatResult(check.goal.metric, check.actual, locale)} ${check.met ? "✓" : "✗"}`;
}

export function gradeTable(lab: Lab, graded: readonly GradedFile[], locale: Locale): string {
  const zh = locale === "zh";
  const header = [
    zh ? "学生" : "Student",
    zh ? "初始图" : "Starting graph",
    zh ? "状态" : "Status",
    ...lab.goals.map((goal) => describeGoal(goal, locale)),
    zh ? "参数量" : "Params",
    zh ? "最佳验证准确率" : "Best val accuracy",
    zh ? "备注" : "Notes",
  ];
  const rows = graded.map(({ file, row }) => {
    const results = row.results;
    return [
      visible(row.student ?? baseName(file), 40),
      visible(row.startingGraph ?? "—", 30),
      STATUS[row.status][locale],
      ...lab.goals.map((_, i) => goalCell(row.goals[i], locale)),
      results.params === undefined ? "—" : formatResult("params", results.params, locale),
      results.bestValAccuracy === undefined
        ? "—"
        : formatResult("bestValAccuracy", results.bestValAccuracy, locale),
      row.notes.map((note) => visible(note[locale], 300)).join(zh ? "；" : "; "),
    ];
  });
  const widths = header.map((cell, i) =>
    Math.max(displayWidth(cell), ...rows.map((r) => displayWidth(r[i]!))),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : pad(cell, widths[i]!)))
      .join("  ")
      .trimEnd();
  const counts = countStatuses(graded);
  const summary = (Object.keys(STATUS) as GradeStatus[])
    .filter((status) => counts[status] > 0)
    .map((status) => `${counts[status]} ${STATUS[status][locale]}`)
    .join(zh ? "，" : ", ");
  const title = zh ? lab.title.zh : lab.title.en;
  return [
    `${zh ? "实验" : "Lab"} ${visible(lab.id, 60)}${zh ? "：" : ": "}${visible(title, 120)}`,
    "",
    line(header),
    line(widths.map((w) => "-".repeat(w))),
    ...rows.map(line),
    "",
    `${graded.length} ${zh ? "份提交：" : graded.length === 1 ? "submission: " : "submissions: "}${summary}`,
    "",
  ].join("\n");
}

function countStatuses(graded: readonly GradedFile[]): Record<GradeStatus, number> {
  const counts: Record<GradeStatus, number> = {
    passed: 0,
    failed: 0,
    locked: 0,
    invalid: 0,
    unreadable: 0,
  };
  for (const { row } of graded) counts[row.status] += 1;
  return counts;
}

export function gradeJson(lab: Lab, graded: readonly GradedFile[]): string {
  return `${JSON.stringify(
    {
      ok: true,
      lab: { id: lab.id, title: lab.title, goals: lab.goals },
      counts: countStatuses(graded),
      submissions: graded.map(({ file, row }) => ({
        file,
        status: row.status,
        student: row.student,
        startingGraph: row.startingGraph,
        goals: row.goals.map((check) => ({
          ...check.goal,
          ...(check.actual === undefined ? {} : { actual: check.actual }),
          met: check.met,
        })),
        results: row.results,
        claimed: row.claimed,
        comparison: row.comparison,
        violations: row.violations.map(({ message, ...rest }) => ({
          ...rest,
          message: message.en,
          messageZh: message.zh,
        })),
        diagnostics: diagnosticsJson(row.diagnostics),
        notes: row.notes.map((note) => ({ en: note.en, zh: note.zh })),
        ...(row.seconds === undefined ? {} : { seconds: row.seconds }),
        ...(row.backend === undefined ? {} : { backend: row.backend }),
      })),
    },
    null,
    2,
  )}\n`;
}
