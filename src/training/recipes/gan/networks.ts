/**
 * The generator G and the discriminator (critic) D as two tf.LayersModels cut
 * out of the one compiled graph: their inputs and outputs are the graph's own
 * symbolic tensors, so their layers — and weights — are the graph's, and a
 * checkpoint of the whole model saves both. Never dispose G or D: their
 * layers belong to the graph's model.
 */
import * as tf from "@tensorflow/tfjs";
import type { GanParts } from "../../../graph/training/recipes/parts";
import { trainableVariables } from "../../engine/step";
import type { RecipeContext } from "../types";
import { invalid } from "./failures";

export interface GanNetworks {
  /** [noise(, label)] → sample. */
  readonly generator: tf.LayersModel;
  /** [data(, label)] → one verdict per sample. */
  readonly discriminator: tf.LayersModel;
  readonly generatorVariables: readonly tf.Variable[];
  readonly discriminatorVariables: readonly tf.Variable[];
  /** One noise vector's shape (without the batch dimension). */
  readonly noiseShape: readonly number[];
  /** One sample's shape as D's data input takes it. */
  readonly dataShape: readonly number[];
  /** cGAN: classes of the one-hot label input. */
  readonly labelSize?: number;
}

function product(shape: readonly number[]): number {
  return shape.reduce((n, d) => n * d, 1);
}

/** The graph's tensor at node `id` (the output of its layer). */
function tensorOf(context: RecipeContext, id: string): tf.SymbolicTensor {
  const name = context.layerNames.get(id);
  if (name === undefined)
    throw invalid(`Node "${id}" is not in the compiled graph.`, `编译后的图中没有节点 "${id}"。`);
  return context.model.getLayer(name).output as tf.SymbolicTensor;
}

/** A sample shape with every dimension known. */
function fixedShape(tensor: tf.SymbolicTensor, what: string, whatZh: string): number[] {
  const shape = tensor.shape.slice(1);
  if (shape.some((d) => d === null || d < 1))
    throw invalid(
      `The ${what} needs a fixed shape, but it is [${shape.map((d) => d ?? "?").join(", ")}].`,
      `${whatZh}需要固定的形状，但它是 [${shape.map((d) => d ?? "?").join(", ")}]。`,
    );
  return shape as number[];
}

export function buildGanNetworks(context: RecipeContext, parts: GanParts): GanNetworks {
  const noise = tensorOf(context, parts.generator.noise);
  const data = tensorOf(context, parts.discriminator.data);
  const label = parts.label === undefined ? undefined : tensorOf(context, parts.label);
  const fake = tensorOf(context, parts.generator.output);
  const verdict = tensorOf(context, parts.discriminator.output);

  const noiseShape = fixedShape(noise, "noise input", "噪声输入");
  const dataShape = fixedShape(data, "discriminator's data input", "判别器的数据输入");
  const fakeShape = fixedShape(fake, "generator's output", "生成器的输出");
  if (product(fakeShape) !== product(dataShape))
    throw invalid(
      `The generator makes samples of shape [${fakeShape.join(", ")}], but the discriminator takes [${dataShape.join(", ")}]. Make the generator's last layer give as many values as the data input holds.`,
      `生成器产生的样本形状为 [${fakeShape.join(", ")}]，但判别器接受 [${dataShape.join(", ")}]。请让生成器最后一层输出的数值个数与数据输入相同。`,
    );
  const verdictShape = fixedShape(verdict, "discriminator's output", "判别器的输出");
  if (product(verdictShape) !== 1)
    throw invalid(
      `The discriminator must give one value per sample, but its output has shape [${verdictShape.join(", ")}]. End it with a Dense layer of 1 unit.`,
      `判别器必须对每个样本给出一个数值，但其输出形状为 [${verdictShape.join(", ")}]。请以 1 个单元的 Dense 层结尾。`,
    );

  const generator = tf.model({
    inputs: label ? [noise, label] : noise,
    outputs: fake,
    name: "generator",
  });
  const discriminator = tf.model({
    inputs: label ? [data, label] : data,
    outputs: verdict,
    name: "discriminator",
  });
  return {
    generator,
    discriminator,
    generatorVariables: trainableVariables(generator),
    discriminatorVariables: trainableVariables(discriminator),
    noiseShape,
    dataShape,
    ...(label ? { labelSize: product(fixedShape(label, "label input", "标签输入")) } : {}),
  };
}
