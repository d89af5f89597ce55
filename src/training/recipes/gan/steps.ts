/**
 * One discriminator (critic) step and one generator step of the GAN family,
 * each an optimizer update of its own network's variables only. Every
 * function returns scalars for the step's read-back and releases the rest.
 */
import * as tf from "@tensorflow/tfjs";
import type { GanOptions, WganOptions } from "../../../graph/training/recipes/options";
import { type Critic, penaltySurrogate, penaltyTerms } from "./gradientPenalty";
import {
  criticLoss,
  discriminatorLoss,
  generatorLoss,
  meanProbability,
  wassersteinGeneratorLoss,
} from "./losses";
import type { GanNetworks } from "./networks";
import type { RandomSource } from "./randomSource";
import { oneHot, type RealData } from "./realData";

export interface GanTraining {
  readonly recipe: "gan" | "wgan" | "cgan";
  readonly networks: GanNetworks;
  readonly real: RealData;
  readonly random: RandomSource;
  readonly generatorOptimizer: tf.Optimizer;
  readonly discriminatorOptimizer: tf.Optimizer;
  /** m: samples of each kind per step. */
  readonly batchSize: number;
  /** cGAN: number of classes (generated samples get random ones). */
  readonly classes?: number;
  readonly outputIsProbability: boolean;
  readonly gan: GanOptions;
  readonly wgan: WganOptions;
}

/** G on `noise` (count × noise size values) and, for a cGAN, `classes`; shaped as D's data input takes it. */
export function generate(
  networks: GanNetworks,
  noise: Float32Array,
  count: number,
  classes: Int32Array | undefined,
  labelSize: number | undefined,
  training: boolean,
): tf.Tensor {
  return tf.tidy(() => {
    const z = tf.tensor(noise, [count, ...networks.noiseShape]);
    const inputs = classes && labelSize ? [z, oneHot(classes, labelSize)] : z;
    const output = networks.generator.apply(inputs, { training }) as tf.Tensor;
    return tf.reshape(output, [count, ...networks.dataShape]);
  });
}

/** D on samples (and their one-hot labels, for a cGAN): [m, 1]. */
export function discriminate(
  networks: GanNetworks,
  x: tf.Tensor,
  label: tf.Tensor | undefined,
  training: boolean,
): tf.Tensor {
  return networks.discriminator.apply(label ? [x, label] : x, { training }) as tf.Tensor;
}

function noiseFor(training: GanTraining, count: number): Float32Array {
  const size = training.networks.noiseShape.reduce((n, d) => n * d, 1);
  return training.random.normals(count * size);
}

/** What G needs for m generated samples: noise and, for a cGAN, random classes. */
function fakeRequest(training: GanTraining) {
  const m = training.batchSize;
  const classes =
    training.classes === undefined ? undefined : training.random.classes(m, training.classes);
  return {
    make: () =>
      generate(training.networks, noiseFor(training, m), m, classes, training.classes, true),
    label: classes && training.classes ? oneHot(classes, training.classes) : undefined,
  };
}

/** GAN: one step of D ascending log D(x) + log(1 − D(G(z))). Returns [loss, D(real), D(fake)]. */
export function discriminatorStep(training: GanTraining): tf.Scalar[] {
  return tf.tidy(() => {
    const { networks, real, outputIsProbability } = training;
    const batch = real.batch(real.next(training.batchSize));
    const request = fakeRequest(training);
    // Made outside D's tape: to D, G(z) is data, and no gradient flows to G.
    const fake = request.make();
    let probabilities: tf.Scalar[] = [];
    const loss = training.discriminatorOptimizer.minimize(
      () => {
        const onReal = discriminate(networks, batch.x, batch.label, true);
        const onFake = discriminate(networks, fake, request.label, true);
        // Kept: the optimizer's scope would dispose them before the read-back.
        probabilities = [
          tf.keep(meanProbability(onReal, outputIsProbability)),
          tf.keep(meanProbability(onFake, outputIsProbability)),
        ];
        return discriminatorLoss(onReal, onFake, outputIsProbability);
      },
      true,
      networks.discriminatorVariables as tf.Variable[],
    )!;
    return [loss, ...probabilities];
  });
}

/**
 * WGAN: one critic step, descending E[D(G(z))] − E[D(x)] (+ the gradient
 * penalty), then clipping when that is the constraint. `interpolation`
 * holds the m weights ε of x̂. Returns [critic loss with penalty,
 * Wasserstein estimate E[D(x)] − E[D(G(z))], penalty].
 */
export function criticStep(training: GanTraining, interpolation: Float32Array): tf.Scalar[] {
  return tf.tidy(() => {
    const { networks, real, wgan } = training;
    const batch = real.batch(real.next(training.batchSize));
    const request = fakeRequest(training);
    const fake = request.make();
    // Inference mode: the central difference must see one function (no fresh dropout mask per call).
    const critic: Critic = (x) => discriminate(networks, x, batch.label, false);
    const penalty =
      wgan.constraint === "gradientPenalty"
        ? penaltyTerms(critic, batch.x, fake, tf.tensor1d(interpolation), wgan.penaltyWeight)
        : undefined;
    let kept: tf.Scalar | undefined;
    training.discriminatorOptimizer.minimize(
      () => {
        const onReal = discriminate(networks, batch.x, batch.label, true);
        const onFake = discriminate(networks, fake, request.label, true);
        const loss = criticLoss(onReal, onFake);
        // A kept copy: without a penalty `loss` is the cost itself, which minimize() disposes.
        kept = tf.keep(tf.clone(loss));
        return penalty ? tf.add(loss, penaltySurrogate(critic, penalty)) : loss;
      },
      false,
      networks.discriminatorVariables as tf.Variable[],
    );
    if (wgan.constraint === "clip") clipWeights(networks.discriminatorVariables, wgan.clipValue);
    const loss = kept!;
    const value = penalty ? penalty.value : tf.scalar(0);
    const results = [tf.add(loss, value) as tf.Scalar, tf.neg(loss) as tf.Scalar, value];
    loss.dispose();
    return results;
  });
}

/** Arjovsky et al.: every critic weight back into [−c, c] after each critic step. */
function clipWeights(variables: readonly tf.Variable[], limit: number): void {
  for (const variable of variables)
    tf.tidy(() => variable.assign(tf.clipByValue(variable, -limit, limit)));
}

/** One generator step (GAN: saturating or not; WGAN: −E[D(G(z))]). Returns [generator loss]. */
export function generatorStep(training: GanTraining): tf.Scalar[] {
  return tf.tidy(() => {
    const { networks, outputIsProbability } = training;
    const request = fakeRequest(training);
    const loss = training.generatorOptimizer.minimize(
      () => {
        const verdict = discriminate(networks, request.make(), request.label, true);
        return training.recipe === "wgan"
          ? wassersteinGeneratorLoss(verdict)
          : generatorLoss(verdict, outputIsProbability, training.gan.nonSaturating);
      },
      true,
      networks.generatorVariables as tf.Variable[],
    )!;
    return [loss];
  });
}
