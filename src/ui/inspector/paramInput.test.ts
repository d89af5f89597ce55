import { describe, expect, it } from "vitest";
import {
  LAYER_KINDS,
  layerKind,
  type ParamSpec,
  type ShapeParam,
  type TupleParam,
  t,
} from "../../graph";
import { checkParams } from "../../graph/validateParams";
import { defaultInfo, isShown, rangeText } from "./fieldInfo";
import {
  axesDraft,
  parseAxes,
  parseRegularizer,
  parseScalar,
  parseShape,
  parseTuple,
  regularizerDraft,
  shapeDraft,
  shapeElements,
  toggleAxesMode,
  toggleTupleMode,
  tupleDraft,
  valueText,
} from "./paramInput";

const spec = (type: string, name: string): ParamSpec => layerKind(type)!.params[name]!;
const kernelSize = spec("conv2d", "kernelSize") as TupleParam;
const poolStrides = spec("maxPooling2d", "strides") as TupleParam;
const inputShape = spec("input", "shape") as ShapeParam;
const targetShape = spec("reshape", "targetShape") as ShapeParam;

describe("scalars", () => {
  it("writes numbers in range and refuses the rest", () => {
    const units = spec("dense", "units") as Extract<ParamSpec, { kind: "int" }>;
    expect(parseScalar("64", units)).toEqual({ ok: true, value: 64 });
    expect(parseScalar("", units).ok).toBe(false);
    expect(parseScalar("6.5", units).ok).toBe(false);
  });

  it("lets a derived int be left empty, which removes it", () => {
    const valueDim = spec("multiHeadAttention", "valueDim") as Extract<ParamSpec, { kind: "int" }>;
    expect(parseScalar("", valueDim)).toEqual({ ok: true, value: undefined });
  });

  it("shows wrong-typed document values as JSON, so they can be seen", () => {
    expect(valueText(3)).toBe("3");
    expect(valueText("3")).toBe("3");
    expect(valueText([1, 2])).toBe("[1,2]");
    expect(valueText(null)).toBe("");
  });
});

describe("tuples", () => {
  it("shows one value when every axis has it, else one per axis", () => {
    expect(tupleDraft([3, 3], kernelSize)).toEqual({ perAxis: false, texts: ["3"] });
    expect(tupleDraft(5, kernelSize)).toEqual({ perAxis: false, texts: ["5"] });
    expect(tupleDraft([3, 5], kernelSize)).toEqual({ perAxis: true, texts: ["3", "5"] });
    expect(tupleDraft(undefined, spec("conv2d", "strides") as TupleParam)).toEqual({
      perAxis: false,
      texts: ["1"],
    });
  });

  it("writes a number for all axes and a list per axis", () => {
    expect(parseTuple({ perAxis: false, texts: ["3"] }, kernelSize)).toEqual({
      ok: true,
      value: 3,
    });
    expect(parseTuple({ perAxis: true, texts: ["3", "5"] }, kernelSize)).toEqual({
      ok: true,
      value: [3, 5],
    });
    const bad = parseTuple({ perAxis: true, texts: ["3", "0"] }, kernelSize);
    expect(bad.ok).toBe(false);
    expect(bad.at).toBe(1);
  });

  it("switches modes without changing the meaning", () => {
    const per = toggleTupleMode({ perAxis: false, texts: ["4"] }, 2);
    expect(per).toEqual({ perAxis: true, texts: ["4", "4"] });
    expect(toggleTupleMode({ perAxis: true, texts: ["3", "5"] }, 2)).toEqual({
      perAxis: false,
      texts: ["3"],
    });
  });

  it("lets pooling strides be left empty: they follow the pool size", () => {
    expect(tupleDraft(undefined, poolStrides)).toEqual({ perAxis: false, texts: [""] });
    expect(parseTuple({ perAxis: false, texts: [""] }, poolStrides)).toEqual({
      ok: true,
      value: undefined,
    });
    expect(parseTuple({ perAxis: false, texts: [""] }, kernelSize).ok).toBe(false);
  });
});

describe("shapes", () => {
  it("reads ? as a variable length where allowed", () => {
    expect(shapeDraft([null, 16], inputShape)).toEqual(["?", "16"]);
    expect(parseShape(["?", "16"], inputShape)).toEqual({ ok: true, value: [null, 16] });
    const refused = parseShape(["?", "16"], targetShape);
    expect(refused.ok).toBe(false);
    expect(refused.at).toBe(0);
  });

  it("reads one -1 where allowed, and says so when it is not", () => {
    expect(parseShape(["-1", "7"], targetShape)).toEqual({ ok: true, value: [-1, 7] });
    const twice = parseShape(["-1", "-1"], targetShape);
    expect(twice.ok).toBe(false);
    expect(twice.at).toBe(1);
    const notAllowed = parseShape(["-1"], inputShape);
    expect(notAllowed.ok).toBe(false);
    if (!notAllowed.ok) expect(notAllowed.error.en).toContain("? for a variable length");
  });

  it("needs one to maxRank dimensions", () => {
    expect(parseShape([], inputShape).ok).toBe(false);
    expect(parseShape(["1", "1", "1", "1", "1", "1"], inputShape).ok).toBe(false);
  });

  it("counts the elements of a fully known draft", () => {
    expect(shapeElements(["28", "28", "1"], targetShape)).toBe(784);
    expect(shapeElements(["-1", "7"], targetShape)).toBeNull();
  });
});

describe("regularizers", () => {
  it("reads the mode from the factors present", () => {
    expect(regularizerDraft(null).mode).toBe("none");
    expect(regularizerDraft({ l1: 0.001 })).toEqual({ mode: "l1", l1: "0.001", l2: "0.01" });
    expect(regularizerDraft({ l2: 0.1 }).mode).toBe("l2");
    expect(regularizerDraft({ l1: 0.1, l2: 0.2 }).mode).toBe("l1l2");
  });

  it("writes only the factors of the mode, or removes the param for none", () => {
    expect(parseRegularizer({ mode: "none", l1: "x", l2: "x" })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(parseRegularizer({ mode: "l2", l1: "x", l2: "0.01" })).toEqual({
      ok: true,
      value: { l2: 0.01 },
    });
    expect(parseRegularizer({ mode: "l1l2", l1: "0.1", l2: "0.2" })).toEqual({
      ok: true,
      value: { l1: 0.1, l2: 0.2 },
    });
    const negative = parseRegularizer({ mode: "l1l2", l1: "0.1", l2: "-1" });
    expect(negative.ok).toBe(false);
    expect(negative.at).toBe(1);
  });
});

describe("axes", () => {
  const axes = spec("dot", "axes") as Extract<ParamSpec, { kind: "axes" }>;
  it("shows one axis for both inputs unless they differ", () => {
    expect(axesDraft(undefined, axes)).toEqual({ pair: false, texts: ["-1"] });
    expect(axesDraft([1, 1], axes)).toEqual({ pair: false, texts: ["1"] });
    expect(axesDraft([1, 2], axes)).toEqual({ pair: true, texts: ["1", "2"] });
  });

  it("writes a number or a pair", () => {
    expect(parseAxes({ pair: false, texts: ["2"] })).toEqual({ ok: true, value: 2 });
    expect(parseAxes({ pair: true, texts: ["1", "2"] })).toEqual({ ok: true, value: [1, 2] });
    expect(parseAxes(toggleAxesMode({ pair: false, texts: ["2"] }))).toEqual({
      ok: true,
      value: [2, 2],
    });
    expect(parseAxes({ pair: false, texts: ["1.5"] }).ok).toBe(false);
  });
});

describe("what a field says about itself", () => {
  it("describes defaults and ranges", () => {
    expect(defaultInfo(spec("dense", "units"))).toEqual({ kind: "required" });
    expect(defaultInfo(spec("dense", "activation"))).toEqual({ kind: "value", text: "linear" });
    expect(defaultInfo(spec("dense", "useBias"))).toEqual({ kind: "flag", on: true });
    expect(defaultInfo(poolStrides)).toEqual({ kind: "derived" });
    expect(defaultInfo(spec("conv2d", "strides"))).toEqual({ kind: "value", text: "1" });
    expect(rangeText("units", spec("dense", "units"))).toBe("1 ≤ units ≤ 1,048,576");
    expect(rangeText("rate", spec("dropout", "rate"))).toBe("0 ≤ rate < 1");
  });

  it("shows leakyRelu's alpha only for leakyRelu", () => {
    const schema = layerKind("activation")!.params;
    expect(isShown(schema.alpha!, { activation: "relu" }, schema)).toBe(false);
    expect(isShown(schema.alpha!, { activation: "leakyRelu" }, schema)).toBe(true);
    expect(isShown(schema.activation!, {}, schema)).toBe(true);
  });
});

/**
 * The form and the validator must agree: whatever the form would write,
 * checkParams accepts; and every in-range value the validator accepts, the
 * form can express. Checked on every numeric param of every kind.
 */
describe("agreement with checkParams", () => {
  const texts = [
    "0",
    "1",
    "2",
    "3",
    "-1",
    "0.5",
    "0.99",
    "1.5",
    "7",
    "64",
    "1000",
    "1e9",
    "-3",
    "abc",
    "",
  ];
  const who = t("X", "X");
  const accepted = (name: string, p: ParamSpec, value: unknown) =>
    !checkParams({ [name]: p }, { [name]: value }, "n", who).diagnostics.some(
      (d) => d.severity === "error",
    );

  for (const kind of LAYER_KINDS) {
    for (const [name, p] of Object.entries(kind.params)) {
      if (p.kind !== "int" && p.kind !== "float" && p.kind !== "tuple") continue;
      it(`${kind.type}.${name}`, () => {
        for (const text of texts) {
          const parsed =
            p.kind === "tuple"
              ? parseTuple({ perAxis: false, texts: [text] }, p)
              : parseScalar(text, p);
          const value = parsed.ok ? parsed.value : undefined;
          if (parsed.ok && value !== undefined) expect(accepted(name, p, value), text).toBe(true);
          const n = Number(text);
          if (text !== "" && Number.isFinite(n) && accepted(name, p, n))
            expect(parsed.ok, `${text} is valid for checkParams`).toBe(true);
        }
      });
    }
  }
});
