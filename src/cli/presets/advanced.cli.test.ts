/**
 * The expected outcomes of the curriculum's topics 10–16 (recurrent networks,
 * attention, autoencoders, GANs, adversarial examples, word2vec), proven as a
 * user would: the real `neurograph` executable trains each preset with
 * `--check`, which must exit 0 with every lesson check met. Where a topic
 * compares presets (forward-only vs bidirectional, simple RNN vs LSTM and GRU,
 * clean vs adversarial training), the comparison is asserted too.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Goal } from "../../graph/results/goals";
import type { RunResults } from "../../graph/results/metrics";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const BIN = join(ROOT, "bin", "neurograph.mjs");
/** Per run: a preset takes 5–35 s of CPU; the margin is for a machine shared with other work. */
const TIMEOUT = 600_000;

interface Lesson {
  readonly topic: number;
  readonly checks: readonly Goal[];
  readonly checkEpochs?: number;
}

interface Checked {
  readonly code: number;
  readonly results: RunResults;
  readonly checks: readonly { goal: unknown; actual?: number; met: boolean }[];
}

function lessonOf(preset: string): Lesson {
  const document = JSON.parse(readFileSync(join(ROOT, "presets", `${preset}.json`), "utf8"));
  return document.lesson as Lesson;
}

function run(argv: readonly string[]): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...argv],
      { cwd: ROOT, timeout: TIMEOUT, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout) => {
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : -1;
        resolve({ code, stdout });
      },
    );
  });
}

/** `neurograph train presets/X.json --json --check` (with the lesson's checkEpochs), its last line read. */
async function check(preset: string): Promise<Checked> {
  const lesson = lessonOf(preset);
  const epochs = lesson.checkEpochs === undefined ? [] : ["--epochs", String(lesson.checkEpochs)];
  const { code, stdout } = await run([
    "train",
    `presets/${preset}.json`,
    "--json",
    "--check",
    ...epochs,
  ]);
  const last = JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as Partial<Checked>;
  return { code, results: last.results ?? {}, checks: last.checks ?? [] };
}

/** Trains the preset, expects every check met (the failing ones are shown when not), returns its results. */
async function outcome(preset: string, topic: number): Promise<RunResults> {
  expect(lessonOf(preset).topic).toBe(topic);
  const { code, results, checks } = await check(preset);
  expect(checks.length).toBeGreaterThan(0);
  expect(checks.filter((c) => !c.met)).toEqual([]);
  expect(code).toBe(0);
  return results;
}

const accuracy = (r: RunResults) => r.bestValAccuracy ?? Number.NaN;

describe("10. recurrent networks", () => {
  it(
    "many-to-one: a stacked bidirectional LSTM reads the sentiment of a review",
    async () => {
      await outcome("stacked-bidirectional-lstm", 10);
    },
    TIMEOUT,
  );

  it(
    "many-to-many: a bidirectional LSTM tags every word",
    async () => {
      await outcome("bilstm-tagging", 10);
    },
    TIMEOUT,
  );

  it(
    "one-to-many: one digit in, a counted sequence out",
    async () => {
      await outcome("one-to-many-count", 10);
    },
    TIMEOUT,
  );

  it(
    "bidirectional: the blank is filled from both sides, the forward-only network guesses",
    async () => {
      const forward = await outcome("fill-blank-forward", 10);
      const both = await outcome("fill-blank-bidirectional", 10);
      // 11 of 12 steps are "—": accuracy at the blank is 1 − 12 · (1 − per-step accuracy).
      const atBlank = (r: RunResults) => 1 - 12 * (1 - accuracy(r));
      expect(atBlank(forward)).toBeLessThan(0.45);
      expect(atBlank(both)).toBeGreaterThan(0.9);
      expect(accuracy(both) - accuracy(forward)).toBeGreaterThan(0.04);
      expect(both.bestValLoss!).toBeLessThan(forward.bestValLoss! / 3);
    },
    2 * TIMEOUT,
  );
});

describe("11. simple RNN, LSTM and GRU on the long-range task", () => {
  it(
    "the LSTM and the GRU remember the first symbol, the simple RNN stays near chance",
    async () => {
      const rnn = await outcome("rnn-first-symbol", 11);
      const lstm = await outcome("lstm-first-symbol", 11);
      const gru = await outcome("gru-first-symbol", 11);
      expect(accuracy(lstm) - accuracy(rnn)).toBeGreaterThan(0.4);
      expect(accuracy(gru) - accuracy(rnn)).toBeGreaterThan(0.4);
    },
    3 * TIMEOUT,
  );
});

describe("12. self-attention and multi-head attention", () => {
  it(
    "one head and two heads both learn to reverse the digits, token by token",
    async () => {
      const one = await outcome("attention-single-head", 12);
      const two = await outcome("transformer-reverse-digits", 12);
      expect(one.params).toBe(two.params);
      expect(accuracy(two)).toBeGreaterThan(0.9);
      expect(accuracy(one)).toBeGreaterThan(0.9);
    },
    2 * TIMEOUT,
  );

  it(
    "a transformer encoder classifies the sentiment of a review",
    async () => {
      await outcome("transformer-classifier", 12);
    },
    TIMEOUT,
  );
});

describe("13. autoencoder and VAE", () => {
  it(
    "both learn to reconstruct digits; the VAE pays for its KL term with a higher loss",
    async () => {
      const plain = await outcome("autoencoder-mnist", 13);
      const vae = await outcome("vae-mnist", 13);
      expect(vae.bestValLoss!).toBeGreaterThan(plain.bestValLoss!);
    },
    2 * TIMEOUT,
  );
});

describe("14. GAN, WGAN and conditional GAN", () => {
  for (const preset of ["gan-ring", "wgan-ring", "cgan-ring", "gan-mnist"])
    it(
      `${preset} reaches its outcome`,
      async () => {
        await outcome(preset, 14);
      },
      TIMEOUT,
    );
});

describe("15. adversarial examples and adversarial training", () => {
  it(
    "FGSM breaks the clean classifier; adversarial training keeps it right far more often",
    async () => {
      const clean = await outcome("adversarial-mnist-clean", 15);
      const trained = await outcome("adversarial-mnist-trained", 15);
      expect(clean.attackedAccuracy!).toBeLessThan(clean.cleanAccuracy! - 0.4);
      expect(trained.attackedAccuracy! - clean.attackedAccuracy!).toBeGreaterThan(0.25);
    },
    2 * TIMEOUT,
  );
});

describe("16. word2vec: skip-gram and CBOW", () => {
  it(
    "both architectures rank the planted partners first",
    async () => {
      await outcome("word2vec-planted", 16);
      await outcome("word2vec-planted-cbow", 16);
    },
    2 * TIMEOUT,
  );

  it(
    "on the King James Bible, CBOW puts words the text pairs (gold and silver…) among each other's nearest",
    async () => {
      const results = await outcome("word2vec-kjv", 16);
      // 48 questions (24 pairs both ways), each answered by chance with odds 10 / 4,999.
      expect(results.relatedInTop10!).toBeGreaterThan(0.55);
      expect(results.params).toBe(250_000);
    },
    TIMEOUT,
  );
});
