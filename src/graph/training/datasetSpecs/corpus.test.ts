/** The corpora's specs against a word2vec graph: the Embedding must cover the vocabulary (NG608). */
import { describe, expect, it } from "vitest";
import type { GraphDocumentInput } from "../../document/schema";
import { validateValue } from "../../validate";
import { datasetSpec } from "../datasets";

function word2vecGraph(inputDim: number, dataset: Record<string, unknown>): GraphDocumentInput {
  return {
    format: "neurograph",
    version: 1,
    nodes: [
      { id: "words", type: "input", params: { shape: [1], dtype: "int32" } },
      { id: "vectors", type: "embedding", params: { inputDim, outputDim: 16 } },
    ],
    edges: [{ id: "e1", source: "words", target: "vectors" }],
    training: { recipe: "word2vec", dataset },
  };
}

const diagnostics = (doc: GraphDocumentInput) => validateValue(doc).diagnostics;

describe("corpus specs", () => {
  it("announce word ids of shape [1] and the vocabulary as an upper bound", () => {
    expect(datasetSpec("kjv")!.shapes({ maxVocabulary: 3000 })).toEqual({
      inputShape: [1],
      task: "classification",
      numClasses: 3000,
      integerFeatures: true,
      vocabularySize: 3000,
    });
    expect(datasetSpec("planted")!.shapes({ maxVocabulary: 100_000 })!.vocabularySize).toBe(93);
    expect(datasetSpec("kjv")!.family).toBe("corpus");
  });

  it("let NG608 ask for an Embedding as large as the vocabulary, with a fix", () => {
    const small = diagnostics(word2vecGraph(1000, { id: "kjv", options: {} }));
    const ng608 = small.filter((d) => d.code === "NG608");
    expect(ng608).toHaveLength(1);
    expect(ng608[0]!.fix).toMatchObject({ param: "inputDim", value: 5000 });
    const fitting = diagnostics(word2vecGraph(93, { id: "planted", options: {} }));
    expect(fitting.filter((d) => d.severity === "error" || d.code === "NG608")).toEqual([]);
  });
});
