import { describe, expect, it } from "vitest";
import { downloadName } from "./fileName";

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe("downloadName", () => {
  it("keeps ordinary names, in any script", () => {
    expect(downloadName("MNIST MLP", "json")).toBe("MNIST MLP.json");
    expect(downloadName("卷积网络", "png")).toBe("卷积网络.png");
  });

  it("replaces characters file systems refuse, and trims dots and spaces", () => {
    expect(downloadName('a/b\\c:d*e?f"g<h>i|j', "svg")).toBe("a_b_c_d_e_f_g_h_i_j.svg");
    expect(downloadName("  ..hidden.  ", "json")).toBe("hidden.json");
    expect(downloadName("<img src=x onerror=alert(1)>", "json")).toBe(
      "_img src=x onerror=alert(1)_.json",
    );
    expect(downloadName("tab\there\u0000", "json")).toBe("tab_here_.json");
  });

  it("falls back to 'graph' and avoids device names", () => {
    expect(downloadName("", "json")).toBe("graph.json");
    expect(downloadName("...", "json")).toBe("graph.json");
    expect(downloadName("CON", "json")).toBe("_CON.json");
  });

  it("caps the length without splitting a character", () => {
    const name = downloadName("🧠".repeat(150), "json");
    expect(Array.from(name.replace(/\.json$/, ""))).toHaveLength(100);
    expect(name).not.toMatch(LONE_SURROGATE);
  });
});
