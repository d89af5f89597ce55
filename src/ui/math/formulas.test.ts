/**
 * Every layer kind explains itself with mathematics, and every line of it is
 * TeX that KaTeX accepts (throwOnError: a typo would otherwise render as red
 * source text in the inspector).
 */
import katex from "katex";
import { describe, expect, it } from "vitest";
import { LAYER_KINDS } from "../../graph";
import { texToMathML } from "./renderTex";

describe("layer formulas", () => {
  for (const kind of LAYER_KINDS) {
    it(`${kind.type} has a formula that KaTeX parses`, () => {
      expect(kind.formula?.length ?? 0).toBeGreaterThan(0);
      for (const line of kind.formula ?? []) {
        expect(line.trim()).not.toBe("");
        expect(() =>
          katex.renderToString(line, { output: "mathml", throwOnError: true }),
        ).not.toThrow();
      }
    });
  }

  it("states the L1/L2 penalty on every kind that has a kernel regularizer", () => {
    const regularised = LAYER_KINDS.filter((k) => "kernelRegularizer" in k.params);
    expect(regularised.length).toBeGreaterThan(0);
    for (const kind of regularised) {
      const tex = (kind.formula ?? []).join("\n");
      expect(tex, kind.type).toContain(String.raw`\lambda_1`);
      expect(tex, kind.type).toContain(String.raw`\rVert_2^2`);
    }
  });

  it("writes no words into the mathematics (they belong in the translated summary)", () => {
    for (const kind of LAYER_KINDS) {
      for (const line of kind.formula ?? []) expect(line, kind.type).not.toMatch(/\\text\{/);
    }
  });
});

describe("texToMathML", () => {
  it("renders MathML only, as a display block, with the TeX kept as an annotation", () => {
    const markup = texToMathML(String.raw`\frac{1}{1 + e^{-x}}`);
    expect(markup).toContain("<math");
    expect(markup).toContain('display="block"');
    expect(markup).toContain("<mfrac>");
    expect(markup).toContain('encoding="application/x-tex"');
    expect(markup).not.toContain("katex-html");
  });

  it("shows a broken formula as an error instead of throwing", () => {
    expect(() => texToMathML(String.raw`\frac{1}{`)).not.toThrow();
  });

  it("refuses links and other trusted commands", () => {
    const markup = texToMathML(String.raw`\href{javascript:alert(1)}{x}`);
    expect(markup).not.toMatch(/href=/);
    expect(markup).toContain("<mtext>\\href</mtext>");
  });
});
