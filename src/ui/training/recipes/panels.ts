/**
 * Which recipe panels a run has: its recipe's own (GAN, autoencoder,
 * word2vec), or, for a classifier, the labs its graph and data allow —
 * adversarial examples on images, gradients per time step on recurrent
 * graphs, attention maps on graphs with multi-head attention.
 */
import { datasetSpec } from "../../../graph/training/datasets";
import type { TrainingSetup } from "../../../graph/training/setup";
import type { RecipeName, RecipeView } from "../../../training/recipeViews";
import { imageShapeOf } from "../evaluation/imageShape";

export const LABS = [
  "gan",
  "autoencoder",
  "word2vec",
  "adversarial",
  "sequence",
  "attention",
] as const;
export type LabId = (typeof LABS)[number];

export interface LabFacts {
  readonly recipe: RecipeName;
  /** The kind of the latest recipe view, when one has arrived. */
  readonly viewKind: RecipeView["kind"] | null;
  /** The node types of the graph. */
  readonly nodeTypes: ReadonlySet<string>;
  /** Classification of images (the attack panel draws them). */
  readonly imageClassifier: boolean;
}

const RECURRENT = ["simpleRNN", "lstm", "gru", "bidirectional"];

export function labsFor(facts: LabFacts): LabId[] {
  const { recipe, viewKind, nodeTypes } = facts;
  const labs: LabId[] = [];
  if (viewKind === "gan" || recipe === "gan" || recipe === "wgan" || recipe === "cgan")
    labs.push("gan");
  if (viewKind === "autoencoder" || recipe === "autoencoder" || recipe === "vae")
    labs.push("autoencoder");
  if (viewKind === "word2vec" || recipe === "word2vec") labs.push("word2vec");
  if (recipe !== "supervised" && recipe !== "adversarial") return labs;
  if (facts.imageClassifier) labs.push("adversarial");
  if (RECURRENT.some((type) => nodeTypes.has(type))) labs.push("sequence");
  if (nodeTypes.has("multiHeadAttention")) labs.push("attention");
  return labs;
}

/** A classifier of images: the attack panel can draw its samples and their perturbations. */
export function classifiesImages(setup: TrainingSetup): boolean {
  if (setup.task !== "classification") return false;
  if (setup.dataset.id === "imageFolder") return true;
  const spec = datasetSpec(setup.dataset.id);
  if (!spec || spec.family === "corpus") return false;
  if (spec.family === "image") return true;
  const shapes = spec.shapes(setup.dataset.options);
  return shapes !== null && !shapes.integerFeatures && imageShapeOf(shapes.inputShape) !== null;
}
