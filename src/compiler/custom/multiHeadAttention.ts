/**
 * Multi-head attention with Keras's arguments and weight layout, so parameter
 * counts match Keras exactly and weights export to Keras unchanged:
 * query/key/value kernels [features, heads, dim] with biases [heads, dim], and
 * an output kernel [heads, valueDim, outputFeatures]. Inputs: [query, value]
 * or [query, value, key]. The attention weights of the last inference call are
 * kept for visualisation.
 */
import * as tf from "@tensorflow/tfjs";
import { isTraining, type Kwargs, type LayerArgs, SeedSequence, type SymbolicShape } from "./base";

export interface MultiHeadAttentionArgs extends LayerArgs {
  readonly numHeads: number;
  readonly keyDim: number;
  readonly valueDim?: number | null;
  readonly outputShape?: number | null;
  readonly dropout?: number;
  readonly useBias?: boolean;
  readonly useCausalMask?: boolean;
  readonly seed?: number;
}

type Projection = { kernel: tf.LayerVariable; bias: tf.LayerVariable | null };

/** Keras masks with a large negative number rather than -Infinity, to keep softmax finite. */
const MASKED = -1e9;

export class MultiHeadAttention extends tf.layers.Layer {
  static className = "MultiHeadAttention";
  readonly numHeads: number;
  readonly keyDim: number;
  readonly valueDim: number;
  readonly outputDim: number | null;
  readonly dropoutRate: number;
  readonly useBias: boolean;
  readonly useCausalMask: boolean;
  readonly seed: number | undefined;
  private readonly seeds: SeedSequence;
  private query?: Projection;
  private key?: Projection;
  private value?: Projection;
  private attentionOutput?: Projection;
  private recorded: tf.Tensor | null = null;

  constructor(args: MultiHeadAttentionArgs) {
    super(args);
    this.numHeads = args.numHeads;
    this.keyDim = args.keyDim;
    this.valueDim = args.valueDim ?? args.keyDim;
    this.outputDim = args.outputShape ?? null;
    this.dropoutRate = args.dropout ?? 0;
    this.useBias = args.useBias ?? true;
    this.useCausalMask = args.useCausalMask ?? false;
    this.seed = args.seed;
    this.seeds = new SeedSequence(args.seed);
  }

  private shapes(inputShape: SymbolicShape | SymbolicShape[]): {
    q: SymbolicShape;
    v: SymbolicShape;
    k: SymbolicShape;
  } {
    const list = (Array.isArray(inputShape[0]) ? inputShape : [inputShape]) as SymbolicShape[];
    const q = list[0]!;
    const v = list[1] ?? q;
    return { q, v, k: list[2] ?? v };
  }

  override build(inputShape: SymbolicShape | SymbolicShape[]): void {
    const { q, v, k } = this.shapes(inputShape);
    const last = (s: SymbolicShape) => s[s.length - 1] as number;
    const outFeatures = this.outputDim ?? last(q);
    let slot = 0;
    const initializer = () =>
      tf.initializers.glorotUniform(
        this.seed === undefined ? {} : { seed: this.seed + 101 * ++slot },
      );
    const projection = (name: string, kernelShape: number[], biasShape: number[]): Projection => ({
      kernel: this.addWeight(`${name}/kernel`, kernelShape, "float32", initializer()),
      bias: this.useBias
        ? this.addWeight(`${name}/bias`, biasShape, "float32", tf.initializers.zeros())
        : null,
    });
    const h = this.numHeads;
    this.query = projection("query", [last(q), h, this.keyDim], [h, this.keyDim]);
    this.key = projection("key", [last(k), h, this.keyDim], [h, this.keyDim]);
    this.value = projection("value", [last(v), h, this.valueDim], [h, this.valueDim]);
    this.attentionOutput = projection(
      "attention_output",
      [h, this.valueDim, outFeatures],
      [outFeatures],
    );
    this.built = true;
  }

  override computeOutputShape(inputShape: SymbolicShape | SymbolicShape[]): SymbolicShape {
    const { q } = this.shapes(inputShape);
    return [q[0] ?? null, q[1] ?? null, this.outputDim ?? (q[q.length - 1] as number)];
  }

  /** [batch, steps, features] → [batch, heads, steps, dim]. */
  private project(x: tf.Tensor, p: Projection, dim: number): tf.Tensor {
    const [batch, steps, features] = x.shape as [number, number, number];
    let y = tf.matMul(
      tf.reshape(x, [batch * steps, features]),
      tf.reshape(p.kernel.read(), [features, this.numHeads * dim]),
    );
    if (p.bias) y = tf.add(y, tf.reshape(p.bias.read(), [this.numHeads * dim]));
    return tf.transpose(tf.reshape(y, [batch, steps, this.numHeads, dim]), [0, 2, 1, 3]);
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: Kwargs): tf.Tensor {
    const list = Array.isArray(inputs) ? inputs : [inputs];
    const queryIn = list[0]!;
    const valueIn = list[1] ?? queryIn;
    const keyIn = list[2] ?? valueIn;
    const training = isTraining(kwargs);
    let weights: tf.Tensor | null = null;
    const output = tf.tidy(() => {
      const q = tf.mul(this.project(queryIn, this.query!, this.keyDim), 1 / Math.sqrt(this.keyDim));
      const k = this.project(keyIn, this.key!, this.keyDim);
      const v = this.project(valueIn, this.value!, this.valueDim);
      let scores = tf.matMul(q, k, false, true);
      if (this.useCausalMask) {
        const [tq, tv] = scores.shape.slice(2) as [number, number];
        const allowed = tf.linalg.bandPart(tf.ones([tq, tv]), -1, 0);
        scores = tf.add(scores, tf.mul(tf.sub(1, allowed), MASKED));
      }
      const attention = tf.softmax(scores, -1);
      const dropped =
        training && this.dropoutRate > 0
          ? tf.dropout(attention, this.dropoutRate, undefined, this.seeds.next())
          : attention;
      const [batch, , tq] = attention.shape as [number, number, number, number];
      const context = tf.reshape(tf.transpose(tf.matMul(dropped, v), [0, 2, 1, 3]), [
        batch * tq,
        this.numHeads * this.valueDim,
      ]);
      const outFeatures = this.attentionOutput!.kernel.shape[2] as number;
      let y = tf.matMul(
        context,
        tf.reshape(this.attentionOutput!.kernel.read(), [
          this.numHeads * this.valueDim,
          outFeatures,
        ]),
      );
      if (this.attentionOutput!.bias) y = tf.add(y, this.attentionOutput!.bias.read());
      if (!training) weights = tf.keep(tf.clone(attention));
      return tf.reshape(y, [batch, tq, outFeatures]);
    });
    if (weights) {
      this.recorded?.dispose();
      this.recorded = weights;
    }
    return output;
  }

  /** Attention weights [batch, heads, querySteps, keySteps] of the last inference call, or null. */
  attentionScores(): tf.Tensor | null {
    return this.recorded && !this.recorded.isDisposed ? this.recorded : null;
  }

  override dispose(): ReturnType<tf.layers.Layer["dispose"]> {
    this.recorded?.dispose();
    this.recorded = null;
    return super.dispose();
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {
      ...super.getConfig(),
      numHeads: this.numHeads,
      keyDim: this.keyDim,
      valueDim: this.valueDim,
      outputShape: this.outputDim,
      dropout: this.dropoutRate,
      useBias: this.useBias,
      useCausalMask: this.useCausalMask,
      ...(this.seed !== undefined ? { seed: this.seed } : {}),
    };
  }
}
