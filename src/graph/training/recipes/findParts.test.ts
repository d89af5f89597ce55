/**
 * The parts each recipe finds in the presets that use it (the failures, one
 * per diagnostic, are the NG7xx fixtures in src/graph/fixtures/diagnostics).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { inferShapes } from "../../analyze";
import { loadDocument } from "../../document/load";
import type { GraphDocument } from "../../document/schema";
import { datasetSpec } from "../datasets";
import { readTrainingSetup } from "../setup";
import { findRecipeParts } from "./findParts";

function preset(name: string): GraphDocument {
  const raw = JSON.parse(
    readFileSync(new URL(`../../../../presets/${name}.json`, import.meta.url), "utf8"),
  );
  const { document } = loadDocument(raw);
  if (!document) throw new Error(`${name} does not load`);
  return document;
}

function partsOf(name: string) {
  const document = preset(name);
  const { setup } = readTrainingSetup(document.training);
  const spec = datasetSpec(setup.dataset.id)!;
  const found = findRecipeParts(document, inferShapes(document), setup.recipe, {
    id: spec.id,
    family: spec.family,
    shapes: spec.shapes(setup.dataset.options),
  });
  expect(found.diagnostics).toEqual([]);
  return found.parts;
}

describe("findRecipeParts on the presets", () => {
  it("GAN: generator from noise to its one end, discriminator from its data input to a probability", () => {
    expect(partsOf("gan-mnist")).toMatchObject({
      recipe: "gan",
      generator: { noise: "noise", output: "g2" },
      discriminator: { data: "image", output: "d2", outputIsProbability: true },
    });
  });

  it("WGAN: a Critic group with a linear score", () => {
    expect(partsOf("wgan-ring")).toMatchObject({
      recipe: "wgan",
      generator: { noise: "z", output: "fake" },
      discriminator: { data: "x", output: "verdict", outputIsProbability: false },
    });
  });

  it("cGAN: the label input feeding both networks", () => {
    expect(partsOf("cgan-ring")).toMatchObject({ recipe: "cgan", label: "y" });
  });

  it("VAE: the Sampling node is the code, fed by the mean and the log-variance", () => {
    expect(partsOf("vae-mnist")).toEqual({
      recipe: "vae",
      input: "image",
      output: "reconstruction",
      latent: "z",
      decoder: ["dec", "reconstruction"],
      mean: "mean",
      logVar: "logVar",
    });
  });

  it("word2vec: the Embedding fed by the word-id input", () => {
    expect(partsOf("word2vec-planted")).toEqual({
      recipe: "word2vec",
      input: "words",
      embedding: "vectors",
    });
  });

  it("an autoencoder's code is the one encoder node feeding the decoder", () => {
    const document = preset("vae-mnist");
    const plain: GraphDocument = {
      ...document,
      nodes: document.nodes.filter((n) => !["logVar", "z"].includes(n.id)),
      edges: [
        ...document.edges.filter(
          (e) => !["logVar", "z"].includes(e.source) && e.target !== "z" && e.target !== "logVar",
        ),
        { id: "code", source: "mean", target: "dec" },
      ],
    };
    const found = findRecipeParts(plain, inferShapes(plain), "autoencoder");
    expect(found.diagnostics).toEqual([]);
    expect(found.parts).toMatchObject({ latent: "mean", decoder: ["dec", "reconstruction"] });
  });
});
