/**
 * `neurograph export` and `neurograph import` through the real executable:
 * graph → tfjs → graph keeps every node, edge and param; the Keras module with
 * trained weights compiles with Debian's Python; what a target cannot express
 * is refused with the node named.
 */
import { execFile, spawnSync } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inferShapes, loadDocument } from "../graph";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = join(ROOT, "bin", "neurograph.mjs");

function run(argv: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
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

let folder = "";
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "neurograph-export-"));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Nodes with their params as inference resolves them (defaults filled in), and edges. */
async function graphOf(path: string) {
  const document = loadDocument(JSON.parse(await readFile(path, "utf8"))).document!;
  const analysis = inferShapes(document);
  return {
    nodes: document.nodes.map((n) => [n.id, n.type, analysis.nodes.get(n.id)?.params]),
    edges: document.edges.map((e) => [e.source, e.target, e.targetHandle ?? null]),
  };
}

describe("neurograph export / import", () => {
  it("graph → tfjs → graph gives back the same nodes, params and edges", async () => {
    const out = join(folder, "lenet");
    expect((await run(["export", "presets/lenet-5.json", "--to", "tfjs", "--out", out])).code).toBe(
      0,
    );
    expect((await readdir(out)).sort()).toEqual(["group1-shard1of1.bin", "model.json"]);
    const graph = join(folder, "lenet.json");
    expect((await run(["import", join(out, "model.json"), "--out", graph])).code).toBe(0);
    expect(await graphOf(graph)).toEqual(await graphOf(join(ROOT, "presets/lenet-5.json")));
  }, 120_000);

  it("Keras with trained weights: the module, its weights and a manifest, compiled by Debian's Python", async () => {
    const trained = join(folder, "trained");
    expect(
      (await run(["train", "presets/xor-mlp.json", "--epochs", "2", "--save", trained])).code,
    ).toBe(0);
    const out = join(folder, "keras");
    const result = await run([
      "export",
      "presets/xor-mlp.json",
      "--to",
      "keras",
      "--weights",
      trained,
      "--out",
      out,
      "--json",
    ]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).files).toEqual(
      expect.arrayContaining(["xor_mlp.py", "xor_mlp.weights.json", "xor_mlp.weights.bin"]),
    );
    const compiled = spawnSync("/usr/bin/python3", ["-m", "py_compile", join(out, "xor_mlp.py")], {
      encoding: "utf8",
    });
    expect(compiled.stderr).toBe("");
    expect(compiled.status).toBe(0);
  }, 120_000);

  it("refuses what a target cannot express, naming the node", async () => {
    const result = await run([
      "export",
      "presets/word2vec-planted.json",
      "--to",
      "keras",
      "--out",
      join(folder, "w2v"),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/KX201 \(vectors\)/);
  }, 60_000);

  it("a file that is not a tfjs model is refused with a message, not a crash", async () => {
    const result = await run(["import", "presets/xor-mlp.json", "--out", join(folder, "x.json")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/NG102/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  }, 60_000);
});
