import { describe, expect, it } from "vitest";
import {
  adversarialOptionsSchema,
  ganOptionsSchema,
  wganOptionsSchema,
} from "../../../graph/training/recipes/options";
import { DEFAULT_TRAINING_SETUP } from "../../../graph/training/setup";
import { ruleOf } from "../setup/recipeRanges";
import { cellSize, headWeights, paintHead, tokenLabel } from "./attentionMaps";
import { amplify, factorText, paintPlane, rowsByLabel, tileSamples } from "./draw";
import { embeddingFileNames, metadataCount } from "./embeddingFiles";
import {
  curveRows,
  distinctLabels,
  MAX_CURVES,
  recurrentLabel,
  trainingLabel,
  withCurve,
} from "./labCurves";
import { classifiesImages, labsFor } from "./panels";
import { extentOf, fromCanvas, nearestPoint, toCanvas } from "./plane";
import { pointUnder } from "./ScatterCanvas";

const set = (count: number, shape: number[], values: number[]) => ({
  count,
  shape,
  values: new Float32Array(values),
});

describe("drawing sample sets", () => {
  it("tiles greyscale images with a transparent gap, values clamped to [0, 1]", () => {
    // Two 1×2 images: [0, 1] and [2 (clamped to 1), −1 (clamped to 0)]; [h, w] shapes draw as one channel.
    const pixels = tileSamples(set(2, [1, 2], [0, 1, 2, -1]), [0, 1], 2)!;
    expect([pixels.width, pixels.height]).toEqual([5, 1]);
    const grey = (x: number) => [pixels.data[x * 4], pixels.data[x * 4 + 3]];
    expect([grey(0), grey(1), grey(2), grey(3), grey(4)]).toEqual([
      [0, 255],
      [255, 255],
      [0, 0],
      [255, 255],
      [0, 255],
    ]);
  });

  it("wraps into rows and draws RGB channels", () => {
    const rgb = set(3, [1, 1, 3], [1, 0, 0, 0, 1, 0, 0, 0, 1]);
    const pixels = tileSamples(rgb, [0, 1, 2], 2, 0)!;
    expect([pixels.width, pixels.height]).toEqual([2, 2]);
    expect([...pixels.data.slice(8, 12)]).toEqual([0, 0, 255, 255]); // the third sample, second row
    expect([...pixels.data.slice(12, 16)]).toEqual([0, 0, 0, 0]); // nothing there
  });

  it("refuses sets that are not images (2-D points)", () => {
    expect(tileSamples(set(2, [2], [0, 1, 2, 3]), [0, 1], 2)).toBeNull();
  });

  it("groups a conditional GAN's samples by class, classes in order", () => {
    expect(rowsByLabel(new Int32Array([2, 0, 2, 1, 0]))).toEqual([
      { label: 0, indices: [1, 4] },
      { label: 1, indices: [3] },
      { label: 2, indices: [0, 2] },
    ]);
  });

  it("paints D(x) on a fixed [0, 1] scale with yMin at the bottom, a critic on its own range", () => {
    const grid = {
      xMin: 0,
      xMax: 1,
      yMin: 0,
      yMax: 1,
      resolution: 2,
      values: new Float32Array([0, 0, 1, 1]),
    };
    const d = paintPlane(grid, true);
    // Row 0 of the grid (yMin, D = 0) is the canvas's bottom row: dark; the top row is bright.
    expect(d.data[1 * 2 * 4 + 1]).toBeLessThan(50);
    expect(d.data[1]).toBeGreaterThan(200);
    const critic = paintPlane({ ...grid, values: new Float32Array([5, 5, 7, 7]) }, false);
    expect([...critic.data.slice(0, 4)]).toEqual([...d.data.slice(0, 4)]);
    const flat = paintPlane({ ...grid, values: new Float32Array([0.5, 0.5, 0.5, 0.5]) }, true);
    expect(flat.data[0]).toBe(flat.data[12]);
  });

  it("amplifies a perturbation around mid-grey and says by how much", () => {
    const { sample, factor } = amplify(set(1, [3], [0.1, -0.05, 0]));
    expect(factor).toBeCloseTo(5);
    expect([...sample.values].map((v) => Number(v.toFixed(3)))).toEqual([1, 0.25, 0.5]);
    expect(factorText(factor)).toBe("5");
    expect(factorText(0.5 / 0.0003)).toBe("1667");
    expect(amplify(set(1, [2], [0, 0])).factor).toBe(1);
  });
});

describe("scatter geometry", () => {
  it("maps data to canvas pixels and back", () => {
    const extent = extentOf(new Float32Array([-1, -2, 3, 2]));
    expect(extent.xMin).toBeLessThan(-1);
    expect(extent.yMax).toBeGreaterThan(2);
    const [px, py] = toCanvas(extent, 200, 1, 0);
    expect(fromCanvas(extent, 200, px, py).map((v) => Number(v.toFixed(9)))).toEqual([1, 0]);
    // y grows upwards in data, downwards on the canvas.
    expect(toCanvas(extent, 200, 0, 2)[1]).toBeLessThan(toCanvas(extent, 200, 0, -2)[1]);
  });

  it("never makes an empty extent, and skips non-finite points", () => {
    expect(extentOf(new Float32Array([]))).toEqual({ xMin: -1, xMax: 1, yMin: -1, yMax: 1 });
    const one = extentOf(new Float32Array([2, 2, Number.NaN, 5]));
    expect(one.xMax - one.xMin).toBeGreaterThan(0);
    expect(one.yMax).toBeLessThan(5);
  });

  it("reads a click on a canvas shown at another size as the data point under it", () => {
    const extent = { xMin: 0, xMax: 10, yMin: 0, yMax: 10 };
    const rect = { left: 100, top: 50, width: 520, height: 520 };
    expect(pointUnder(extent, 260, rect, 100 + 260, 50 + 130)).toEqual([5, 7.5]);
  });

  it("finds the point nearest a click, within a radius", () => {
    const points = new Float32Array([0, 0, 1, 1, 5, 5]);
    expect(nearestPoint(points, 0.9, 1.2, 0.5)).toBe(1);
    expect(nearestPoint(points, 3, 3, 0.5)).toBeNull();
  });
});

describe("curves kept across runs", () => {
  const curve = (key: string, y = [1]) => ({ key, label: { en: key, zh: key }, x: [0], y });

  it("replace the curve of the same run and drop the oldest beyond the limit", () => {
    let list = [curve("a"), curve("b")];
    list = withCurve(list, curve("a", [2]));
    expect(list.map((c) => [c.key, c.y[0]])).toEqual([
      ["a", 2],
      ["b", 1],
    ]);
    for (let i = 0; i < MAX_CURVES; i++) list = withCurve(list, curve(`n${i}`));
    expect(list).toHaveLength(MAX_CURVES);
    expect(list[0]!.key).toBe("n0");
  });

  it("label runs by how they trained, and recurrent models by their layers", () => {
    expect(trainingLabel(DEFAULT_TRAINING_SETUP, "fgsm").en).toBe("clean training · FGSM");
    const adversarial = {
      ...DEFAULT_TRAINING_SETUP,
      recipe: "adversarial" as const,
      adversarial: { ...DEFAULT_TRAINING_SETUP.adversarial, mix: 0.5 },
    };
    expect(trainingLabel(adversarial, "pgd")).toEqual({
      en: "adversarial training (mix 0.5) · PGD",
      zh: "对抗训练（比例 0.5） · PGD",
    });
    expect(recurrentLabel(["simpleRNN"])).toBe("SimpleRNN");
    expect(recurrentLabel(["lstm", "gru"])).toBe("LSTM + GRU");
    expect(distinctLabels(["LSTM", "GRU", "LSTM"])).toEqual(["LSTM", "GRU", "LSTM #2"]);
  });

  it("become chart rows with one column per curve, gaps where a curve has no point", () => {
    const rows = curveRows([
      { key: "a", label: { en: "a", zh: "a" }, x: [0, 0.1], y: [0.9, 0.2] },
      { key: "b", label: { en: "b", zh: "b" }, x: [0, 0.2], y: [0.95, Number.NaN] },
    ]);
    expect(rows).toEqual([
      { x: 0, c0: 0.9, c1: 0.95 },
      { x: 0.1, c0: 0.2, c1: null },
      { x: 0.2, c0: null, c1: null },
    ]);
  });
});

describe("which recipe panels a run has", () => {
  const facts = (
    recipe: Parameters<typeof labsFor>[0]["recipe"],
    nodes: string[] = [],
    image = false,
  ) => ({
    recipe,
    viewKind: null,
    nodeTypes: new Set(nodes),
    imageClassifier: image,
  });

  it("shows a generative recipe's own panel", () => {
    expect(labsFor(facts("wgan"))).toEqual(["gan"]);
    expect(labsFor(facts("vae"))).toEqual(["autoencoder"]);
    expect(labsFor(facts("word2vec", ["embedding"]))).toEqual(["word2vec"]);
    expect(labsFor({ ...facts("supervised"), viewKind: "gan" })[0]).toBe("gan");
  });

  it("offers a classifier the labs its graph and data allow", () => {
    expect(labsFor(facts("supervised", ["dense"], true))).toEqual(["adversarial"]);
    expect(labsFor(facts("adversarial", ["conv2d"], true))).toEqual(["adversarial"]);
    expect(labsFor(facts("supervised", ["lstm"]))).toEqual(["sequence"]);
    expect(labsFor(facts("supervised", ["multiHeadAttention", "gru"]))).toEqual([
      "sequence",
      "attention",
    ]);
    expect(labsFor(facts("gan", ["lstm"], true))).toEqual(["gan"]);
  });

  it("knows image classifiers from the dataset", () => {
    const withDataset = (id: string) => ({
      ...DEFAULT_TRAINING_SETUP,
      dataset: { id, options: {} },
    });
    expect(classifiesImages(withDataset("mnist"))).toBe(true);
    expect(classifiesImages(withDataset("xor"))).toBe(false);
    expect(classifiesImages(withDataset("sentiment"))).toBe(false);
    expect(classifiesImages({ ...withDataset("mnist"), task: "regression" })).toBe(false);
  });
});

describe("attention maps", () => {
  const map = {
    nodeId: "mha",
    heads: 2,
    queries: 2,
    keys: 3,
    weights: new Float32Array([1, 0, 0, 0, 0.5, 0.5, 0.2, 0.3, 0.5, 0, 0, 1]),
  };

  it("slice one head's queries × keys and paint probabilities on a fixed scale", () => {
    expect([...headWeights(map, 1)].map((v) => Number(v.toFixed(2)))).toEqual([
      0.2, 0.3, 0.5, 0, 0, 1,
    ]);
    const pixels = paintHead(map, 0);
    expect([pixels.width, pixels.height]).toEqual([3, 2]);
    expect(pixels.data[0 * 4 + 1]).toBeGreaterThan(200); // weight 1: bright
    expect(pixels.data[1 * 4 + 1]).toBeLessThan(10); // weight 0: dark
  });

  it("fit the cells to the sequence and label tokens by position when there are none", () => {
    expect(cellSize(5)).toBe(22);
    expect(cellSize(100)).toBe(4);
    expect(tokenLabel(["a"], 0)).toBe("a");
    expect(tokenLabel([], 2)).toBe("3");
  });
});

describe("small pieces", () => {
  it("name the embedding files after the graph, safely", () => {
    expect(embeddingFileNames("word2vec KJV")).toEqual({
      vectors: "word2vec KJV-vectors.tsv",
      metadata: "word2vec KJV-metadata.tsv",
    });
    expect(embeddingFileNames("a/b").vectors).toBe("a_b-vectors.tsv");
    expect(embeddingFileNames("").metadata).toBe("graph-metadata.tsv");
    expect(metadataCount("king\nqueen\n")).toBe(2);
  });

  it("read recipe option ranges from their schemas", () => {
    expect(ruleOf(ganOptionsSchema.shape.discriminatorSteps)).toEqual({
      whole: true,
      min: 1,
      max: 20,
    });
    expect(ruleOf(ganOptionsSchema.shape.discriminatorLearningRateScale)).toEqual({
      whole: false,
      min: 0,
      max: 100,
      exclusiveMin: true,
    });
    expect(ruleOf(wganOptionsSchema.shape.penaltyWeight)).toEqual({
      whole: false,
      min: 0,
      max: 1000,
    });
    expect(ruleOf(adversarialOptionsSchema.shape.mix)).toEqual({ whole: false, min: 0, max: 1 });
  });
});
