/**
 * Assembles the Python module: header, imports, constants, helpers, the
 * model, the recipe's training code, the data, the runtime helpers and
 * main(). Sections are separated by banner comments so a reader finds the
 * model, the training and the data at a glance.
 */
import type { RecipeName, TrainingSetup } from "../../graph";
import { ACTIVATION_HELPERS } from "./activations";
import { CUSTOM_LAYERS } from "./customLayers";
import type { DataSource } from "./datasets/registry";
import { comment, commentText, pyFloat, pyInt, pyStr } from "./python";
import type { RecipeCode, RuntimeBlock } from "./recipes/types";
import {
  LOAD_WEIGHTS,
  MAKE_DATASET,
  MAKE_REPEATED_DATASET,
  MAKE_STRATEGY,
  RESOLVE_BATCH_SIZE,
  SAMPLE_HELPERS,
  SAVE_MODEL,
  SPLIT_VALIDATION,
} from "./runtime";

export interface ScriptPlan {
  readonly graphName: string;
  readonly moduleName: string;
  readonly setup: TrainingSetup;
  /** Activation helpers and custom layer classes the model uses. */
  readonly needs: ReadonlySet<string>;
  readonly model: readonly string[];
  readonly recipe: RecipeCode;
  readonly source: DataSource;
  readonly loadData: readonly string[];
  /** The weights manifest's file name, when trained weights ship with the module. */
  readonly weightsManifest: string | null;
}

const RUNTIME: Readonly<Record<RuntimeBlock, readonly string[]>> = {
  sampleHelpers: SAMPLE_HELPERS,
  splitValidation: SPLIT_VALIDATION,
  resolveBatchSize: RESOLVE_BATCH_SIZE,
  makeDataset: MAKE_DATASET,
  makeRepeatedDataset: MAKE_REPEATED_DATASET,
};

const RECIPE_TEXT: Readonly<Record<RecipeName, string>> = {
  supervised: "supervised training (model.fit)",
  adversarial: "adversarial training (model.fit with FGSM/PGD examples mixed into each batch)",
  autoencoder: "the autoencoder recipe (the model learns to give back its input)",
  vae: "the VAE recipe (reconstruction plus beta * KL divergence)",
  gan: "the GAN recipe (alternating discriminator and generator steps)",
  cgan: "the conditional GAN recipe (alternating discriminator and generator steps)",
  wgan: "the WGAN recipe (alternating critic and generator steps)",
  word2vec: "the word2vec recipe",
};

/** What compile_model (or the GAN's compile) takes from the training setup. */
const COMPILED: Readonly<Record<RecipeName, string>> = {
  supervised: "optimizer, loss and metrics",
  adversarial: "optimizer, loss, metrics and attack",
  autoencoder: "optimizer and reconstruction loss",
  vae: "optimizer and reconstruction loss",
  gan: "optimizer and GAN settings",
  cgan: "optimizer and GAN settings",
  wgan: "optimizer and WGAN settings",
  word2vec: "optimizer",
};

function banner(title: string): string[] {
  return ["", "", `# ${"-".repeat(97)}`, `# ${title}`, `# ${"-".repeat(97)}`, ""];
}

function header(plan: ScriptPlan): string[] {
  const file = `${plan.moduleName}.py`;
  const data = plan.source.call.includes("args.data") ? " --data PATH" : "";
  return [
    `# ${commentText(plan.graphName)}`,
    "#",
    ...comment(
      `A TensorFlow 2 / Keras program exported from Neurograph. It builds the graph's model with the Keras functional API (each layer named after its node), compiles it with the graph's ${COMPILED[plan.setup.recipe]}, ${plan.source.id === null ? "reads your own samples from an .npz file (the graph names no dataset)" : "loads the same dataset"} and trains it by ${RECIPE_TEXT[plan.setup.recipe]} with the graph's batch size and epochs${plan.weightsManifest ? ", starting from the trained weights exported with it" : ""}.`,
    ),
    "#",
    "# It needs TensorFlow 2 (with Keras 2 or 3) and NumPy: pip install tensorflow numpy",
    "#",
    "# One process (CPU or one GPU):",
    `#   python ${file}${data}`,
    "# Every GPU of this machine (MirroredStrategy):",
    `#   python ${file}${data} --distribute mirrored`,
    "# Several machines (MultiWorkerMirroredStrategy): on each, set TF_CONFIG (see make_strategy)",
    `#   python ${file}${data} --distribute multiworker`,
    "# Epochs, batch size, weights, saving the trained model:",
    `#   python ${file} --help`,
    "#",
    "# Generated code: edit it freely, Neurograph does not read it back.",
  ];
}

function imports(plan: ScriptPlan): string[] {
  const standard = new Set(["argparse", "json", "os", "tempfile"]);
  for (const name of [...plan.source.imports, ...plan.recipe.imports]) standard.add(name);
  return [
    ...[...standard].sort().map((name) => `import ${name}`),
    "",
    "import numpy as np",
    "import tensorflow as tf",
    "",
    "# tf.keras is Keras 2 up to TensorFlow 2.15 and Keras 3 from 2.16; this module runs on both.",
    "keras = tf.keras",
    "layers = keras.layers",
  ];
}

function constants(plan: ScriptPlan): string[] {
  const { setup } = plan;
  const batch = setup.batchSize === "full" ? pyStr("full") : pyInt(setup.batchSize);
  return [
    `GRAPH_NAME = ${pyStr(plan.graphName)}`,
    `SEED = ${pyInt(setup.seed)}`,
    `EPOCHS = ${pyInt(setup.epochs)}`,
    `BATCH_SIZE = ${batch}${setup.batchSize === "full" ? "  # the whole training set per batch" : ""}`,
    ...(plan.recipe.runtime.includes("splitValidation")
      ? [`VALIDATION_SPLIT = ${pyFloat(setup.validationSplit)}`]
      : []),
    ...plan.recipe.constants.map(([name, value]) => `${name} = ${value}`),
    "# The trained weights' manifest, beside this file (None: start from fresh weights).",
    `WEIGHTS = ${plan.weightsManifest ? pyStr(plan.weightsManifest) : "None"}`,
  ];
}

function helpers(plan: ScriptPlan): string[] {
  const blocks: (readonly string[])[] = [];
  for (const [name, source] of Object.entries(ACTIVATION_HELPERS))
    if (plan.needs.has(name)) blocks.push(source);
  for (const [name, source] of Object.entries(CUSTOM_LAYERS))
    if (plan.needs.has(name)) blocks.push(source);
  if (blocks.length === 0) return [];
  return [...banner("Neurograph's functions and layers, as Keras code"), ...joinBlocks(blocks)];
}

function dataHelp(source: DataSource): string | null {
  if (!source.call.includes("args.data")) return null;
  if (source.id === null) return "an .npz file with arrays x (features) and y (labels)";
  if (source.id === "csv") return "the CSV file (default: the uploaded file's name)";
  return "the folder with one sub-folder of images per class";
}

function parseArgs(plan: ScriptPlan): string[] {
  const data = dataHelp(plan.source);
  return [
    "def parse_args():",
    '    parser = argparse.ArgumentParser(description=f"Trains {GRAPH_NAME!r} (from Neurograph).")',
    "    parser.add_argument(",
    '        "--distribute",',
    '        choices=["none", "mirrored", "multiworker"],',
    '        default="none",',
    '        help="none: one device; mirrored: every GPU of this machine; "',
    '        "multiworker: several machines, each with TF_CONFIG set (see make_strategy)",',
    "    )",
    '    parser.add_argument("--epochs", type=int, default=EPOCHS, help="passes over the data")',
    "    parser.add_argument(",
    '        "--batch-size", default=BATCH_SIZE, help=\'samples per batch, or "full" for all of them\'',
    "    )",
    "    here = os.path.dirname(os.path.abspath(__file__))",
    "    parser.add_argument(",
    '        "--weights",',
    "        default=None if WEIGHTS is None else os.path.join(here, WEIGHTS),",
    "        help='trained weights: their JSON manifest (\"\" to start from fresh weights)',",
    "    )",
    ...(data ? [`    parser.add_argument("--data", help=${pyStr(data)})`] : []),
    '    parser.add_argument("--save", help="save the trained model there (e.g. model.keras)")',
    "    return parser.parse_args()",
  ];
}

function main(plan: ScriptPlan): string[] {
  return [
    "def main():",
    "    args = parse_args()",
    "    # First of all: MultiWorkerMirroredStrategy must exist before any other TensorFlow op.",
    "    strategy = make_strategy(args.distribute)",
    "    keras.utils.set_random_seed(SEED)",
    ...plan.recipe.main,
  ];
}

/** Top-level blocks separated by two blank lines, as PEP 8 asks. */
function joinBlocks(blocks: readonly (readonly string[])[]): string[] {
  return blocks.flatMap((block, i) => (i === 0 ? [...block] : ["", "", ...block]));
}

export function assembleScript(plan: ScriptPlan): string {
  const runtime = plan.recipe.runtime.map((block) => RUNTIME[block]);
  const lines = [
    ...header(plan),
    "",
    ...imports(plan),
    "",
    ...constants(plan),
    ...helpers(plan),
    ...banner("The model"),
    ...joinBlocks([plan.model]),
    ...banner(`Training: the graph's ${COMPILED[plan.setup.recipe]}`),
    ...joinBlocks(plan.recipe.definitions),
    ...banner(`Data: ${commentText(plan.source.title)}`),
    ...joinBlocks([...plan.source.definitions, plan.loadData]),
    ...banner("Running: batches, distribution, weights, saving"),
    ...joinBlocks([
      ...runtime,
      MAKE_STRATEGY,
      LOAD_WEIGHTS,
      SAVE_MODEL,
      parseArgs(plan),
      main(plan),
      ['if __name__ == "__main__":', "    main()"],
    ]),
  ];
  return `${lines.join("\n")}\n`;
}
