/**
 * `neurograph export` and `neurograph import` through the real executable:
 * graph → tfjs → graph keeps every node, edge and param; the Keras module with
 * trained weights compiles with Debian's Python; the PyTorch module with
 * trained weights predicts what the trained tfjs model predicts; what a target
 * cannot express is refused with the node named.
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

  it("PyTorch with trained weights: the module predicts what the trained tfjs model predicts", async () => {
    const probe = spawnSync("/usr/bin/python3", ["-c", "import torch"], { encoding: "utf8" });
    if (probe.status !== 0)
      throw new Error(
        "PyTorch is missing from /usr/bin/python3: `.ci/run` installs python3-torch.",
      );
    const trained = join(folder, "trained-lstm");
    expect(
      (await run(["train", "presets/lstm-first-symbol.json", "--epochs", "1", "--save", trained]))
        .code,
    ).toBe(0);
    const out = join(folder, "pytorch");
    const result = await run([
      "export",
      "presets/lstm-first-symbol.json",
      "--to",
      "pytorch",
      "--weights",
      trained,
      "--out",
      out,
      "--json",
    ]);
    expect(result.code).toBe(0);
    // The file names follow the graph's name.
    const written = JSON.parse(result.stdout).files as string[];
    const stem = written.find((f) => f.endsWith(".py"))!.replace(/\.py$/, "");
    expect(written).toEqual(
      expect.arrayContaining([`${stem}.py`, `${stem}.pt.json`, `${stem}.pt.bin`]),
    );
    // The trained tfjs model's predictions on 32 random one-hot sequences.
    const tf = await import("@tensorflow/tfjs");
    const compiler = await import("../compiler");
    compiler.enableProductionMode();
    await tf.setBackend("cpu");
    const model = await compiler.modelFromFiles({
      modelJson: await readFile(join(trained, "model.json"), "utf8"),
      weights: new Uint8Array(await readFile(join(trained, compiler.WEIGHTS_FILE))),
    });
    const shape = [32, ...(model.inputs[0]!.shape.slice(1) as number[])];
    const size = shape.reduce((n, d) => n * d, 1);
    const inputs = Float32Array.from({ length: size }, (_, i) => ((i * 7919) % 13) / 13);
    const x = tf.tensor(inputs, shape);
    const y = model.predict(x) as import("@tensorflow/tfjs").Tensor;
    const expected = Array.from(y.dataSync());
    tf.dispose([x, y]);
    model.dispose();
    const program = [
      "import json, sys",
      "import numpy as np, torch",
      `sys.path.insert(0, ${JSON.stringify(out)})`,
      `from ${stem} import build_model, load_weights`,
      "model = build_model()",
      `load_weights(model, ${JSON.stringify(join(out, `${stem}.pt.json`))})`,
      "model.eval()",
      "data = json.load(sys.stdin)",
      'x = torch.tensor(np.array(data["x"], dtype="float32").reshape(data["shape"]))',
      "with torch.no_grad():",
      "    print(json.dumps(model(x).reshape(-1).tolist()))",
    ].join("\n");
    const python = spawnSync("/usr/bin/python3", ["-c", program], {
      input: JSON.stringify({ x: Array.from(inputs), shape }),
      encoding: "utf8",
      maxBuffer: 1 << 24,
    });
    expect(python.stderr).toBe("");
    const got = JSON.parse(python.stdout) as number[];
    expect(got).toHaveLength(expected.length);
    const worst = Math.max(...got.map((v, i) => Math.abs(v - expected[i]!)));
    expect(worst).toBeLessThanOrEqual(1e-4);
  }, 180_000);

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
