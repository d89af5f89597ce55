/**
 * The VAE's reparameterisation layer, z = μ + exp(½·log σ²)·ε, which also adds
 * the KL divergence to N(0, I) to the model's loss. tfjs has no activity
 * losses, so the KL of the current batch is kept from `call` and handed to the
 * loss through `addLoss`, inside the same gradient tape.
 */
import * as tf from "@tensorflow/tfjs";
import { isTraining, type Kwargs, type LayerArgs, SeedSequence, type SymbolicShape } from "./base";

export interface SamplingArgs extends LayerArgs {
  readonly klWeight?: number;
  readonly seed?: number;
}

/** Mean over the batch of −½ Σ (1 + log σ² − μ² − σ²). */
export function klDivergence(mean: tf.Tensor, logVar: tf.Tensor): tf.Scalar {
  return tf.tidy(() => {
    const perElement = tf.sub(tf.add(1, logVar), tf.add(tf.square(mean), tf.exp(logVar)));
    const axes = Array.from({ length: mean.rank - 1 }, (_, i) => i + 1);
    return tf.mean(tf.mul(-0.5, tf.sum(perElement, axes))) as tf.Scalar;
  });
}

export class Sampling extends tf.layers.Layer {
  static className = "Sampling";
  readonly klWeight: number;
  readonly seed: number | undefined;
  private readonly seeds: SeedSequence;
  private currentKl: tf.Scalar | null = null;

  constructor(args: SamplingArgs = {}) {
    super(args);
    this.klWeight = args.klWeight ?? 1;
    this.seed = args.seed;
    this.seeds = new SeedSequence(args.seed);
  }

  override build(inputShape: SymbolicShape | SymbolicShape[]): void {
    super.build(inputShape);
    this.addLoss(() => {
      const kl = this.currentKl;
      return kl && !kl.isDisposed ? kl : tf.scalar(0);
    });
  }

  override computeOutputShape(inputShape: SymbolicShape | SymbolicShape[]): SymbolicShape {
    return [...(inputShape as SymbolicShape[])[0]!];
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: Kwargs): tf.Tensor {
    const [mean, logVar] = inputs as tf.Tensor[];
    if (!isTraining(kwargs)) {
      this.currentKl = null;
      return tf.clone(mean!);
    }
    // Not in a tidy: the KL must outlive this call until the loss reads it;
    // the optimizer's own scope disposes it after the step.
    this.currentKl = tf.mul(this.klWeight, klDivergence(mean!, logVar!)) as tf.Scalar;
    return tf.tidy(() => {
      const epsilon = tf.randomNormal(mean!.shape, 0, 1, "float32", this.seeds.next());
      return tf.add(mean!, tf.mul(tf.exp(tf.mul(0.5, logVar!)), epsilon));
    });
  }

  /** The KL term of the last training batch (already weighted), for charts. */
  lastKl(): tf.Scalar | null {
    return this.currentKl && !this.currentKl.isDisposed ? this.currentKl : null;
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {
      ...super.getConfig(),
      klWeight: this.klWeight,
      ...(this.seed !== undefined ? { seed: this.seed } : {}),
    };
  }
}
