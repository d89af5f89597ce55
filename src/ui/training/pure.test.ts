import { describe, expect, it } from "vitest";
import { viridis } from "./colorMap";
import { imageShapeOf } from "./evaluation/imageShape";
import { asProbabilities } from "./evaluation/Probabilities";
import { formatDuration, formatValue } from "./formatRun";
import { downsampleDrawing, MNIST_SIZE } from "./padDownsample";
import { tintLevels } from "./receiveReply";
import { csvHeader, guessLabelColumn } from "./uploads/csvHeader";
import { classOfPath } from "./uploads/imageFiles";

describe("drawing pad downsampling", () => {
  it("centres the ink by its centre of mass in a 28×28 image, fitting a 20-pixel box", () => {
    const size = 224;
    const ink = new Float32Array(size * size);
    // A filled square in the top-left corner.
    for (let y = 10; y < 60; y++) for (let x = 10; x < 60; x++) ink[y * size + x] = 1;
    const out = downsampleDrawing(ink, size);
    expect(out).toHaveLength(MNIST_SIZE * MNIST_SIZE);
    let mass = 0;
    let cx = 0;
    let cy = 0;
    let width = 0;
    for (let y = 0; y < 28; y++)
      for (let x = 0; x < 28; x++) {
        const v = out[y * 28 + x]!;
        mass += v;
        cx += v * (x + 0.5);
        cy += v * (y + 0.5);
        if (y === 14 && v > 0.5) width++;
      }
    expect(cx / mass).toBeCloseTo(14, 0);
    expect(cy / mass).toBeCloseTo(14, 0);
    expect(width).toBe(20);
    expect(Math.max(...out)).toBeLessThanOrEqual(1);
  });

  it("returns a blank image for a blank pad", () => {
    expect(downsampleDrawing(new Float32Array(100), 10).every((v) => v === 0)).toBe(true);
  });
});

describe("uploads", () => {
  it("reads a CSV header with quotes, and guesses the label column", () => {
    expect(csvHeader('\uFEFFa,"b, c","say ""hi""",label\n1,2,3,x')).toEqual([
      "a",
      "b, c",
      'say "hi"',
      "label",
    ]);
    expect(guessLabelColumn(["x1", "x2", "Species", "note"])).toBe("Species");
    expect(guessLabelColumn(["x1", "x2", "y2"])).toBe("y2");
    expect(csvHeader("")).toEqual([]);
    // The same separators training understands.
    expect(csvHeader("a;b;label\n1;2;x")).toEqual(["a", "b", "label"]);
    expect(csvHeader("a\tb\tlabel\n1\t2\tx")).toEqual(["a", "b", "label"]);
  });

  it("takes an image's class from its folder and skips what is not an image", () => {
    expect(classOfPath("digits/3/a.png")).toBe("3");
    expect(classOfPath("cat/1.JPG")).toBe("cat");
    expect(classOfPath("a.png")).toBeNull();
    expect(classOfPath("cat/readme.txt")).toBeNull();
    expect(classOfPath("__MACOSX/cat/._1.png")).toBeNull();
  });
});

describe("small helpers", () => {
  it("scales node tints by the most active layer", () => {
    const levels = tintLevels([
      { nodeId: "a", shape: [2], meanAbsActivation: 2 },
      { nodeId: "b", shape: [2], meanAbsActivation: 0.5 },
      { nodeId: "c", shape: [2] },
    ]);
    expect(levels).toEqual({ a: 1, b: 0.25 });
  });

  it("draws flat square vectors as images and refuses other shapes", () => {
    expect(imageShapeOf([784])).toEqual([28, 28, 1]);
    expect(imageShapeOf([28, 28, 1])).toEqual([28, 28, 1]);
    expect(imageShapeOf([2])).toBeNull();
    expect(imageShapeOf([20, 16])).toEqual([20, 16, 1]);
  });

  it("turns logits into probabilities but leaves a distribution alone", () => {
    expect(asProbabilities(Float32Array.from([0.25, 0.75]))).toEqual([0.25, 0.75]);
    const p = asProbabilities(Float32Array.from([2, 2]));
    expect(p[0]).toBeCloseTo(0.5);
  });

  it("formats durations in both languages, and values compactly", () => {
    expect(formatDuration(65, "en")).toBe("1 min 05 s");
    expect(formatDuration(65, "zh")).toBe("1 分 05 秒");
    expect(formatDuration(3700, "en")).toBe("1 h 01 min");
    expect(formatValue(0.123456)).toBe("0.1235");
    expect(formatValue(0.00001)).toBe("1.00e-5");
  });

  it("maps 0 and 1 to viridis' ends", () => {
    expect(viridis(0)).toEqual([68, 1, 84]);
    expect(viridis(1)).toEqual([253, 231, 37]);
    expect(viridis(Number.NaN)).toEqual([68, 1, 84]);
  });
});
