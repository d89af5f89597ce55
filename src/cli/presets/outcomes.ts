/**
 * How the outcome tests prove a preset's expected outcome, as a user would:
 * `neurograph train presets/<id>.json --json --check` (with the lesson's
 * checkEpochs, when it has them) through the real executable — exit 0, and
 * every check the lesson states present and met. Shared by the outcome test
 * files (basics, sequences, generative), which vitest runs side by side.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import type { Goal } from "../../graph/results/goals";
import type { RunResults } from "../../graph/results/metrics";

export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const BIN = join(ROOT, "bin", "neurograph.mjs");
/** Per run: a preset takes 5–80 s of CPU; the margin is for a machine shared with other work. */
export const TIMEOUT = 600_000;

export interface Lesson {
  readonly topic: number;
  readonly checks: readonly Goal[];
  readonly checkEpochs?: number;
}

interface Check {
  readonly goal: unknown;
  readonly actual?: number;
  readonly met: boolean;
}

export function presetDocument(id: string): {
  readonly lesson: Lesson;
  readonly training: Record<string, unknown>;
} {
  return JSON.parse(readFileSync(join(ROOT, "presets", `${id}.json`), "utf8"));
}

export function lessonOf(id: string): Lesson {
  return presetDocument(id).lesson;
}

function trainPreset(
  id: string,
): Promise<{ code: number; results: RunResults; checks: readonly Check[]; stderr: string }> {
  const checkEpochs = lessonOf(id).checkEpochs;
  const epochs = checkEpochs === undefined ? [] : ["--epochs", String(checkEpochs)];
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, "train", `presets/${id}.json`, "--json", "--check", ...epochs],
      { cwd: ROOT, timeout: TIMEOUT, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : -1;
        const summary = stdout
          .trim()
          .split("\n")
          .filter((line) => line.startsWith("{"))
          .map((line) => JSON.parse(line) as Record<string, unknown>)
          .find((line) => line.done === true);
        resolve({
          code,
          results: (summary?.results ?? {}) as RunResults,
          checks: (summary?.checks ?? []) as Check[],
          stderr,
        });
      },
    );
  });
}

/**
 * Trains a preset and asserts its own expected outcome (and, given, its
 * curriculum topic): exit 0, every stated check reported and met. Returns
 * the run's results for the comparisons a lesson states between presets.
 */
export async function provenOutcome(id: string, topic?: number): Promise<RunResults> {
  const lesson = lessonOf(id);
  if (topic !== undefined) expect(lesson.topic).toBe(topic);
  expect(lesson.checks.length, `${id} states its outcome as checks`).toBeGreaterThan(0);
  const run = await trainPreset(id);
  expect(run.checks, `${id}: ${JSON.stringify(run.checks)}\n${run.stderr}`).toHaveLength(
    lesson.checks.length,
  );
  expect(run.checks.filter((c) => !c.met)).toEqual([]);
  expect(run.code, run.stderr).toBe(0);
  return run.results;
}
