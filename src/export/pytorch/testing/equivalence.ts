/**
 * The equivalence check of the PyTorch export: compile a graph with tfjs,
 * give every weight seeded random values (batch-norm statistics included),
 * predict 32 random inputs, export to PyTorch with those weights, and run
 * every case's module in one Python process, which reports the largest
 * absolute difference per output.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as tf from "@tensorflow/tfjs";
import { compileGraph } from "../../../compiler";
import type { GraphDocument } from "../../../graph";
import { nodeWeightsOf } from "../../keras/modelWeights";
import { exportPytorch } from "../exportPytorch";
import { runPython } from "./torchPython";

export const SAMPLES = 32;

/** mulberry32: a small seeded generator, so every run draws the same weights and inputs. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every weight random: kernels and biases in ±0.5, γ and variances in [0.5, 1.5] (non-trivial statistics). */
function randomizeWeights(model: tf.LayersModel, random: () => number): void {
  for (const layer of model.layers) {
    if (layer.weights.length === 0) continue;
    const values = layer.weights.map((w) => {
      const name = w.originalName;
      const positive = /gamma|moving_variance/.test(name);
      const size = w.shape.reduce<number>((n, d) => n * (d ?? 1), 1);
      const data = Float32Array.from({ length: size }, () =>
        positive ? 0.5 + random() : random() - 0.5,
      );
      return tf.tensor(data, w.shape as number[]);
    });
    layer.setWeights(values);
    for (const v of values) v.dispose();
  }
}

interface ArrayFile {
  readonly path: string;
  readonly shape: readonly number[];
  readonly dtype: "float32" | "int32";
}

export interface PreparedCase {
  readonly name: string;
  readonly module: string;
  readonly path: string;
  readonly weights: string | null;
  readonly inputs: readonly ArrayFile[];
  readonly expected: readonly ArrayFile[];
}

function writeArray(path: string, data: Float32Array | Int32Array): void {
  writeFileSync(path, new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
}

/**
 * Compiles, randomises, predicts and exports one graph into `dir`. Unknown
 * dimensions of inputs take `unknownLength`; integer inputs draw ids below
 * `vocabulary` (the smallest Embedding's inputDim).
 */
export function prepareCase(
  name: string,
  document: GraphDocument,
  dir: string,
  seed: number,
  unknownLength = 5,
): PreparedCase {
  const compiled = compileGraph(document, { seed });
  if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join("\n"));
  const { model, analysis } = compiled;
  const random = seededRandom(seed);
  const vocabulary = Math.min(
    ...[...analysis.nodes.values()]
      .filter((n) => n.type === "embedding")
      .map((n) => n.params!.inputDim as number),
    1000,
  );
  mkdirSync(dir, { recursive: true });
  try {
    randomizeWeights(model, random);
    const inputs = model.inputs.map((input, i) => {
      const shape = [SAMPLES, ...input.shape.slice(1).map((d) => d ?? unknownLength)];
      const size = shape.reduce((n, d) => n * d, 1);
      const integer = input.dtype === "int32";
      const data = integer
        ? Int32Array.from({ length: size }, () => Math.floor(random() * vocabulary))
        : Float32Array.from({ length: size }, () => random() * 4 - 2);
      const path = join(dir, `input${i}.bin`);
      writeArray(path, data);
      return { path, shape, dtype: integer ? ("int32" as const) : ("float32" as const), data };
    });
    const tensors = inputs.map((x) => tf.tensor(x.data, x.shape, x.dtype));
    const predicted = model.predict(tensors.length === 1 ? tensors[0]! : tensors);
    const outputs = Array.isArray(predicted) ? predicted : [predicted];
    const expected = outputs.map((output, i) => {
      const path = join(dir, `expected${i}.bin`);
      writeArray(path, output.dataSync() as Float32Array);
      return { path, shape: output.shape, dtype: "float32" as const };
    });
    for (const t of [...tensors, ...outputs]) t.dispose();
    const weights = nodeWeightsOf(model, document);
    const module = `case_${name.replace(/\W+/g, "_")}`;
    const exported = exportPytorch(document, { weights, moduleName: module });
    if (!exported.ok) throw new Error(exported.diagnostics.map((d) => d.message).join("\n"));
    for (const file of exported.files)
      writeFileSync(join(dir, file.path), "text" in file ? file.text : file.bytes);
    return {
      name,
      module,
      path: join(dir, `${module}.py`),
      weights: weights.size > 0 ? join(dir, `${module}.pt.json`) : null,
      inputs: inputs.map(({ path, shape, dtype }) => ({ path, shape, dtype })),
      expected,
    };
  } finally {
    model.dispose();
  }
}

const RUNNER = `
import importlib.util, json, sys, time, traceback
import numpy as np
import torch

torch.set_grad_enabled(False)
torch.set_num_threads(1)
results = {}
for case in json.load(open(sys.argv[1])):
    start = time.time()
    try:
        spec = importlib.util.spec_from_file_location(case["module"], case["path"])
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        model = module.build_model()
        if case["weights"]:
            module.load_weights(model, case["weights"])
        model.eval()
        inputs = [
            torch.from_numpy(np.fromfile(a["path"], dtype="<i4" if a["dtype"] == "int32" else "<f4").reshape(a["shape"]))
            for a in case["inputs"]
        ]
        outputs = model(*inputs)
        outputs = list(outputs) if isinstance(outputs, (tuple, list)) else [outputs]
        diffs = []
        for output, expected in zip(outputs, case["expected"]):
            want = np.fromfile(expected["path"], dtype="<f4").reshape(expected["shape"])
            got = output.numpy()
            if got.shape != want.shape:
                raise ValueError(f"shape {got.shape}, tfjs {want.shape}")
            diffs.append(float(np.abs(got - want).max()))
        results[case["name"]] = {"diffs": diffs, "outputs": len(outputs), "seconds": time.time() - start}
    except Exception:
        results[case["name"]] = {"error": traceback.format_exc()[-2000:]}
print(json.dumps(results))
`;

/** One line per case: the largest difference over its outputs, for the test log. */
export function summary(results: Record<string, CaseResult>): string {
  return Object.entries(results)
    .map(([name, r]) =>
      r.diffs
        ? `max |Δ| ${Math.max(...r.diffs).toExponential(2)}  ${name}`
        : `ERROR  ${name}: ${r.error?.split("\n").at(-2) ?? ""}`,
    )
    .join("\n");
}

export interface CaseResult {
  readonly diffs?: readonly number[];
  readonly outputs?: number;
  readonly seconds?: number;
  readonly error?: string;
}

/** Runs every prepared case in one Python process; results by case name. */
export async function runCases(
  cases: readonly PreparedCase[],
  dir: string,
): Promise<Record<string, CaseResult>> {
  const list = join(dir, "cases.json");
  writeFileSync(list, JSON.stringify(cases));
  const runner = join(dir, "runner.py");
  writeFileSync(runner, RUNNER);
  const result = await runPython([runner, list], { timeoutMs: 170_000 });
  if (result.code !== 0)
    throw new Error(`the Python runner failed:\n${result.stderr.slice(-3000)}`);
  return JSON.parse(result.stdout) as Record<string, CaseResult>;
}
