/**
 * Test helpers of the GAN recipes (not used by the app): small GAN graph
 * documents with their groups and input roles, their parts written by hand,
 * and an algorithm built the way the recipe loop builds it.
 */

import { compileGraph } from "../../../compiler";
import type { GraphDocument } from "../../../graph";
import type { GanParts } from "../../../graph/training/recipes/parts";
import { type TrainingSetupInput, trainingSetupSchema } from "../../../graph/training/setup";
import type { LoadedDataset } from "../../datasets/types";
import type { RecipeAlgorithm } from "../types";
import { createGanAlgorithm } from "./index";

export interface GanGraphOptions {
  readonly noise: number;
  readonly data: number;
  /** Units of each hidden layer of G, then of D. */
  readonly generatorLayers: readonly number[];
  readonly discriminatorLayers: readonly number[];
  /** Hidden activation: "leakyRelu" adds an Activation node after a linear Dense. */
  readonly hidden?: string;
  /** G's last activation: "linear" for 2-D points, "tanh" for images. */
  readonly generatorOutput?: string;
  /** D's last activation: "sigmoid" (a probability) or "linear" (a logit, a critic's score). */
  readonly verdict?: string;
  /** cGAN: a one-hot label input of this many classes, concatenated into both networks. */
  readonly classes?: number;
}

type NodeDoc = GraphDocument["nodes"][number];

/** A chain of hidden layers after `from`, in `group`; returns the nodes and the last id. */
function hiddenChain(
  prefix: string,
  from: string,
  units: readonly number[],
  activation: string,
  group: string,
  nodes: NodeDoc[],
  edges: [string, string][],
): string {
  let last = from;
  units.forEach((n, i) => {
    const id = `${prefix}${i + 1}`;
    const leaky = activation === "leakyRelu";
    nodes.push({
      id,
      type: "dense",
      params: { units: n, activation: leaky ? "linear" : activation },
      position: { x: 0, y: 0 },
      group,
    });
    edges.push([last, id]);
    last = id;
    if (leaky) {
      const act = `${id}_act`;
      nodes.push({
        id: act,
        type: "activation",
        params: { activation: "leakyRelu", alpha: 0.2 },
        position: { x: 0, y: 0 },
        group,
      });
      edges.push([last, act]);
      last = act;
    }
  });
  return last;
}

export function ganDocument(options: GanGraphOptions): GraphDocument {
  const hidden = options.hidden ?? "leakyRelu";
  const nodes: NodeDoc[] = [];
  const edges: [string, string][] = [];
  const input = (id: string, size: number, role: string, group?: string) =>
    nodes.push({
      id,
      type: "input",
      params: { shape: [size], role },
      position: { x: 0, y: 0 },
      ...(group ? { group } : {}),
    });
  input("z", options.noise, "noise", "gen");
  input("x", options.data, "data", "dis");
  let gFrom = "z";
  let dFrom = "x";
  if (options.classes !== undefined) {
    input("y", options.classes, "label");
    for (const [id, from, group] of [
      ["gcat", "z", "gen"],
      ["dcat", "x", "dis"],
    ] as const) {
      nodes.push({ id, type: "concatenate", params: {}, position: { x: 0, y: 0 }, group });
      edges.push([from, id], ["y", id]);
    }
    [gFrom, dFrom] = ["gcat", "dcat"];
  }
  const gLast = hiddenChain("g", gFrom, options.generatorLayers, hidden, "gen", nodes, edges);
  nodes.push({
    id: "fake",
    type: "dense",
    params: { units: options.data, activation: options.generatorOutput ?? "linear" },
    position: { x: 0, y: 0 },
    group: "gen",
  });
  edges.push([gLast, "fake"]);
  const dLast = hiddenChain("d", dFrom, options.discriminatorLayers, hidden, "dis", nodes, edges);
  nodes.push({
    id: "verdict",
    type: "dense",
    params: { units: 1, activation: options.verdict ?? "linear" },
    position: { x: 0, y: 0 },
    group: "dis",
  });
  edges.push([dLast, "verdict"]);
  return {
    format: "neurograph",
    version: 1,
    name: "GAN under test",
    nodes,
    edges: edges.map(([source, target], i) => ({ id: `e${i}`, source, target })),
    groups: [
      { id: "gen", label: "Generator", role: "generator" },
      { id: "dis", label: "Discriminator", role: "discriminator" },
    ],
    training: {},
  };
}

/** The parts findRecipeParts would find in a ganDocument. */
export function ganParts(
  document: GraphDocument,
  recipe: GanParts["recipe"],
  outputIsProbability: boolean,
): GanParts {
  const members = (group: string) =>
    document.nodes.filter((n) => n.group === group).map((n) => n.id);
  const hasLabel = document.nodes.some((n) => n.id === "y");
  return {
    recipe,
    generator: { nodes: members("gen"), noise: "z", output: "fake" },
    discriminator: { nodes: members("dis"), data: "x", output: "verdict", outputIsProbability },
    ...(hasLabel ? { label: "y" } : {}),
  };
}

/** Compiles the document and builds the recipe's algorithm, as the recipe loop does. */
export function buildGan(
  document: GraphDocument,
  dataset: LoadedDataset,
  setupInput: TrainingSetupInput,
  outputIsProbability = false,
): RecipeAlgorithm {
  const setup = trainingSetupSchema.parse(setupInput);
  const compiled = compileGraph(document, { seed: setup.seed });
  if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join("\n"));
  return createGanAlgorithm({
    document,
    analysis: compiled.analysis,
    parts: ganParts(document, setup.recipe as GanParts["recipe"], outputIsProbability),
    model: compiled.model,
    layerNames: compiled.layerNames,
    setup,
    dataset,
  });
}

/** Runs `iterations` training iterations; returns each step's result. */
export function run(algorithm: RecipeAlgorithm, iterations: number) {
  const results = [];
  for (let i = 0; i < iterations; i++) {
    const index = i % algorithm.stepsPerEpoch;
    const epoch = Math.floor(i / algorithm.stepsPerEpoch) + 1;
    results.push(algorithm.step({ epoch, index, globalStep: i + 1 }));
  }
  return results;
}
