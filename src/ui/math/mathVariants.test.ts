import { describe, expect, it } from "vitest";
import { applyMathVariants, variantChar } from "./mathVariants";
import { texToMathML } from "./renderTex";

describe("math variants as Unicode characters", () => {
  it("maps letters, digits and Greek", () => {
    expect(variantChar("x", "bold")).toBe("𝐱");
    expect(variantChar("0", "bold")).toBe("𝟎");
    expect(variantChar("W", "bold")).toBe("𝐖");
    expect(variantChar("μ", "bold-italic")).toBe("𝝁");
    expect(variantChar("ε", "bold-italic")).toBe("𝜺");
    expect(variantChar("L", "script")).toBe("ℒ");
    expect(variantChar("N", "script")).toBe("𝒩");
    expect(variantChar("R", "double-struck")).toBe("ℝ");
    expect(variantChar("E", "double-struck")).toBe("𝔼");
    expect(variantChar("v", "monospace")).toBe("𝚟");
    expect(variantChar("h", "italic")).toBe("ℎ");
    expect(variantChar("+", "bold")).toBeNull();
  });

  it("rewrites KaTeX's tokens and keeps everything else", () => {
    expect(applyMathVariants('<mi mathvariant="bold">x</mi>')).toBe(
      '<mi mathvariant="normal">𝐱</mi>',
    );
    expect(applyMathVariants('<mi mathvariant="monospace">ab</mi>')).toBe("<mi>𝚊𝚋</mi>");
    expect(applyMathVariants('<mi mathvariant="normal">relu</mi>')).toBe(
      '<mi mathvariant="normal">relu</mi>',
    );
    expect(applyMathVariants('<mo mathvariant="bold">+</mo>')).toBe(
      '<mo mathvariant="bold">+</mo>',
    );
  });

  it("leaves no unsupported variant in any rendered formula", () => {
    const markup = texToMathML(
      String.raw`\mathbf{y} = \mathcal{L} + \mathbb{R}^{n} + \boldsymbol{\mu} + \mathtt{same}`,
    );
    expect(markup).not.toMatch(/mathvariant="(bold|script|double-struck|monospace|bold-italic)"/);
    expect(markup).toContain("𝐲");
    expect(markup).toContain("ℒ");
    expect(markup).toContain("ℝ");
    expect(markup).toContain("𝝁");
    expect(markup).toContain('𝚜</mi><mi mathvariant="normal">𝚊');
  });
});
