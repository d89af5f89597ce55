import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { GraphDocument } from "../../../graph";
import { createSubmission, loadLab } from "../../../graph/lab";
import {
  type GradedRow,
  gradeSubmission,
  type LabContext,
  type LeaderboardRow,
  nextOrder,
  type SubmissionFile,
  sortRows,
} from "./leaderboard";

const xor = JSON.parse(readFileSync("presets/xor-mlp.json", "utf8")) as GraphDocument;

function testLab(): LabContext {
  const loaded = loadLab({
    format: "neurograph-lab",
    version: 1,
    id: "xor-lab",
    title: { en: "XOR", zh: "异或" },
    instructions: { en: "Solve XOR.", zh: "解决异或。" },
    graphs: [{ id: "mlp", title: { en: "MLP", zh: "多层感知机" }, document: xor }],
    training: { epochs: 20, seed: 7 },
    locks: { nodes: ["in"], params: [{ node: "out", param: "units" }], training: ["epochs"] },
    goals: [
      { metric: "bestValAccuracy", atLeast: 0.9 },
      { metric: "params", atMost: 200 },
    ],
  });
  if (!loaded.ok) throw new Error(loaded.message.en);
  return { lab: loaded.lab, graphs: loaded.graphs };
}

let keys = 0;
function file(name: string, content: unknown): SubmissionFile {
  return {
    key: `k${++keys}`,
    name,
    text: typeof content === "string" ? content : JSON.stringify(content),
  };
}

function submit(
  context: LabContext,
  student: string,
  document: GraphDocument,
  results: Record<string, number>,
) {
  return createSubmission({
    lab: context.lab,
    startingGraph: "mlp",
    student,
    document,
    results,
    now: new Date("2026-01-01T00:00:00Z"),
  });
}

function withUnits(document: GraphDocument, nodeId: string, units: number): GraphDocument {
  return {
    ...document,
    nodes: document.nodes.map((n) =>
      n.id === nodeId ? { ...n, params: { ...n.params, units } } : n,
    ),
  };
}

describe("leaderboard rows", () => {
  const context = testLab();
  const start = { ...xor, training: { ...xor.training, epochs: 20, seed: 7 } };

  it("judges goals on the claimed results, recounting parameters from the graph", () => {
    // The student claims 10 parameters; the graph has 8·2+8 + 8·8+8 + 8·2+2 = 114.
    const row = gradeSubmission(
      context,
      file("ada.json", submit(context, "Ada", start, { bestValAccuracy: 0.95, params: 10 })),
    );
    expect(row.ok).toBe(true);
    const graded = row as GradedRow;
    expect(graded.results.params).toBe(114);
    expect(graded.checks.map((c) => c.met)).toEqual([true, true]);
    expect(graded.violations).toEqual([]);
    expect(graded.startingTitle.en).toBe("MLP");
  });

  it("re-checks the locks: a changed locked param and training key are reported", () => {
    const changed = { ...withUnits(start, "out", 3), training: { ...start.training, epochs: 99 } };
    const row = gradeSubmission(
      context,
      file("bob.json", submit(context, "Bob", changed, { bestValAccuracy: 0.5 })),
    ) as GradedRow;
    expect(row.violations.map((v) => v.kind).sort()).toEqual(["paramChanged", "trainingChanged"]);
    expect(row.checks[0]!.met).toBe(false);
  });

  it("reports unreadable files, other labs' submissions and read failures as invalid", () => {
    const broken = gradeSubmission(context, file("broken.json", "{ not json"));
    expect(broken.ok).toBe(false);
    expect(broken.ok ? "" : broken.message.en).toMatch(/not valid JSON/);
    const other = gradeSubmission(
      context,
      file("other.json", { ...submit(context, "Cy", start, {}), lab: "another-lab" }),
    );
    expect(other.ok ? "" : other.message.en).toMatch(/another-lab/);
    const failed = gradeSubmission(context, {
      ...file("big.json", ""),
      failure: { en: "too large", zh: "太大" },
    });
    expect(failed.ok ? "" : failed.message.en).toBe("too large");
  });

  it("sorts by any column both ways, invalid and missing values last", () => {
    const rows: LeaderboardRow[] = [
      gradeSubmission(
        context,
        file("a.json", submit(context, "Zoe", start, { bestValAccuracy: 0.7 })),
      ),
      gradeSubmission(context, file("b.json", "[]")),
      gradeSubmission(
        context,
        file(
          "c.json",
          submit(context, "adam", withUnits(start, "hidden1", 4), { bestValAccuracy: 0.99 }),
        ),
      ),
      gradeSubmission(context, file("d.json", submit(context, "Mia", start, {}))),
    ];
    const names = (order: Parameters<typeof sortRows>[1]) =>
      sortRows(rows, order, "en").map((r) => (r.ok ? r.submission.student : r.fileName));
    const byAccuracy = nextOrder(null, "bestValAccuracy");
    expect(byAccuracy.direction).toBe("ascending");
    expect(names(byAccuracy)).toEqual(["Zoe", "adam", "b.json", "Mia"]);
    expect(names(nextOrder(byAccuracy, "bestValAccuracy"))).toEqual([
      "adam",
      "Zoe",
      "b.json",
      "Mia",
    ]);
    expect(names(nextOrder(null, "student"))).toEqual(["adam", "Mia", "Zoe", "b.json"]);
    // Goal columns sort by the goal's value: parameters recounted (adam's smaller hidden layer).
    expect(names({ column: "goal:1", direction: "ascending" })).toEqual([
      "adam",
      "Zoe",
      "Mia",
      "b.json",
    ]);
    expect(names(null)).toEqual(["Zoe", "b.json", "adam", "Mia"]);
  });
});
