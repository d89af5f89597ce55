/**
 * load_data(args): the dataset, reshaped for forward()'s inputs, and the
 * targets of each output's loss. The Keras export's loaders are NumPy for
 * every generated dataset and are reused as they are; MNIST and
 * Fashion-MNIST come through torchvision instead of keras.datasets. A loader
 * that needs TensorFlow (the image folder) is replaced by the .npz reader,
 * with a warning.
 */
import type { Shape, TrainingSetup } from "../../graph";
import type { TargetEncoding } from "../keras/compileSetup";
import { reshapeTo } from "../keras/dataCode";
import { type DataSource, dataSourceOf, npzArraysSource } from "../keras/datasets/registry";
import { NPZ_LOADER } from "../keras/datasets/upload";
import { commentText, pyInt, pyStr } from "../keras/python";
import { pyBlock } from "./python/block";

const TORCHVISION: Readonly<Record<string, readonly string[]>> = {
  mnist: pyBlock`
    def load_mnist(size):
        """MNIST digits through torchvision (downloaded once into ./data): [n, 28, 28, 1] in [0, 1].

        Neurograph ships its own 8,000-image training subset of MNIST; this takes the first size
        of the 60,000 training images, so the images differ (the task does not).
        """
        from torchvision import datasets

        data = datasets.MNIST("data", train=True, download=True)
        x = data.data[:size].numpy()[:, :, :, None].astype("float32") / 255.0
        return x, data.targets[:size].numpy().astype("int64")
  `,
  fashionMnist: pyBlock`
    def load_fashion_mnist(size):
        """Fashion-MNIST through torchvision (downloaded once into ./data): [n, 28, 28, 1] in [0, 1].

        Neurograph's subset is the first 10,000 training images of the official files, so the first
        size images here are the very images Neurograph trains on.
        """
        from torchvision import datasets

        data = datasets.FashionMNIST("data", train=True, download=True)
        x = data.data[:size].numpy()[:, :, :, None].astype("float32") / 255.0
        return x, data.targets[:size].numpy().astype("int64")
  `,
};

export interface TorchDataSource extends DataSource {
  /** True when the graph's dataset could not be loaded and the .npz reader stands in. */
  readonly replaced: boolean;
}

const NEEDS_TENSORFLOW = /\b(keras|tf)\./;

/** The Keras export's source, made PyTorch's. */
export function torchSource(source: DataSource): TorchDataSource {
  const vision = source.id === null ? undefined : TORCHVISION[source.id];
  if (vision) return { ...source, definitions: [vision], replaced: false };
  const usesTensorflow = source.definitions.some((block) =>
    block.some((line) => NEEDS_TENSORFLOW.test(line)),
  );
  if (!usesTensorflow) return { ...source, replaced: false };
  return {
    id: null,
    family: null,
    title: `your own samples (${source.title} has no PyTorch loader)`,
    definitions: [[...NPZ_LOADER]],
    call: "load_npz(args.data)",
    imports: [],
    shapes: null,
    replaced: true,
  };
}

/** The setup's dataset for PyTorch; the .npz reader (replaced) when there is no NumPy or torchvision loader. */
export function sourceFor(setup: TrainingSetup, named: boolean): TorchDataSource {
  const keras = dataSourceOf(setup, named);
  if (keras) return torchSource(keras);
  return { ...torchSource(dataSourceOf(setup, false)!), replaced: true };
}

export function arraysSource(): TorchDataSource {
  return { ...npzArraysSource(), replaced: false };
}

export interface DataInput {
  readonly nodeId: string;
  /** The array's name in an .npz of several (the tfjs layer name). */
  readonly name: string;
  readonly shape: Shape;
  readonly dtype: "float32" | "int32";
}

export interface DataOutput {
  readonly name: string;
  readonly shape: Shape;
  readonly encoding: TargetEncoding;
}

function shaped(source: string, input: DataInput): string {
  return `${source}${reshapeTo(input.shape)}.astype(${pyStr(input.dtype)})`;
}

function targets(y: string, output: DataOutput): string {
  switch (output.encoding.kind) {
    case "classIndices":
      return `${y}.astype("int64")`;
    case "oneHot":
      return `np.eye(${pyInt(output.encoding.classes)}, dtype="float32")[${y}.astype("int64")]`;
    case "asOutput":
      return `${y}${reshapeTo(output.shape)}.astype("float32")`;
  }
}

function docstring(text: string): string[] {
  return ["def load_data(args):", `    """${text}"""`];
}

export function supervisedData(source: DataSource, input: DataInput, output: DataOutput): string[] {
  return [
    ...docstring("The samples as forward() takes them, and the targets of the loss, as lists."),
    `    x, y = ${source.call}`,
    `    x = ${shaped("x", input)}  # as Input "${commentText(input.nodeId)}" takes it`,
    `    return [x], [${targets("y", output)}]`,
  ];
}

export function namedArraysData(
  source: DataSource,
  inputs: readonly DataInput[],
  outputs: readonly DataOutput[],
): string[] {
  return [
    ...docstring("Arrays named after the inputs and outputs: forward()'s inputs and the targets."),
    `    data = ${source.call}`,
    "    inputs = [",
    ...inputs.map((i) => `        ${shaped(`data[${pyStr(i.name)}]`, i)},`),
    "    ]",
    "    targets = [",
    ...outputs.map((o) => `        ${targets(`data[${pyStr(o.name)}]`, o)},`),
    "    ]",
    "    return inputs, targets",
  ];
}

export function autoencoderData(source: DataSource, input: DataInput, output: Shape): string[] {
  return [
    ...docstring("The samples, and an autoencoder's targets: the samples themselves."),
    `    x, _ = ${source.call}`,
    `    x = ${shaped("x", input)}  # as Input "${commentText(input.nodeId)}" takes it`,
    `    return [x], [x${reshapeTo(output)}]`,
  ];
}
