/**
 * The dataset loaders the module carries: every built-in dataset gets one,
 * and the generated ones, run with NumPy, give the shapes, dtypes and label
 * ranges Neurograph's dataset specs announce. Text vocabularies keep
 * Neurograph's token ids.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DATASET_SPECS, trainingSetupSchema, withDefaultOptions } from "../../graph";
import { SENTIMENT_VOCABULARY } from "../../training/datasets/sentiment";
import { TAGGING_VOCABULARY } from "../../training/datasets/tagging";
import { dataSourceOf } from "./datasets/registry";
import { DEBIAN_PYTHON, numpyPython, runPython } from "./testing/python";

const python = numpyPython();

function sourceFor(id: string, options: Record<string, unknown> = {}) {
  const setup = trainingSetupSchema.parse({ dataset: { id, options } });
  return dataSourceOf(setup, true);
}

/** A program that runs a loader and prints what it returned. */
function program(id: string, options: Record<string, unknown> = {}, extra = ""): string {
  const source = sourceFor(id, options)!;
  return [
    "import csv, json, random, re",
    "import numpy as np",
    "SEED = 42",
    "class args:",
    `    data = ${JSON.stringify(extra)}`,
    ...source.definitions.flatMap((block) => ["", ...block]),
    "",
    `x, y = ${source.call}`,
    "print(json.dumps({'x': list(x.shape), 'xdtype': str(x.dtype), 'xmin': float(x.min()),",
    "  'xmax': float(x.max()), 'y': list(y.shape), 'ydtype': str(y.dtype),",
    "  'ymin': float(y.min()), 'ymax': float(y.max()), 'first': y.reshape(-1)[:4].tolist()}))",
  ].join("\n");
}

interface Loaded {
  x: number[];
  xdtype: string;
  xmin: number;
  xmax: number;
  y: number[];
  ydtype: string;
  ymin: number;
  ymax: number;
  first: number[];
}

function load(id: string, options: Record<string, unknown> = {}, data = ""): Loaded {
  return JSON.parse(runPython(python!, program(id, options, data))) as Loaded;
}

const GENERATED = DATASET_SPECS.filter(
  (s) => !["upload", "corpus"].includes(s.family) && !["mnist", "fashionMnist"].includes(s.id),
);

describe("dataset loaders", () => {
  it("exist for every dataset but the word2vec corpora", () => {
    for (const spec of DATASET_SPECS) {
      const source = sourceFor(spec.id);
      if (spec.family === "corpus") expect(source, spec.id).toBeNull();
      else expect(source, spec.id).not.toBeNull();
    }
  });

  it("pass the dataset's options and the setup's seed to the loader", () => {
    expect(sourceFor("xor", { size: 300 })!.call).toBe("load_xor(size=300, noise=0.1, seed=SEED)");
    expect(sourceFor("gaussianRing")!.call).toBe(
      "load_gaussian_ring(size=2000, modes=8, radius=2.0, std=0.05, seed=SEED)",
    );
    expect(sourceFor("mnist", { size: 500 })!.call).toBe("load_mnist(size=500)");
    expect(sourceFor("csv", { fileName: "iris.csv", labelColumn: "species" })!.call).toBe(
      'load_csv(args.data or "iris.csv", label_column="species", task="classification")',
    );
  });

  it("keep Neurograph's vocabularies, so trained Embedding rows keep their words", () => {
    const vocabulary = (id: string, name: string) =>
      JSON.parse(
        runPython(
          python ?? DEBIAN_PYTHON,
          [
            "import json, random",
            ...sourceFor(id)!.definitions.flatMap((b) => ["", ...b]),
            `print(json.dumps(${name}))`,
          ].join("\n"),
        ),
      ) as string[];
    expect(vocabulary("sentiment", "SENTIMENT_VOCABULARY")).toEqual(SENTIMENT_VOCABULARY);
    expect(vocabulary("tagging", "TAGGING_VOCABULARY")).toEqual(TAGGING_VOCABULARY);
  });

  describe.skipIf(python === null)("generated with NumPy (needs a python3 with NumPy)", () => {
    for (const spec of GENERATED) {
      it(`${spec.id} gives the shapes Neurograph's spec announces`, () => {
        const options = withDefaultOptions(spec, { size: 40 });
        const shapes = spec.shapes(options)!;
        const got = load(spec.id, { size: 40 });
        expect(got.x).toEqual([40, ...shapes.inputShape]);
        expect(got.xdtype).toBe(shapes.integerFeatures ? "int32" : "float32");
        if (shapes.integerFeatures) expect(got.xmax).toBeLessThan(shapes.vocabularySize!);
        if (shapes.task === "regression") {
          expect(got.y).toEqual([40, ...(shapes.targetShape ?? [1])]);
          expect(got.ydtype).toBe("float32");
        } else {
          expect(got.y).toEqual(shapes.perStep ? [40, shapes.targetShape![0]!] : [40]);
          expect(got.ydtype).toMatch(/^int/);
          expect(got.ymin).toBeGreaterThanOrEqual(0);
          expect(got.ymax).toBeLessThan(shapes.numClasses!);
        }
      });
    }

    it("2-D toys keep Neurograph's range, and classes alternate", () => {
      for (const id of ["xor", "circles", "spirals", "blobs"]) {
        const got = load(id, { size: 40 });
        expect(got.xmin).toBeGreaterThanOrEqual(-1.5);
        expect(got.xmax).toBeLessThanOrEqual(1.5);
        expect(got.first.slice(0, 2)).toEqual([0, 1]);
      }
      const shapes = load("shapes", { size: 8 });
      expect([shapes.xmin, shapes.xmax]).toEqual([0, expect.any(Number)]);
      expect(shapes.xmax).toBeLessThanOrEqual(1);
    });

    it("reads a CSV as Neurograph does: z-scores, classes in natural order", () => {
      const dir = mkdtempSync(join(tmpdir(), "keras-csv-"));
      const path = join(dir, "table.csv");
      writeFileSync(path, "a,label,b\n1,10,5\n2,2,5\n3,10,5\n\n4,2,5\n");
      const got = load("csv", { fileName: "unused.csv", labelColumn: "label" }, path);
      expect(got.x).toEqual([4, 2]);
      expect(got.xmin).toBeCloseTo(-Math.sqrt(1.8), 5);
      expect(got.first).toEqual([1, 0, 1, 0]);
    });
  });
});
