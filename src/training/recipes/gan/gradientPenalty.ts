/**
 * WGAN-GP's gradient penalty (Gulrajani et al. 2017), λ·E[(‖∇x̂ D(x̂)‖₂ − 1)²]
 * at x̂ = εx + (1 − ε)G(z), ε ~ U[0, 1] — with first-order gradients only.
 *
 * Why not double backpropagation: in tfjs 4.22 a gradient of a gradient
 * throws for LeakyReLU, ReLU6 and SELU (no gradient for `Greater`) and ELU
 * (none for `EluGrad`), and is silently wrong through ops whose gradient
 * reads their own output (tanh, sigmoid): tfjs saves that output as a copy
 * the outer tape does not connect. A critic built of exactly those layers
 * would train on a wrong penalty without a word.
 *
 * What we do instead is exact calculus plus one finite difference. With
 * g_i = ∇x D(x̂_i; θ) and P = λ/m Σ (‖g_i‖ − 1)², the chain rule gives
 * ∂P/∂θ = Σ_i v_iᵀ ∂g_i/∂θ with v_i = 2λ/m (‖g_i‖ − 1) g_i/‖g_i‖ held fixed,
 * and v_iᵀ g_i is D's directional derivative along v_i, so
 *   ∂P/∂θ = ∂/∂θ Σ_i ‖v_i‖ (D(x̂_i + h u_i) − D(x̂_i − h u_i)) / 2h + O(h²),
 * u_i = v_i/‖v_i‖: a Hessian-vector product by central differences
 * (Pearlmutter 1994), needing only first-order gradients with respect to θ.
 * For a critic of ReLU-family layers (piecewise linear in x) it is exact
 * unless the step crosses a kink. `penaltyTerms` returns the penalty's value
 * (for the series) and that surrogate, whose θ-gradient is the penalty's.
 */
import * as tf from "@tensorflow/tfjs";

/** Step of the central difference, in the networks' data units (data lie within a few units of 0). */
export const DIFFERENCE_STEP = 1e-2;

/** A critic on a batch of samples (and, for a conditional critic, their labels). */
export type Critic = (x: tf.Tensor) => tf.Tensor;

export interface PenaltyTerms {
  /** λ·mean((‖∇D(x̂)‖ − 1)²): a constant, for reporting. */
  readonly value: tf.Scalar;
  /** The points D is evaluated at (x̂ ± h·u), computed outside any gradient tape. */
  readonly plus: tf.Tensor;
  readonly minus: tf.Tensor;
  /** Per-sample weights ‖v_i‖ / 2h, [m]. */
  readonly weights: tf.Tensor1D;
}

/**
 * Everything about the penalty that does not depend on θ, computed outside
 * the optimizer's tape: `interpolationWeights` holds ε_i, one per sample.
 */
export function penaltyTerms(
  critic: Critic,
  real: tf.Tensor,
  fake: tf.Tensor,
  interpolationWeights: tf.Tensor1D,
  lambda: number,
): PenaltyTerms {
  return tf.tidy(() => {
    const m = real.shape[0]!;
    const broadcast = [m, ...real.shape.slice(1).map(() => 1)];
    const epsilon = tf.reshape(interpolationWeights, broadcast);
    const interpolates = tf.add(fake, tf.mul(epsilon, tf.sub(real, fake)));
    const gradient = tf.grad((x: tf.Tensor) => tf.sum(critic(x)))(interpolates);
    const flat = tf.reshape(gradient, [m, -1]);
    // The 1e-12 keeps the norm (and the direction below) finite where the gradient vanishes.
    const norms = tf.sqrt(tf.add(tf.sum(tf.square(flat), 1), 1e-12));
    const excess = tf.sub(norms, 1);
    const value = tf.mul(lambda, tf.mean(tf.square(excess))) as tf.Scalar;
    // v_i = 2λ/m (‖g‖ − 1) g/‖g‖: ‖v_i‖ = 2λ/m |‖g‖ − 1|, u_i = sign(‖g‖ − 1) g/‖g‖.
    const direction = tf.mul(tf.reshape(tf.div(tf.sign(excess), norms), broadcast), gradient);
    const step = tf.mul(DIFFERENCE_STEP, direction);
    const weights = tf.mul((2 * lambda) / m / (2 * DIFFERENCE_STEP), tf.abs(excess)) as tf.Tensor1D;
    return {
      value,
      plus: tf.add(interpolates, step),
      minus: tf.sub(interpolates, step),
      weights,
    };
  });
}

/** Inside the optimizer's tape: a scalar whose gradient with respect to the critic's weights is the penalty's. */
export function penaltySurrogate(critic: Critic, terms: PenaltyTerms): tf.Scalar {
  const difference = tf.reshape(tf.sub(critic(terms.plus), critic(terms.minus)), [-1]);
  return tf.sum(tf.mul(terms.weights, difference)) as tf.Scalar;
}
