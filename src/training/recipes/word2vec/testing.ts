/** Builds word2vec algorithms on real corpora for the tests (Node only: reads assets from disk). */
import { compileGraph } from "../../../compiler";
import type { GraphDocument } from "../../../graph";
import type { Word2vecParts } from "../../../graph/training/recipes/parts";
import { type TrainingSetupInput, trainingSetupSchema } from "../../../graph/training/setup";
import { loadDataset } from "../../datasets";
import { nodeDatasetIO } from "../../datasets/nodeIO";
import type { LoadedDataset } from "../../datasets/types";
import type { RecipeAlgorithm } from "../types";
import { createWord2vecAlgorithm } from "./algorithm";

export const WORD2VEC_PARTS: Word2vecParts = {
  recipe: "word2vec",
  input: "words",
  embedding: "vectors",
};

/** Input (int32 word ids, shape [1]) → Embedding(inputDim, outputDim). */
export function word2vecDocument(inputDim: number, outputDim: number): GraphDocument {
  return {
    format: "neurograph",
    version: 1,
    name: "word2vec",
    nodes: [
      {
        id: "words",
        type: "input",
        params: { shape: [1], dtype: "int32" },
        position: { x: 0, y: 0 },
      },
      {
        id: "vectors",
        type: "embedding",
        params: { inputDim, outputDim },
        position: { x: 0, y: 100 },
      },
    ],
    edges: [{ id: "e1", source: "words", target: "vectors" }],
    groups: [],
    training: {},
  };
}

export function loadCorpusForTest(
  id: "kjv" | "planted",
  options: Record<string, unknown> = {},
  seed = 42,
): Promise<LoadedDataset> {
  return loadDataset({ kind: "builtin", id, options }, nodeDatasetIO(), seed);
}

export function word2vecAlgorithm(
  dataset: LoadedDataset,
  dims: number,
  setupInput: TrainingSetupInput,
  inputDim = dataset.vocabulary!.length,
): RecipeAlgorithm {
  const document = word2vecDocument(inputDim, dims);
  const setup = trainingSetupSchema.parse({ recipe: "word2vec", ...setupInput });
  const compiled = compileGraph(document, { seed: setup.seed });
  if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join("\n"));
  return createWord2vecAlgorithm({
    document,
    analysis: compiled.analysis,
    parts: WORD2VEC_PARTS,
    model: compiled.model,
    layerNames: compiled.layerNames,
    setup,
    dataset,
  });
}
