import { describe, expect, it } from "vitest";
import type { GraphDocument } from "../document/schema";
import { loadLab } from "./load";
import { checkLocks, isNodeLocked, isParamLocked } from "./locks";
import type { Lab } from "./schema";
import { rawLab } from "./testLab";
import { isTrainingLocked, labDocument, mergeTraining } from "./training";

function loaded(): { lab: Lab; graphs: ReadonlyMap<string, GraphDocument> } {
  const load = loadLab(rawLab());
  if (!load.ok) throw new Error(load.message.en);
  return load;
}

/** What a student would submit: the starting graph under the lab's training, then edited. */
function edited(change: (document: GraphDocument) => void): GraphDocument {
  const { lab, graphs } = loaded();
  const document = structuredClone(labDocument(lab, graphs.get("mlp")!));
  change(document);
  return document;
}

function violations(document: GraphDocument, startingGraph = "mlp") {
  const { lab, graphs } = loaded();
  return checkLocks(lab, graphs, startingGraph, document);
}

function node(document: GraphDocument, id: string) {
  return document.nodes.find((n) => n.id === id)!;
}

describe("checkLocks", () => {
  it("accepts the starting graph itself and changes to what is not locked", () => {
    expect(violations(edited(() => {}))).toEqual([]);
    const free = edited((document) => {
      node(document, "hidden").params = { units: 64, activation: "tanh" };
      node(document, "image").position = { x: 300, y: -40 };
      node(document, "image").label = "Pixels";
      node(document, "digits").params.activation = "linear"; // only "units" is locked
      document.nodes.push({
        id: "drop",
        type: "dropout",
        params: { rate: 0.2 },
        position: { x: 0, y: 0 },
      });
      document.training = { ...document.training, optimizer: { type: "sgd", learningRate: 0.1 } };
    });
    expect(violations(free)).toEqual([]);
  });

  it("compares params after resolving defaults: writing a default out is no change", () => {
    const explicit = edited((document) => {
      node(document, "image").params = { shape: [28, 28, 1], dtype: "float32" };
      node(document, "digits").params = { units: 10, activation: "softmax", useBias: true };
    });
    expect(violations(explicit)).toEqual([]);
  });

  it("reports an unknown starting graph", () => {
    const [only, ...rest] = violations(
      edited(() => {}),
      "cnn",
    );
    expect(rest).toEqual([]);
    expect(only!.kind).toBe("unknownStartingGraph");
    expect(only!.message.en).toMatch(
      /starts from graph 'cnn', which this lab does not have \(it has 'mlp'\)/,
    );
    expect(only!.message.zh).toMatch(/本实验没有这个图/);
  });

  it("reports a locked node removed, once even when a param of it is locked too", () => {
    const found = violations(
      edited((document) => {
        document.nodes = document.nodes.filter((n) => n.id !== "image" && n.id !== "digits");
      }),
    );
    expect(found.map((v) => [v.kind, v.node, v.param])).toEqual([
      ["nodeRemoved", "image", undefined],
      ["nodeRemoved", "digits", "units"],
    ]);
    expect(found[0]!.message.en).toMatch(/Locked node 'image' was removed/);
    expect(found[0]!.message.zh).toMatch(/锁定的节点 'image' 被删除了/);
  });

  it("reports a locked node's type changed", () => {
    const [found] = violations(
      edited((document) => {
        const image = node(document, "image");
        image.type = "dense";
        image.params = { units: 784 };
      }),
    );
    expect(found).toMatchObject({ kind: "nodeTypeChanged", node: "image" });
    expect(found!.message.en).toMatch(/changed from input to dense/);
  });

  it("reports a locked node's params changed, naming every changed param", () => {
    const found = violations(
      edited((document) => {
        node(document, "image").params = { shape: [784], dtype: "int32" };
      }),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: "nodeParamsChanged", node: "image", param: "shape" });
    expect(found[0]!.message.en).toMatch(/has changed params: "shape", "dtype"/);
  });

  it("reports a locked param changed, with both values", () => {
    const found = violations(
      edited((document) => {
        node(document, "digits").params.units = 12;
      }),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: "paramChanged", node: "digits", param: "units" });
    expect(found[0]!.message.en).toBe(
      `Param "units" of node 'digits' is locked at 10, but the submission has 12.`,
    );
    expect(found[0]!.message.zh).toMatch(/被锁定为 10，但提交中为 12/);
  });

  it("reports locked training fields changed, compared after defaults", () => {
    const found = violations(
      edited((document) => {
        document.training = {
          ...document.training,
          epochs: 50,
          dataset: { id: "mnist", options: { size: 8000 } },
        };
        delete (document.training as Record<string, unknown>).seed; // default 42 ≠ the lab's 7
      }),
    );
    expect(found.map((v) => [v.kind, v.key])).toEqual([
      ["trainingChanged", "dataset"],
      ["trainingChanged", "epochs"],
      ["trainingChanged", "seed"],
    ]);
    expect(found[1]!.message.en).toBe(
      `Training setting "epochs" is locked at 2, but the submission has 50.`,
    );
    expect(found[2]!.message.zh).toMatch(/训练设置 "seed" 被锁定为 7，但提交中为 42/);
  });

  it("locks a nested training field by its dotted path", () => {
    const lab = { ...loaded().lab };
    const locked: Lab = { ...lab, locks: { ...lab.locks, training: ["optimizer.learningRate"] } };
    const document = edited((d) => {
      d.training = { ...d.training, optimizer: { type: "adam", learningRate: 0.1 } };
    });
    const found = checkLocks(locked, loaded().graphs, "mlp", document);
    expect(found.map((v) => [v.kind, v.key])).toEqual([
      ["trainingChanged", "optimizer.learningRate"],
    ]);
  });
});

describe("lock queries for the editor", () => {
  it("knows which nodes, params and training fields are read-only", () => {
    const { lab } = loaded();
    expect(isNodeLocked(lab, "image")).toBe(true);
    expect(isNodeLocked(lab, "hidden")).toBe(false);
    expect(isParamLocked(lab, "image", "shape")).toBe(true); // the whole node is locked
    expect(isParamLocked(lab, "digits", "units")).toBe(true);
    expect(isParamLocked(lab, "digits", "activation")).toBe(false);
    expect(isParamLocked(lab, "hidden", "units")).toBe(false);
    expect(isTrainingLocked(lab, "epochs")).toBe(true);
    expect(isTrainingLocked(lab, "dataset.options")).toBe(true);
    expect(isTrainingLocked(lab, "datasetX")).toBe(false);
    expect(isTrainingLocked(lab, "optimizer.learningRate")).toBe(false);
  });
});

describe("labDocument", () => {
  it("merges the lab's training over the graph's: nested objects merged, the dataset replaced whole", () => {
    const { lab, graphs } = loaded();
    const training = labDocument(lab, graphs.get("mlp")!).training;
    expect(training).toEqual({
      dataset: { id: "mnist", options: { size: 500 } },
      epochs: 2,
      seed: 7,
      batchSize: 16,
      optimizer: { type: "adam", learningRate: 0.005 },
    });
    expect(
      mergeTraining(
        { dataset: { id: "xor", options: { noise: 0.3 } } },
        { dataset: { id: "mnist" } },
      ),
    ).toEqual({ dataset: { id: "mnist" } });
    // The graph passed in is not modified.
    expect(graphs.get("mlp")!.training).toEqual({
      optimizer: { type: "adam", learningRate: 0.01 },
      batchSize: 16,
    });
  });
});
