/**
 * Which loader the module needs for the setup's dataset, with the options
 * the document gives (missing ones take the dataset's defaults, as in
 * Neurograph). The loaders return (x, y) in the dataset's own layout:
 * features [n, *inputShape] and labels as Neurograph stores them (class
 * indices per sample or per step, or regression targets).
 */
import {
  type DatasetShapes,
  datasetOption,
  datasetSpec,
  readNumber,
  type TrainingSetup,
  withDefaultOptions,
} from "../../../graph";
import { kw, pyFloat, pyInt, pyStr } from "../python";
import { fillBlankLoader } from "./fillBlank";
import { IMAGE_LOADERS } from "./images";
import { SEQUENCE_LOADERS } from "./sequence";
import { sentimentLoader, taggingLoader } from "./text";
import { TOY_LOADERS, TOY_POINTS } from "./toy";
import {
  CSV_LOADER,
  IMAGE_FOLDER_LOADER,
  NATURAL_KEY,
  NPZ_ARRAYS_LOADER,
  NPZ_LOADER,
} from "./upload";

export interface DataSource {
  /** The dataset id, or null when the document names none (the user's .npz). */
  readonly id: string | null;
  /** The dataset's family ("toy2d", "image", "upload", …), null for the user's .npz. */
  readonly family: string | null;
  /** What the loader is, for its banner comment. */
  readonly title: string;
  /** Python definitions (constants, helpers, the loader), one block each. */
  readonly definitions: readonly (readonly string[])[];
  /** The loader call, reading `args` for a file path where there is one. */
  readonly call: string;
  /** Standard-library modules the definitions use. */
  readonly imports: readonly string[];
  /** The dataset's shapes for its options; null for the user's own .npz. */
  readonly shapes: DatasetShapes | null;
}

type Options = Readonly<Record<string, unknown>>;

/** keyword=value for each number option of the dataset, in the loader's parameter order. */
function numberArgs(id: string, options: Options, names: readonly [string, string][]): string[] {
  return names.map(([option, parameter]) => {
    const spec = datasetOption(id, option)!;
    const value = readNumber(options, spec);
    return kw(parameter, spec.kind === "number" && spec.integer ? pyInt(value) : pyFloat(value));
  });
}

const LOADER_ARGS: Readonly<Record<string, readonly [string, string][]>> = {
  xor: [
    ["size", "size"],
    ["noise", "noise"],
  ],
  circles: [
    ["size", "size"],
    ["noise", "noise"],
  ],
  spirals: [
    ["size", "size"],
    ["noise", "noise"],
  ],
  blobs: [
    ["size", "size"],
    ["noise", "noise"],
    ["classes", "classes"],
    ["spread", "spread"],
  ],
  gaussianRing: [
    ["size", "size"],
    ["modes", "modes"],
    ["radius", "radius"],
    ["std", "std"],
  ],
  regression: [
    ["size", "size"],
    ["noise", "noise"],
  ],
  sine: [
    ["size", "size"],
    ["steps", "steps"],
    ["noise", "noise"],
  ],
  firstSymbol: [
    ["size", "size"],
    ["length", "length"],
    ["symbols", "symbols"],
  ],
  reverseDigits: [
    ["size", "size"],
    ["length", "length"],
  ],
  countFrom: [
    ["size", "size"],
    ["length", "length"],
  ],
  sentiment: [["size", "size"]],
  tagging: [["size", "size"]],
  fillBlank: [["size", "size"]],
  mnist: [["size", "size"]],
  fashionMnist: [["size", "size"]],
  shapes: [
    ["size", "size"],
    ["noise", "noise"],
  ],
};

/** Generated datasets draw from the setup's seed; the downloaded ones need none. */
const UNSEEDED = new Set(["mnist", "fashionMnist"]);

/** The Python function name of a built-in loader (its first line is `def name(`). */
function functionName(source: readonly string[]): string {
  return /^def ([A-Za-z_][A-Za-z0-9_]*)\(/.exec(source.find((l) => l.startsWith("def "))!)![1]!;
}

function builtinDefinitions(id: string): { blocks: string[][]; imports: string[] } | null {
  const toy = TOY_LOADERS[id];
  if (toy) return { blocks: [[...TOY_POINTS], [...toy]], imports: [] };
  const other = SEQUENCE_LOADERS[id] ?? IMAGE_LOADERS[id];
  if (other) return { blocks: [[...other]], imports: [] };
  if (id === "sentiment") return { blocks: [sentimentLoader()], imports: ["random"] };
  if (id === "tagging") return { blocks: [taggingLoader()], imports: ["random"] };
  if (id === "fillBlank") return { blocks: [fillBlankLoader()], imports: ["random"] };
  return null;
}

function uploadSource(id: string, options: Options, shapes: DatasetShapes | null): DataSource {
  const fileName = typeof options.fileName === "string" ? options.fileName : "";
  // A folder of images is uploaded zipped or as a folder; Python reads the (unzipped) folder.
  const folder = fileName.replace(/\.zip$/i, "") || "images";
  const path = `args.data or ${pyStr(id === "csv" ? fileName || "data.csv" : folder)}`;
  if (id === "csv") {
    const label = typeof options.labelColumn === "string" ? options.labelColumn : "";
    const task = shapes?.task ?? (options.task === "regression" ? "regression" : "classification");
    return {
      id,
      family: "upload",
      title: `your CSV file${fileName ? ` (${fileName})` : ""}`,
      definitions: [[...NATURAL_KEY], [...CSV_LOADER]],
      call: `load_csv(${path}, label_column=${pyStr(label)}, task=${pyStr(task)})`,
      imports: ["csv", "re"],
      shapes,
    };
  }
  const number = (name: string) => readNumber(options, datasetOption(id, name)!);
  const color = options.color === "rgb" ? "rgb" : "grayscale";
  return {
    id,
    family: "upload",
    title: `your image folder${fileName ? ` (${fileName}, unzipped)` : ""}`,
    definitions: [[...IMAGE_FOLDER_LOADER]],
    call: `load_image_folder(${path}, height=${pyInt(number("height"))}, width=${pyInt(number("width"))}, color=${pyStr(color)})`,
    imports: [],
    shapes,
  };
}

/** The user's .npz with one array per Input and output (graphs with several of either). */
export function npzArraysSource(): DataSource {
  return {
    id: null,
    family: null,
    title: "your own samples (the graph names no dataset)",
    definitions: [[...NPZ_ARRAYS_LOADER]],
    call: "load_npz_arrays(args.data)",
    imports: [],
    shapes: null,
  };
}

/**
 * The data source of a setup. `named` is false when the document's training
 * section names no dataset: Neurograph would fall back to its default (XOR),
 * which rarely fits such a graph, so the module reads the user's .npz instead.
 * Null for a dataset the export cannot load (the word2vec corpora).
 */
export function dataSourceOf(setup: TrainingSetup, named: boolean): DataSource | null {
  if (!named)
    return {
      id: null,
      family: null,
      title: "your own samples (the graph names no dataset)",
      definitions: [[...NPZ_LOADER]],
      call: "load_npz(args.data)",
      imports: [],
      shapes: null,
    };
  const id = setup.dataset.id;
  const spec = datasetSpec(id);
  if (!spec) return null;
  const options = withDefaultOptions(spec, setup.dataset.options);
  const shapes = spec.shapes(spec.family === "upload" ? { ...options, task: setup.task } : options);
  if (spec.family === "upload") return uploadSource(id, options, shapes);
  const definitions = builtinDefinitions(id);
  const names = LOADER_ARGS[id];
  if (!definitions || !names) return null;
  const loader = definitions.blocks[definitions.blocks.length - 1]!;
  const args = [...numberArgs(id, options, names), ...(UNSEEDED.has(id) ? [] : ["seed=SEED"])];
  return {
    id,
    family: spec.family,
    title: `${spec.name.en} (built-in ${spec.family === "toy2d" ? "2-D toy" : spec.family} dataset "${id}")`,
    definitions: definitions.blocks,
    call: `${functionName(loader)}(${args.join(", ")})`,
    imports: definitions.imports,
    shapes,
  };
}
