import { describe, expect, it } from "vitest";
import { floatStep, parseNumber, readNumber, stepText, toAscii } from "./numberText";

const units = { whole: true, min: 1, max: 1 << 20 };
const rate = { whole: false, min: 0, max: 1, exclusiveMax: true };

describe("readNumber", () => {
  it.each([
    ["128", 128],
    [" 64 ", 64],
    ["0.5", 0.5],
    [".5", 0.5],
    ["0.", 0],
    ["1e-3", 0.001],
    ["-1", -1],
    ["+3", 3],
    ["１２８", 128],
    ["０．５", 0.5],
    ["−1", -1],
  ])("reads %j as %d", (text, value) => expect(readNumber(text)).toBe(value));

  it.each([
    "",
    " ",
    "abc",
    "0x10",
    "Infinity",
    "NaN",
    "1,000",
    "1 000",
    "12px",
    "--1",
    "1e",
    "1e999",
  ])("refuses %j", (text) => expect(readNumber(text)).toBeNull());

  it("converts full-width forms only", () => expect(toAscii("ａ１－２")).toBe("a1-2"));
});

describe("parseNumber", () => {
  it("accepts values in range", () => {
    expect(parseNumber("64", units)).toEqual({ ok: true, value: 64 });
    expect(parseNumber("0", rate)).toEqual({ ok: true, value: 0 });
  });

  it("says what is wrong, in both languages", () => {
    const cases: [string, typeof units | typeof rate, string, string][] = [
      ["", units, "Enter a whole number.", "请输入一个整数。"],
      ["", rate, "Enter a number.", "请输入一个数字。"],
      ["abc", units, "“abc” is not a number.", "“abc”不是数字。"],
      ["12.5", units, "Must be a whole number.", "必须是整数。"],
      ["0", units, "Must be at least 1.", "不能小于 1。"],
      ["2000000", units, "Must be at most 1,048,576.", "不能大于 1,048,576。"],
      ["1", rate, "Must be less than 1.", "必须小于 1。"],
    ];
    for (const [text, rule, en, zh] of cases) {
      expect(parseNumber(text, rule)).toEqual({ ok: false, error: { en, zh } });
    }
  });

  it("honours an exclusive minimum", () => {
    const positive = { whole: false, min: 0, max: 10, exclusiveMin: true };
    expect(parseNumber("0", positive).ok).toBe(false);
    expect(parseNumber("0.001", positive).ok).toBe(true);
  });
});

describe("stepping with the arrow keys", () => {
  it("steps whole numbers by 1, or 10 with Shift, within range", () => {
    expect(stepText("64", 1, units, 1, false)).toBe("65");
    expect(stepText("64", -1, units, 1, true)).toBe("54");
    expect(stepText("1", -1, units, 1, false)).toBe("1");
    expect(stepText("", 1, units, 32, false)).toBe("33");
  });

  it("steps floats by a tenth of their leading digit, without binary noise", () => {
    expect(floatStep(0.2, rate)).toBeCloseTo(0.01);
    expect(floatStep(10_000, { whole: false, min: 1, max: 1e9 })).toBe(1000);
    expect(stepText("0.2", 1, rate, 0.5, false)).toBe("0.21");
    expect(stepText("0.1", 1, rate, 0.5, true)).toBe("0.2");
    expect(stepText("0.3", -1, rate, 0.5, false)).toBe("0.29");
  });

  it("stays below an exclusive maximum", () => {
    expect(stepText("0.99", 1, rate, 0.5, true)).toBe("0.99");
    expect(stepText("0.98", 1, rate, 0.5, false)).toBe("0.99");
  });
});
