/**
 * The CLI against every diagnostic fixture: in-process through `main` (text,
 * --json and --lang zh), and once more through the real `bin/neurograph.mjs`
 * as a user runs it (about 0.7 s a spawn, three at a time).
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIAGNOSTIC_CODES, type DiagnosticCode } from "../graph/diagnostics";
import {
  DIAGNOSTIC_CASES,
  type DiagnosticCase,
  isWarningOnly,
} from "../graph/fixtures/diagnostics/cases";
import type { CliIO } from "./io";
import { main, nodeIO } from "./main";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = join(ROOT, "bin", "neurograph.mjs");
const FIXTURES = "src/graph/fixtures/diagnostics";
const MNIST = "presets/mnist-mlp.json";

const STACK_FRAME = /^\s+at .+\(.*:\d+:\d+\)/m;

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** `neurograph …` in this process, with paths relative to the repository root. */
async function runInProcess(argv: readonly string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    ...nodeIO,
    readFile: (path) => nodeIO.readFile(join(ROOT, path)),
    out: (text) => {
      stdout += text;
    },
    err: (text) => {
      stderr += text;
    },
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** The real executable, as a user runs it. */
function runBin(argv: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...argv],
      { cwd: ROOT, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** Runs at most `limit` spawns at a time: the test machine may have two cores. */
async function pool<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function expectNoStackTrace(run: Run): void {
  const all = `${run.stdout}\n${run.stderr}`;
  expect(all).not.toMatch(STACK_FRAME);
  expect(all).not.toContain("node:internal");
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a document must not smuggle terminal escapes into the output
  expect(all).not.toMatch(/\u001b/);
}

interface JsonDiagnostic {
  readonly code: string;
  readonly severity: string;
  readonly nodeId: string | null;
  readonly edgeId?: string;
  readonly message: string;
  readonly messageZh: string;
}

/** Parses `--json` output and checks its shape: `{ ok, diagnostics: [{ code, severity, nodeId, message }] }`. */
function parseValidateJson(stdout: string): { ok: boolean; diagnostics: JsonDiagnostic[] } {
  const parsed = JSON.parse(stdout) as { ok: unknown; diagnostics: unknown };
  expect(typeof parsed.ok).toBe("boolean");
  expect(Array.isArray(parsed.diagnostics)).toBe(true);
  for (const d of parsed.diagnostics as JsonDiagnostic[]) {
    expect(Object.keys(DIAGNOSTIC_CODES)).toContain(d.code);
    expect(d.severity).toBe(DIAGNOSTIC_CODES[d.code as DiagnosticCode].severity);
    expect(d.nodeId === null || typeof d.nodeId === "string").toBe(true);
    expect(typeof d.message).toBe("string");
    expect(d.message.length).toBeGreaterThan(0);
    expect(typeof d.messageZh).toBe("string");
  }
  return parsed as { ok: boolean; diagnostics: JsonDiagnostic[] };
}

function expectCaseInJson(
  c: DiagnosticCase,
  json: { ok: boolean; diagnostics: JsonDiagnostic[] },
): void {
  expect(json.ok).toBe(isWarningOnly(c));
  const target = json.diagnostics.find(
    (d) => d.code === c.code && d.nodeId === (c.nodeId ?? null) && d.edgeId === c.edgeId,
  );
  expect(target, JSON.stringify(json.diagnostics, null, 2)).toBeDefined();
  expect(target!.severity).toBe(c.severity);
  expect(json.diagnostics.map((d) => d.code).sort()).toEqual([...(c.codes ?? [c.code])].sort());
}

const exitFor = (c: DiagnosticCase) => (isWarningOnly(c) ? 0 : 1);
const fixturePath = (c: DiagnosticCase) => `${FIXTURES}/${c.file}`;

describe("neurograph validate, in-process, on every fixture", () => {
  it.each(DIAGNOSTIC_CASES.map((c) => [c.file, c] as const))("%s", async (_file, c) => {
    const path = fixturePath(c);

    const text = await runInProcess(["validate", path]);
    expect(text.code).toBe(exitFor(c));
    expectNoStackTrace(text);
    expect(text.stdout.startsWith(`${path}: ${isWarningOnly(c) ? "valid" : "invalid"} (`)).toBe(
      true,
    );
    expect(text.stdout).toContain(c.code);
    if (c.nodeId !== undefined) expect(text.stdout).toContain(`[node ${c.nodeId}]`);

    const json = await runInProcess(["validate", path, "--json"]);
    expect(json.code).toBe(exitFor(c));
    expectNoStackTrace(json);
    expectCaseInJson(c, parseValidateJson(json.stdout));

    const zh = await runInProcess(["validate", "--lang", "zh", path]);
    expect(zh.code).toBe(exitFor(c));
    expectNoStackTrace(zh);
    expect(zh.stdout).toMatch(/[\u4e00-\u9fff]/);
  });

  it.each(DIAGNOSTIC_CASES.filter((c) => !isWarningOnly(c)).map((c) => [c.file, c] as const))(
    "%s: summary and compile refuse it with exit 1",
    async (_file, c) => {
      for (const argv of [
        ["summary", fixturePath(c), "--json"],
        ["compile", fixturePath(c), "--out", join(tmpdir(), "neurograph-never-written"), "--json"],
      ]) {
        const run = await runInProcess(argv);
        expect(run.code).toBe(1);
        expectNoStackTrace(run);
        expect(parseValidateJson(run.stdout).ok).toBe(false);
      }
    },
  );
});

describe("neurograph usage errors, in-process", () => {
  it.each([
    ["missing file", ["validate", "presets/no-such-file.json"], "no such file"],
    ["directory", ["validate", "presets"], "directory"],
    ["unknown command", ["frobnicate", MNIST], "unknown command"],
    ["unknown option", ["validate", MNIST, "--bogus"], "unknown option --bogus"],
    ["unknown short option", ["summary", "-x", MNIST], "unknown option -x"],
    ["flag value missing", ["validate", MNIST, "--lang"], "--lang needs a value"],
    ["unknown language", ["validate", MNIST, "--lang", "fr"], "usage:"],
    ["no file", ["validate"], "usage:"],
    ["two files", ["validate", MNIST, MNIST], "usage:"],
    ["compile without --out", ["compile", MNIST], "usage:"],
    ["bad seed", ["compile", MNIST, "--out", "x", "--seed", "-1"], "--seed"],
    ["no command", [], "usage: neurograph <command>"],
  ] as const)("%s exits 2", async (_name, argv, says) => {
    const run = await runInProcess(argv);
    expect(run.code).toBe(2);
    expectNoStackTrace(run);
    expect(`${run.stdout}${run.stderr}`).toContain(says);
  });

  it("summary --json reports shapes with a null batch dimension and the parameter total", async () => {
    const run = await runInProcess(["summary", MNIST, "--json"]);
    expect(run.code).toBe(0);
    expectSummary(run.stdout);
  });
});

function expectSummary(stdout: string): void {
  const summary = JSON.parse(stdout) as {
    nodes: { id: string; outputShape: (number | null)[] }[];
    totalParams: number;
  };
  expect(summary.totalParams).toBe(101_770);
  expect(summary.nodes.map((n) => n.id)).toEqual(["in", "hidden", "drop", "out"]);
  for (const node of summary.nodes) expect(node.outputShape[0]).toBeNull();
  expect(summary.nodes.map((n) => n.outputShape)).toEqual([
    [null, 784],
    [null, 128],
    [null, 128],
    [null, 10],
  ]);
}

describe("the real bin/neurograph.mjs", () => {
  /** Every fixture goes through the real executable too: `validate` must exit 1 on each, with no stack trace. */
  const SPAWNED = DIAGNOSTIC_CASES;
  const TEXT_SAMPLE = DIAGNOSTIC_CASES.find((c) => c.file === "ng401-conv2d-on-vector.json")!;

  let outDir: string;
  const runs = new Map<string, Run>();

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), "neurograph-cli-"));
    const jobs: [string, string[]][] = [
      ...SPAWNED.map((c): [string, string[]] => [c.file, ["validate", fixturePath(c), "--json"]]),
      ["text", ["validate", fixturePath(TEXT_SAMPLE)]],
      ["missing", ["validate", "presets/no-such-file.json"]],
      ["directory", ["validate", "presets"]],
      ["unknown command", ["frobnicate"]],
      ["unknown option", ["summary", MNIST, "--verbose"]],
      ["summary", ["summary", MNIST, "--json"]],
      ["compile", ["compile", MNIST, "--out", join(outDir, "model"), "--seed", "7", "--json"]],
    ];
    const results = await pool(jobs, 3, ([, argv]) => runBin(argv));
    for (const [i, [name]] of jobs.entries()) runs.set(name, results[i]!);
  }, 600_000);

  afterAll(async () => {
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it.each(SPAWNED.map((c) => [c.file, c] as const))("validate --json %s", (file, c) => {
    const run = runs.get(file)!;
    expect(run.code, run.stderr).toBe(exitFor(c));
    expectNoStackTrace(run);
    expectCaseInJson(c, parseValidateJson(run.stdout));
  });

  it("validate prints readable diagnostics with the fix-it", () => {
    const run = runs.get("text")!;
    expect(run.code).toBe(1);
    expectNoStackTrace(run);
    expect(run.stdout).toContain("NG401 [node conv]");
    expect(run.stdout).toContain("fix: insert reshape");
  });

  it.each(["missing", "directory", "unknown command", "unknown option"])(
    "%s exits 2 with a message",
    (name) => {
      const run = runs.get(name)!;
      expect(run.code).toBe(2);
      expectNoStackTrace(run);
      expect(run.stderr).toMatch(/^neurograph/);
    },
  );

  it("summary --json on the MNIST preset", () => {
    const run = runs.get("summary")!;
    expect(run.code, run.stderr).toBe(0);
    expectNoStackTrace(run);
    expectSummary(run.stdout);
  });

  it("compile --out writes model.json and the weights", async () => {
    const run = runs.get("compile")!;
    expect(run.code, run.stderr).toBe(0);
    expectNoStackTrace(run);
    const report = JSON.parse(run.stdout) as {
      ok: boolean;
      files: string[];
      totalParams: number;
      seed: number;
    };
    expect(report).toMatchObject({ ok: true, totalParams: 101_770, seed: 7 });
    const model = JSON.parse(await readFile(join(outDir, "model", "model.json"), "utf8")) as {
      format: string;
      modelTopology: unknown;
      weightsManifest: { paths: string[] }[];
    };
    expect(model.format).toBe("layers-model");
    expect(model.modelTopology).toBeTruthy();
    const weights = model.weightsManifest.flatMap((group) => group.paths);
    expect(weights.length).toBeGreaterThan(0);
    let bytes = 0;
    for (const file of weights) bytes += (await stat(join(outDir, "model", file))).size;
    expect(bytes).toBe(101_770 * 4);
  });
});

describe("neurograph train", () => {
  const XOR = "presets/xor-mlp.json";

  interface EpochJson {
    epoch: number;
    loss: number;
    metrics: Record<string, number>;
    valLoss: number | null;
    valMetrics: Record<string, number> | null;
    seconds: number;
  }
  interface SummaryJson {
    done: true;
    status: string;
    backend: string;
    epochs: number;
    metrics: Record<string, number> | null;
    valMetrics: Record<string, number> | null;
    message?: string;
  }

  function jsonLines(stdout: string): { epochs: EpochJson[]; summary: SummaryJson } {
    const lines = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as EpochJson | SummaryJson);
    const summary = lines.at(-1) as SummaryJson;
    expect(summary.done).toBe(true);
    return { epochs: lines.slice(0, -1) as EpochJson[], summary };
  }

  let outDir: string;
  const runs = new Map<string, Run>();

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), "neurograph-train-"));
    const diverging = join(outDir, "diverging.json");
    const { writeFile } = await import("node:fs/promises");
    await writeFile(
      diverging,
      JSON.stringify({
        format: "neurograph",
        version: 1,
        name: "diverging",
        nodes: [
          { id: "in", type: "input", params: { shape: [1] }, position: { x: 0, y: 0 } },
          {
            id: "h",
            type: "dense",
            params: { units: 16, activation: "relu" },
            position: { x: 0, y: 100 },
          },
          { id: "out", type: "dense", params: { units: 1 }, position: { x: 0, y: 200 } },
        ],
        edges: [
          { id: "e1", source: "in", target: "h" },
          { id: "e2", source: "h", target: "out" },
        ],
        groups: [],
        training: {
          dataset: { id: "regression", options: {} },
          task: "regression",
          loss: "meanSquaredError",
          optimizer: { type: "sgd", learningRate: 1e6 },
          epochs: 5,
          metrics: ["meanAbsoluteError"],
        },
      }),
    );
    // One at a time: each trains for real on a machine that may have two cores.
    const jobs: [string, string[]][] = [
      ["xor", ["train", XOR, "--json"]],
      ["mnist", ["train", MNIST, "--json", "--save", join(outDir, "mnist")]],
      ["text", ["train", XOR, "--epochs", "3", "--backend", "cpu"]],
      ["nan", ["train", diverging, "--json"]],
    ];
    for (const [name, argv] of jobs) runs.set(name, await runBin(argv));
  }, 600_000);

  afterAll(async () => {
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it("reaches ≥ 95 % accuracy on the XOR preset, one JSON line per epoch", () => {
    const run = runs.get("xor")!;
    expect(run.code, run.stderr).toBe(0);
    expectNoStackTrace(run);
    const { epochs, summary } = jsonLines(run.stdout);
    expect(epochs.map((e) => e.epoch)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    for (const e of epochs) {
      expect(Object.keys(e)).toEqual([
        "epoch",
        "loss",
        "metrics",
        "valLoss",
        "valMetrics",
        "seconds",
      ]);
      expect(Number.isFinite(e.loss)).toBe(true);
    }
    expect(summary).toMatchObject({ status: "finished", backend: "wasm", epochs: 60 });
    expect(summary.metrics!.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(summary.valMetrics!.accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it("reaches ≥ 90 % validation accuracy on MNIST in the preset's 3 epochs and saves the trained model", async () => {
    const run = runs.get("mnist")!;
    expect(run.code, run.stderr).toBe(0);
    expectNoStackTrace(run);
    const { epochs, summary } = jsonLines(run.stdout);
    expect(epochs).toHaveLength(3);
    expect(summary.valMetrics!.accuracy).toBeGreaterThanOrEqual(0.9);
    const model = JSON.parse(await readFile(join(outDir, "mnist", "model.json"), "utf8")) as {
      format: string;
      weightsManifest: { paths: string[] }[];
    };
    expect(model.format).toBe("layers-model");
    expect((await stat(join(outDir, "mnist", model.weightsManifest[0]!.paths[0]!))).size).toBe(
      101_770 * 4,
    );
  });

  it("prints a readable line per epoch and a summary", () => {
    const run = runs.get("text")!;
    expect(run.code, run.stderr).toBe(0);
    expectNoStackTrace(run);
    const lines = run.stdout.trim().split("\n");
    expect(lines[0]).toMatch(
      /^Training "XOR MLP" on xor: 400 training and 100 validation samples, batch 32, 3 epochs, on cpu/,
    );
    expect(lines.slice(1, 4).map((l) => l.split("  ")[0])).toEqual([
      "epoch 1/3",
      "epoch 2/3",
      "epoch 3/3",
    ]);
    expect(lines[1]).toMatch(
      /loss \d\.\d{4} {2}accuracy \d\.\d{4} {2}val_loss \d\.\d{4} {2}val_accuracy \d\.\d{4} {2}\d+\.\d s$/,
    );
    expect(lines[4]).toMatch(/^Finished 3 epochs in \d+\.\d s on cpu: loss /);
  });

  it("stops on a NaN loss with the likely cause and exit 1", () => {
    const run = runs.get("nan")!;
    expect(run.code).toBe(1);
    expectNoStackTrace(run);
    const { summary } = jsonLines(run.stdout);
    expect(summary.status).toBe("failed");
    expect(summary.message).toMatch(/learning rate too high for sgd/);
  });

  it.each([
    ["zero epochs", ["train", XOR, "--epochs", "0"], "--epochs"],
    ["a browser backend", ["train", XOR, "--backend", "webgl"], "--backend"],
    ["--save without a directory", ["train", XOR, "--save"], "--save needs a value"],
    ["no file", ["train"], "usage:"],
  ] as const)("%s exits 2", async (_name, argv, says) => {
    const run = await runInProcess(argv);
    expect(run.code).toBe(2);
    expect(`${run.stdout}${run.stderr}`).toContain(says);
  });

  it("refuses an invalid graph with its diagnostics and exit 1, before loading tfjs", async () => {
    const c = DIAGNOSTIC_CASES.find((d) => d.file === "ng401-conv2d-on-vector.json")!;
    const run = await runInProcess(["train", fixturePath(c), "--json"]);
    expect(run.code).toBe(1);
    expect(parseValidateJson(run.stdout).ok).toBe(false);
  });
});
