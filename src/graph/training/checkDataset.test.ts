import { describe, expect, it } from "vitest";
import { inferShapes } from "../analyze";
import type { GraphDocumentInput } from "../document/schema";
import { validateValue } from "../validate";
import { checkGraphAgainstDataset } from "./checkDataset";

function document(
  nodes: GraphDocumentInput["nodes"],
  training: Record<string, unknown>,
): GraphDocumentInput {
  const edges = nodes.slice(1).map((n, i) => ({ id: `e${i}`, source: nodes[i]!.id, target: n.id }));
  return { format: "neurograph", version: 1, nodes, edges, training };
}

function codes(doc: GraphDocumentInput): string[] {
  return validateValue(doc).diagnostics.map((d) => d.code);
}

const mlp = (input: unknown[], units: number) => [
  { id: "in", type: "input", params: { shape: input } },
  { id: "out", type: "dense", params: { units, activation: "softmax" } },
];

describe("checkGraphAgainstDataset", () => {
  it("says nothing when the document has no training section or names no dataset", () => {
    expect(codes(document(mlp([5], 3), {}))).toEqual([]);
    expect(codes(document(mlp([5], 3), { epochs: 3 }))).toEqual([]);
  });

  it("accepts any Input shape with as many values as a sample (an MLP on MNIST)", () => {
    expect(codes(document(mlp([784], 10), { dataset: { id: "mnist" } }))).toEqual([]);
    expect(codes(document(mlp([28, 28, 1], 10), { dataset: { id: "mnist" } }))).toContain("NG408");
  });

  it("keeps a flat Input flat in its fix", () => {
    const [d] = validateValue(document(mlp([100], 10), { dataset: { id: "mnist" } })).diagnostics;
    expect(d).toMatchObject({ code: "NG601", fix: { value: [784] } });
    expect(d!.message).toContain("[784] (its [28, 28, 1], flattened)");
  });

  it("follows the dataset's options (blobs with five classes, sine with 8 steps)", () => {
    expect(
      codes(document(mlp([2], 3), { dataset: { id: "blobs", options: { classes: 5 } } })),
    ).toEqual(["NG602"]);
    const sine = document(
      [
        { id: "in", type: "input", params: { shape: [8, 1] } },
        { id: "rnn", type: "simpleRNN", params: { units: 4 } },
        { id: "out", type: "dense", params: { units: 1 } },
      ],
      {
        dataset: { id: "sine", options: { steps: 8 } },
        task: "regression",
        loss: "meanSquaredError",
      },
    );
    expect(codes(sine)).toEqual([]);
  });

  it("lets one sigmoid unit classify two classes", () => {
    expect(codes(document(mlp([2], 1), { dataset: { id: "xor" } }))).toEqual([]);
  });

  it("asks for an int32 Input for token ids when no Embedding reports it already", () => {
    const direct = document(mlp([12], 2), { dataset: { id: "sentiment" } });
    const [d] = validateValue(direct).diagnostics;
    expect(d).toMatchObject({ code: "NG604", fix: { param: "dtype", value: "int32" } });
    const viaEmbedding = document(
      [
        { id: "in", type: "input", params: { shape: [12] } },
        { id: "embed", type: "embedding", params: { inputDim: 47, outputDim: 4 } },
        { id: "flat", type: "flatten", params: {} },
        { id: "out", type: "dense", params: { units: 2, activation: "softmax" } },
      ],
      { dataset: { id: "sentiment" } },
    );
    expect(codes(viaEmbedding)).toEqual(["NG407"]);
  });

  it("checks uploads only once the UI has recorded their shapes, with the setup's task", () => {
    expect(codes(document(mlp([3], 5), { dataset: { id: "csv" } }))).toEqual([]);
    const parsed = { id: "csv", options: { featureCount: 4, numClasses: 3 } };
    expect(codes(document(mlp([3], 3), { dataset: parsed }))).toEqual(["NG601"]);
    expect(
      codes(
        document(mlp([4], 1), {
          dataset: { id: "csv", options: { featureCount: 4 } },
          task: "regression",
          loss: "meanSquaredError",
        }),
      ),
    ).toEqual([]);
  });

  it("leaves graphs with several inputs or outputs to their own recipes", () => {
    const doc = validateValue(document(mlp([7], 3), { dataset: { id: "xor" } })).document!;
    const analysis = inferShapes(doc);
    expect(
      checkGraphAgainstDataset(doc, { ...analysis, outputs: ["out", "in"] }).map((d) => d.code),
    ).toEqual([]);
  });

  it("reports a bad setting and still checks the dataset", () => {
    expect(codes(document(mlp([3], 2), { dataset: { id: "xor" }, epochs: -1 })).sort()).toEqual([
      "NG601",
      "NG607",
    ]);
  });
});
