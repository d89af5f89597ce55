/**
 * `neurograph train --check`: a document's expected outcome (lesson.checks)
 * judged on the run's results, through the real executable — met (exit 0),
 * missed (exit 1, the missed goal named), or absent (usage error).
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = join(ROOT, "bin", "neurograph.mjs");

function run(argv: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...argv],
      { cwd: ROOT, timeout: 120_000 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

let folder = "";
let withLesson = "";
let withoutLesson = "";
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "neurograph-check-"));
  // A small classifier on separable blobs, with an outcome it reaches and one it cannot (it has 6 parameters, not at most 5).
  const document = {
    format: "neurograph",
    version: 1,
    name: "Check me",
    nodes: [
      { id: "in", type: "input", params: { shape: [2] } },
      { id: "out", type: "dense", params: { units: 2, activation: "softmax" } },
    ],
    edges: [{ id: "e1", source: "in", target: "out" }],
    training: {
      dataset: { id: "blobs", options: { size: 300, classes: 2 } },
      loss: "categoricalCrossentropy",
      optimizer: { type: "adam", learningRate: 0.05 },
      epochs: 10,
      seed: 7,
    },
    lesson: {
      topic: 1,
      title: { en: "Check me", zh: "检查我" },
      goal: { en: "A goal.", zh: "一个目标。" },
      outcome: { en: "Separates the blobs.", zh: "分开两团点。" },
      checks: [
        { metric: "bestValAccuracy", atLeast: 0.9 },
        { metric: "params", atMost: 5 },
      ],
    },
  };
  withLesson = join(folder, "with-lesson.json");
  await writeFile(withLesson, JSON.stringify(document));
  withoutLesson = join(folder, "without-lesson.json");
  const { lesson: _, ...plain } = document;
  await writeFile(withoutLesson, JSON.stringify(plain));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe("neurograph train --check", () => {
  it("names each goal, met or missed, and exits 1 when one is missed", async () => {
    const { code, stdout } = await run(["train", withLesson, "--check"]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/✓ Best validation accuracy ≥ 90 %: \d+(\.\d)? %/);
    expect(stdout).toMatch(/✗ Parameters ≤ 5: 6/);
    expect(stdout).toContain("Expected outcome missed on 1 of 2.");
  }, 60_000);

  it("exits 0 when every goal is met; --json carries results and checks", async () => {
    const document = JSON.parse(await readFile(withLesson, "utf8"));
    document.lesson.checks[1] = { metric: "params", atMost: 6 };
    const met = join(folder, "met.json");
    await writeFile(met, JSON.stringify(document));
    const { code, stdout } = await run(["train", met, "--check", "--json", "--lang", "zh"]);
    expect(code).toBe(0);
    const summary = JSON.parse(stdout.trim().split("\n").at(-1)!);
    expect(summary.results).toMatchObject({ params: 6, epochs: 10 });
    expect(summary.results.bestValAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(summary.checks).toHaveLength(2);
    expect(summary.checks.every((c: { met: boolean }) => c.met)).toBe(true);
  }, 60_000);

  it("refuses to check a document without an expected outcome", async () => {
    const { code, stderr } = await run(["train", withoutLesson, "--check"]);
    expect(code).toBe(2);
    expect(stderr).toContain("no lesson.checks");
  }, 60_000);
});
