import { describe, expect, it } from "vitest";
import mnist from "../../../presets/mnist-mlp.json";
import { serializeDocument } from "../../graph";
import { chainDocument } from "../../testing/documents";
import { checkText, isJsonFile, MAX_DOCUMENT_BYTES, utf8Bytes } from "./incoming";

describe("checkText", () => {
  it("opens a valid document", () => {
    const verdict = checkText(JSON.stringify(mnist));
    expect(verdict.kind).toBe("ok");
    if (verdict.kind === "ok") expect(verdict.document.name).toBe("MNIST MLP");
  });

  it("refuses text that is not JSON, with the loader's code and both languages", () => {
    const verdict = checkText("{ not json");
    expect(verdict.kind).toBe("refused");
    if (verdict.kind !== "refused") return;
    expect(verdict.problems[0]!.badge.en).toBe("NG101");
    expect(verdict.problems[0]!.message.en).toMatch(/line 1/);
    expect(verdict.problems[0]!.message.zh).not.toBe(verdict.problems[0]!.message.en);
  });

  it("refuses a newer version", () => {
    const verdict = checkText(JSON.stringify({ ...mnist, version: 99 }));
    expect(verdict.kind === "refused" && verdict.problems[0]!.badge.en).toBe("NG103");
  });

  it("refuses a malformed document, listing every problem", () => {
    const verdict = checkText(
      JSON.stringify({ format: "neurograph", version: 1, nodes: [{ id: 3 }], edges: "none" }),
    );
    expect(verdict.kind).toBe("refused");
    if (verdict.kind === "refused") expect(verdict.problems.length).toBeGreaterThanOrEqual(2);
  });

  it("refuses more than 5 MB before parsing it", () => {
    const huge = `{"pad":"${"x".repeat(MAX_DOCUMENT_BYTES)}"}`;
    const verdict = checkText(huge);
    expect(verdict.kind).toBe("refused");
    if (verdict.kind !== "refused") return;
    expect(verdict.problems[0]!.badge).toEqual({ en: "Too large", zh: "过大" });
    expect(verdict.problems[0]!.message.en).toMatch(/It is 5,242,8\d\d B, more than the 5.0 MiB/);
  });

  it("lets a document with graph errors be opened anyway, errors listed first", () => {
    const broken = chainDocument([784], [["conv2d", { filters: 8, kernelSize: 3 }]]);
    const verdict = checkText(serializeDocument(broken));
    expect(verdict.kind).toBe("hasErrors");
    if (verdict.kind !== "hasErrors") return;
    expect(verdict.document.nodes).toHaveLength(2);
    expect(verdict.problems[0]).toMatchObject({ severity: "error", badge: { en: "NG401" } });
    expect(verdict.problems[0]!.nodeId).toBeDefined();
  });
});

describe("utf8Bytes", () => {
  it("counts bytes, not characters", () => {
    expect(utf8Bytes("abc")).toBe(3);
    expect(utf8Bytes("é")).toBe(2);
    expect(utf8Bytes("网络")).toBe(6);
    expect(utf8Bytes("🧠")).toBe(4);
  });
});

describe("isJsonFile", () => {
  it("goes by extension or media type", () => {
    expect(isJsonFile({ name: "net.JSON", type: "" })).toBe(true);
    expect(isJsonFile({ name: "net", type: "application/json" })).toBe(true);
    expect(isJsonFile({ name: "net.png", type: "image/png" })).toBe(false);
  });
});
