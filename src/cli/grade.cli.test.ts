/**
 * `neurograph grade` through the real executable on the example labs' sample
 * submissions (labs/submissions/): each graded as the lab says — re-trained
 * and passed or failed, or refused for a broken lock or an invalid graph —
 * and a bad file is a row, not a crash.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = join(ROOT, "bin", "neurograph.mjs");
const LAB_BUDGET = "labs/cnn-parameter-budget.json";
const LAB_RNN = "labs/rnn-remember.json";
const budget = (file: string) => `labs/submissions/cnn-parameter-budget/${file}`;
const rnn = (file: string) => `labs/submissions/rnn-remember/${file}`;

function grade(argv: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, "grade", ...argv],
      { cwd: ROOT, timeout: 280_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : -1;
        resolve({ code, out: stdout, err: stderr });
      },
    );
  });
}

interface JsonRow {
  file: string;
  status: string;
  student: string | null;
  startingGraph: string | null;
  goals: { metric: string; atLeast?: number; atMost?: number; actual?: number; met: boolean }[];
  results: Record<string, number>;
  claimed: Record<string, number>;
  comparison: { metric: string; claimed: number; measured: number }[];
  violations: {
    kind: string;
    node?: string;
    param?: string;
    key?: string;
    message: string;
    messageZh: string;
  }[];
  diagnostics: { code: string; severity: string; message: string }[];
  notes: { en: string; zh: string }[];
  seconds?: number;
  backend?: string;
}

let folder = "";
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "neurograph-grade-"));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe("neurograph grade", () => {
  it("grades the CNN-budget lab: passed, failed, a broken lock and an invalid graph (JSON)", async () => {
    const files = [
      budget("cnn-parameter-budget-Li-Na.json"),
      budget("cnn-parameter-budget-Tom-Becker.json"),
      budget("cnn-parameter-budget-张伟.json"),
      budget("cnn-parameter-budget-Sam-Ortiz.json"),
    ];
    const { code, out } = await grade([LAB_BUDGET, ...files, "--json"]);
    expect(code).toBe(0);
    const report = JSON.parse(out) as {
      ok: boolean;
      lab: { id: string };
      counts: Record<string, number>;
      submissions: JsonRow[];
    };
    expect(report.ok).toBe(true);
    expect(report.lab.id).toBe("cnn-parameter-budget");
    expect(report.counts).toEqual({ passed: 1, failed: 1, locked: 1, invalid: 1, unreadable: 0 });
    const [passed, failed, locked, invalid] = report.submissions;

    expect(passed).toMatchObject({ file: files[0], status: "passed", student: "Li Na" });
    expect(passed!.startingGraph).toBe("cnn");
    expect(passed!.goals.map((g) => [g.metric, g.met])).toEqual([
      ["bestValAccuracy", true],
      ["params", true],
    ]);
    expect(passed!.results.params).toBe(2970);
    expect(["wasm", "cpu"]).toContain(passed!.backend);
    // Same graph, setup, seed and backend as the student's recorded run: the claim holds.
    const claim = passed!.comparison.find((c) => c.metric === "bestValAccuracy")!;
    expect(Math.abs(claim.claimed - claim.measured)).toBeLessThanOrEqual(0.02);
    expect(passed!.notes).toEqual([]);

    expect(failed).toMatchObject({ status: "failed", student: "Tom Becker", startingGraph: "mlp" });
    const accuracy = failed!.goals.find((g) => g.metric === "bestValAccuracy")!;
    expect(accuracy.met).toBe(false);
    expect(accuracy.actual).toBeLessThan(0.82);
    expect(failed!.goals.find((g) => g.metric === "params")).toMatchObject({
      actual: 4780,
      met: true,
    });

    expect(locked).toMatchObject({ status: "locked", student: "张伟", goals: [] });
    expect(locked!.violations).toEqual([
      expect.objectContaining({ kind: "trainingChanged", key: "epochs" }),
    ]);
    expect(locked!.violations[0]!.message).toBe(
      'Training setting "epochs" is locked at 3, but the submission has 6.',
    );
    expect(locked!.results.bestValAccuracy).toBeUndefined(); // not re-trained
    expect(locked!.results.params).toBe(2970);
    expect(locked!.claimed.epochs).toBe(6);

    expect(invalid).toMatchObject({ status: "invalid", student: "Sam Ortiz", goals: [] });
    expect(invalid!.diagnostics.length).toBeGreaterThan(0);
    expect(invalid!.diagnostics.every((d) => d.severity === "error")).toBe(true);
    expect(invalid!.notes[0]!.en).toMatch(/pool2/);
  }, 300_000);

  it("grades the RNN lab as a table: re-trained rows with their goal, the removed output node noted", async () => {
    const { code, out, err } = await grade([
      LAB_RNN,
      rnn("rnn-remember-Amira-Haddad.json"),
      rnn("rnn-remember-王芳.json"),
      rnn("rnn-remember-Lucas-Martin.json"),
    ]);
    expect(code).toBe(0);
    expect(err).toContain("grading 3/3");
    const lines = out.split("\n");
    expect(lines[0]).toBe("Lab rnn-remember: Make the RNN remember");
    const header = lines.find((l) => l.startsWith("Student"))!;
    expect(header).toMatch(
      /^Student\s+Starting graph\s+Status\s+Best validation accuracy ≥ 90 %\s+Params\s+Best val accuracy\s+Notes$/,
    );
    const row = (student: string) => lines.find((l) => l.startsWith(student))!;
    expect(row("Amira Haddad")).toMatch(/simple-rnn\s+passed\s+\d+(\.\d)? % ✓/);
    expect(row("王芳")).toMatch(/simple-rnn\s+failed\s+\d+(\.\d)? % ✗/);
    expect(row("Lucas Martin")).toMatch(
      /simple-rnn\s+lock broken\s+—\s+.*Locked node 'answer' was removed/,
    );
    expect(out).toContain("3 submissions: 1 passed, 1 failed, 1 lock broken");
    // Columns line up: every row's status starts where the header's does.
    const column = header.indexOf("Status");
    for (const student of ["Amira Haddad", "Lucas Martin"])
      expect(row(student).indexOf(student === "Amira Haddad" ? "passed" : "lock broken")).toBe(
        column,
      );
  }, 300_000);

  it("reports unreadable and mismatched submissions as rows, in Chinese with --lang zh", async () => {
    const broken = join(folder, "broken.json");
    await writeFile(broken, '{"format": "neurograph-submission", "version": 1,');
    const otherLab = join(folder, "other-lab.json");
    const sample = JSON.parse(
      await readFile(join(ROOT, budget("cnn-parameter-budget-Sam-Ortiz.json")), "utf8"),
    );
    await writeFile(otherLab, JSON.stringify(sample));
    const { code, out } = await grade([
      LAB_RNN,
      rnn("rnn-remember-Lucas-Martin.json"),
      broken,
      join(folder, "missing.json"),
      otherLab,
      "--lang",
      "zh",
    ]);
    expect(code).toBe(0);
    expect(out.split("\n")[0]).toBe("实验 rnn-remember：让 RNN 记住");
    expect(out).toMatch(/学生\s+初始图\s+状态/);
    expect(out).toMatch(/Lucas Martin\s+simple-rnn\s+违反锁定.*锁定的节点 'answer' 被删除了/);
    expect(out).toMatch(/^broken\.json\s+—\s+无法读取.*不是有效的 JSON（第 1 行第 \d+ 列）/m);
    expect(out).toMatch(/^missing\.json\s+—\s+无法读取.*文件不存在/m);
    expect(out).toMatch(/Sam Ortiz\s+cnn\s+无效.*对应的是实验 "cnn-parameter-budget"/);
    expect(out).toContain("4 份提交：1 违反锁定，1 无效，2 无法读取");
  }, 120_000);

  it("exits 1 for an invalid lab and 2 for usage errors", async () => {
    const lab = JSON.parse(await readFile(join(ROOT, LAB_BUDGET), "utf8"));
    lab.locks.nodes.push("ghost");
    const badLab = join(folder, "bad-lab.json");
    await writeFile(badLab, JSON.stringify(lab));
    const invalid = await grade([badLab, budget("cnn-parameter-budget-Li-Na.json")]);
    expect(invalid.code).toBe(1);
    expect(invalid.err).toMatch(/locks node 'ghost', but no starting graph has a node/);
    const json = await grade([badLab, budget("cnn-parameter-budget-Li-Na.json"), "--json"]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/ghost/),
    });

    expect((await grade([LAB_BUDGET])).code).toBe(2);
    expect((await grade([LAB_BUDGET, "x.json", "--backend", "webgl"])).code).toBe(2);
    expect((await grade([LAB_BUDGET, "x.json", "--lang", "fr"])).code).toBe(2);
    expect((await grade([join(folder, "no-lab.json"), "x.json"])).code).toBe(2);
  }, 120_000);
});
