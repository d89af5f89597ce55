import { describe, expect, it } from "vitest";
import { escapeXml, fitText, num, textWidthEm } from "./svgText";

describe("escapeXml", () => {
  it("escapes markup characters and quotes", () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;",
    );
  });

  it("replaces characters XML cannot hold, keeping valid pairs of surrogates", () => {
    expect(escapeXml("a\u0000b\u0007c\nd\ud800e\udc00f")).toBe(
      "a\ufffdb\ufffdc\ufffdd\ufffde\ufffdf",
    );
    expect(escapeXml("🧠 网络")).toBe("🧠 网络");
  });
});

describe("fitText", () => {
  it("keeps text that fits and cuts text that does not", () => {
    expect(fitText("Dense", 180, 12)).toBe("Dense");
    const cut = fitText("a".repeat(100), 60, 10);
    expect(cut.endsWith("…")).toBe(true);
    expect(textWidthEm(cut) * 10).toBeLessThanOrEqual(60);
  });

  it("counts Chinese characters as wide", () => {
    expect(textWidthEm("全连接")).toBe(3);
    expect(textWidthEm("abc", 0.6)).toBeCloseTo(1.8);
    expect(fitText("全连接层全连接层全连接层", 60, 12)).toBe("全连接层…");
  });
});

describe("num", () => {
  it("writes at most one decimal and never -0", () => {
    expect(num(1.26)).toBe("1.3");
    expect(num(-0.01)).toBe("0");
    expect(num(12)).toBe("12");
  });
});
