import { describe, expect, it } from "vitest";
import { readNumber } from "./datasetOptions";
import { DATASET_SPECS, datasetOption, datasetSpec } from "./datasets";

describe("DATASET_SPECS", () => {
  it("has unique ids, names in both languages and sane option defaults", () => {
    const ids = DATASET_SPECS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const spec of DATASET_SPECS) {
      expect(
        spec.name.en && spec.name.zh && spec.description.en && spec.description.zh,
      ).toBeTruthy();
      for (const option of spec.options) {
        expect(option.label.en && option.label.zh).toBeTruthy();
        if (option.kind === "number") {
          expect(option.default).toBeGreaterThanOrEqual(option.min);
          expect(option.default).toBeLessThanOrEqual(option.max);
        }
      }
    }
  });

  it("gives shapes with default options for every built-in dataset", () => {
    for (const spec of DATASET_SPECS.filter((s) => s.family !== "upload")) {
      const shapes = spec.shapes({});
      expect(shapes, spec.id).not.toBeNull();
      if (shapes!.task === "classification") expect(shapes!.numClasses).toBeGreaterThan(1);
      else expect(shapes!.targetShape).toEqual([1]);
      if (shapes!.classNames) expect(shapes!.classNames.length).toBe(shapes!.numClasses);
    }
  });

  it("finds specs and options by id", () => {
    expect(datasetSpec("mnist")?.shapes({})?.inputShape).toEqual([28, 28, 1]);
    expect(datasetSpec("unknown")).toBeUndefined();
    expect(datasetOption("spirals", "noise")).toMatchObject({ default: 0.02 });
  });

  it("uploads have no shapes until the UI has parsed the data", () => {
    expect(datasetSpec("csv")!.shapes({})).toBeNull();
    expect(datasetSpec("csv")!.shapes({ featureCount: 4, numClasses: 3 })).toEqual({
      inputShape: [4],
      task: "classification",
      numClasses: 3,
    });
    expect(datasetSpec("csv")!.shapes({ featureCount: 4, task: "regression" })).toMatchObject({
      targetShape: [1],
    });
    expect(
      datasetSpec("imageFolder")!.shapes({ numClasses: 2, width: 32, height: 24, color: "rgb" }),
    ).toMatchObject({ inputShape: [24, 32, 3], numClasses: 2 });
  });

  it("reads options clamped to their range", () => {
    const option = datasetOption("xor", "size")!;
    expect(readNumber({ size: 5 }, option)).toBe(10);
    expect(readNumber({ size: "many" }, option)).toBe(500);
    expect(readNumber({ size: 12.6 }, option)).toBe(13);
  });
});
