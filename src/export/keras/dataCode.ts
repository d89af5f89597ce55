/**
 * load_data(args): the chosen loader, then the samples reshaped for the
 * model's Input and the labels turned into what the recipe trains on.
 */
import type { Shape } from "../../graph";
import type { TargetEncoding } from "./compileSetup";
import type { DataSource } from "./datasets/registry";
import { commentText, pyInt, pyStr, pyTuple } from "./python";

/** `.reshape((-1, …))` to a sample shape when every dimension is known, else nothing. */
export function reshapeTo(shape: Shape): string {
  const dims = shape.slice(1);
  return dims.every((d) => d !== null) ? `.reshape(${pyTuple([-1, ...dims])})` : "";
}

export interface InputSpec {
  readonly nodeId: string;
  readonly shape: Shape;
  readonly dtype: "float32" | "int32";
}

function header(purpose: readonly string[]): string[] {
  return purpose.length === 1
    ? ["def load_data(args):", `    """${purpose[0]}"""`]
    : [
        "def load_data(args):",
        `    """${purpose[0]}`,
        ...purpose.slice(1).map((l) => `    ${l}`),
        '    """',
      ];
}

function shaped(source: string, input: InputSpec): string {
  return `${source}${reshapeTo(input.shape)}.astype(${pyStr(input.dtype)})`;
}

function features(input: InputSpec): string {
  return `    x = ${shaped("x", input)}  # as Input "${commentText(input.nodeId)}" takes it`;
}

/** The expression turning labels `y` into the loss's targets, and what it does. */
function targets(y: string, encoding: TargetEncoding, output: Shape): [string, string] {
  switch (encoding.kind) {
    case "classIndices":
      return [
        `${y}.astype("int64")`,
        "class indices, as sparse categorical cross-entropy takes them",
      ];
    case "oneHot":
      return [
        `keras.utils.to_categorical(${y}, ${pyInt(encoding.classes)}).astype("float32")`,
        "one-hot classes",
      ];
    case "asOutput":
      return [`${y}${reshapeTo(output)}.astype("float32")`, "in the output's shape"];
  }
}

export function supervisedData(
  source: DataSource,
  input: InputSpec,
  encoding: TargetEncoding,
  output: Shape,
): string[] {
  const [expression, what] = targets("y", encoding, output);
  return [
    ...header(["The samples as build_model() takes them, and the targets of the loss."]),
    `    x, y = ${source.call}`,
    features(input),
    `    y = ${expression}  # ${what}`,
    "    return x, y",
  ];
}

export interface NamedInput extends InputSpec {
  /** The Keras layer name, which is also the array's name in the .npz. */
  readonly name: string;
}

export interface NamedOutput {
  readonly name: string;
  readonly shape: Shape;
  readonly encoding: TargetEncoding;
}

/** load_data() for several inputs or outputs: dicts keyed by layer name, as Keras's fit takes them. */
export function namedArraysData(
  source: DataSource,
  inputs: readonly NamedInput[],
  outputs: readonly NamedOutput[],
): string[] {
  const entry = (name: string, value: string) => `        ${pyStr(name)}: ${value},`;
  return [
    ...header([
      "The samples as build_model() takes them and the targets of the loss, keyed by the names",
      "of the inputs and outputs (the arrays of the .npz file).",
    ]),
    `    data = ${source.call}`,
    "    x = {",
    ...inputs.map((i) => entry(i.name, shaped(`data[${pyStr(i.name)}]`, i))),
    "    }",
    "    y = {",
    ...outputs.map((o) => entry(o.name, targets(`data[${pyStr(o.name)}]`, o.encoding, o.shape)[0])),
    "    }",
    "    return x, y",
  ];
}

export function autoencoderData(source: DataSource, input: InputSpec, output: Shape): string[] {
  return [
    ...header(["The samples, and the targets of an autoencoder: the samples themselves."]),
    `    x, _ = ${source.call}`,
    features(input),
    "    # The reconstruction is compared with the input, in the output's shape.",
    `    return x, x${reshapeTo(output)}`,
  ];
}

export function ganData(
  source: DataSource,
  input: InputSpec,
  images: boolean,
  classes: number | undefined,
): string[] {
  return [
    ...header([
      classes === undefined
        ? "The real samples, in the networks' units."
        : "The real samples in the networks' units, and their classes (one-hot).",
    ]),
    `    x, ${classes === undefined ? "_" : "y"} = ${source.call}`,
    features(input),
    ...(images
      ? [
          "    # Pixels in [0, 1] become [-1, 1], the range of a tanh generator, as in Neurograph.",
          "    x = 2.0 * x - 1.0",
        ]
      : []),
    classes === undefined
      ? "    return (x,)"
      : `    return x, keras.utils.to_categorical(y, ${pyInt(classes)}).astype("float32")`,
  ];
}
