import { describe, expect, it } from "vitest";
import { withDefaultOptions } from "../../graph/training/datasetSpec";
import { DATASET_SPECS } from "../../graph/training/datasets";
import { browserDatasetIO } from "./browserIO";
import { loadDataset } from "./index";
import { nodeDatasetIO } from "./nodeIO";

describe("every built-in dataset", () => {
  // Corpora are streams of words, not `size` samples: corpus/*.test.ts check them.
  const sampled = DATASET_SPECS.filter((s) => s.family !== "upload" && s.family !== "corpus");
  it.each(sampled.map((s) => [s.id, s] as const))(
    "%s loads with the shapes its spec announces",
    async (id, spec) => {
      // Small sizes keep this fast; MNIST and Fashion-MNIST read the real files.
      const options = { size: 100 };
      const dataset = await loadDataset({ kind: "builtin", id, options }, nodeDatasetIO(), 1);
      expect(dataset.shapes).toEqual(spec.shapes(withDefaultOptions(spec, options)));
      expect(dataset.train.count).toBe(100);
      const size = dataset.shapes.inputShape.reduce((a, b) => a * b, 1);
      expect(dataset.train.features.length).toBe(100 * size);
    },
  );
});

describe("browserDatasetIO", () => {
  it("fetches from the app's base URL and reports HTTP errors", async () => {
    const asked: string[] = [];
    const fake = (async (url: string) => {
      asked.push(url);
      return url.endsWith("mnist.bin.gz")
        ? new Response(new Uint8Array([1, 2, 3]))
        : new Response("missing", { status: 404 });
    }) as typeof fetch;
    const io = browserDatasetIO("https://example.org/app/", fake);
    expect([...(await io.readAsset("mnist.bin.gz"))]).toEqual([1, 2, 3]);
    await expect(io.readAsset("other.bin")).rejects.toThrow("HTTP 404");
    expect(asked).toEqual([
      "https://example.org/app/datasets/mnist.bin.gz",
      "https://example.org/app/datasets/other.bin",
    ]);
  });
});
