import { compressToEncodedURIComponent } from "lz-string";
import { describe, expect, it } from "vitest";
import mnist from "../../../presets/mnist-mlp.json";
import { loadDocument } from "../../graph";
import { chainDocument } from "../../testing/documents";
import { isShareHash, readShareHash, shareHash, shareUrl } from "./shareLink";

const document = loadDocument(mnist).document!;

describe("share links", () => {
  it("round-trip a document exactly", () => {
    const hash = shareHash(document);
    expect(isShareHash(hash)).toBe(true);
    expect(hash).toMatch(/^#g=[A-Za-z0-9+\-$]+$/);
    const verdict = readShareHash(hash);
    expect(verdict).toEqual({ kind: "ok", document });
  });

  it("keep the app's address and query but replace any hash", () => {
    const url = shareUrl("https://example.org/app/?lang=zh#g=old", document);
    expect(url.startsWith("https://example.org/app/?lang=zh#g=")).toBe(true);
    expect(url).not.toContain("old");
    expect(readShareHash(new URL(url).hash)).toEqual({ kind: "ok", document });
  });

  it("survive being percent-encoded by another app", () => {
    const hash = shareHash(document).replace(/\$/g, "%24").replace(/\+/g, "%2B");
    expect(readShareHash(hash).kind).toBe("ok");
  });

  it("report a cut or garbled link as damaged", () => {
    const hash = shareHash(document);
    for (const broken of [hash.slice(0, hash.length / 2), "#g=", "#g=!!!", "#g=%E0%A4%A"]) {
      const verdict = readShareHash(broken);
      expect(verdict.kind).toBe("refused");
      if (verdict.kind === "refused") expect(verdict.problems[0]!.badge.en).toBe("Damaged");
    }
  });

  it("report valid JSON that is not a graph with the loader's codes", () => {
    const notGraph = `#g=${compressToEncodedURIComponent(JSON.stringify({ ...mnist, version: 7 }))}`;
    const verdict = readShareHash(notGraph);
    expect(verdict.kind === "refused" && verdict.problems[0]!.badge.en).toBe("NG103");
  });

  it("let a graph with errors be opened anyway", () => {
    const broken = chainDocument([784], [["conv2d", { filters: 8, kernelSize: 3 }]]);
    expect(readShareHash(shareHash(broken)).kind).toBe("hasErrors");
  });
});
