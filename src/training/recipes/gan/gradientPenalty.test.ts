/**
 * The gradient penalty's weight gradient, taken by a central difference of
 * first-order gradients (gradientPenalty.ts), against brute force: the
 * penalty's value re-evaluated with each weight nudged both ways. Critics
 * of LeakyReLU (where tfjs cannot take a gradient of a gradient) and of
 * tanh (where it silently gets it wrong).
 */
import * as tf from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { compileGraph, enableProductionMode } from "../../../compiler";
import { trainableVariables } from "../../engine/step";
import { nodeBackends } from "../../node/backends";
import { type Critic, penaltySurrogate, penaltyTerms } from "./gradientPenalty";
import { ganDocument } from "./testing";

beforeAll(async () => {
  enableProductionMode();
  await nodeBackends().activate("wasm");
});

function critic(hidden: string) {
  const document = ganDocument({
    noise: 2,
    data: 2,
    generatorLayers: [4],
    discriminatorLayers: [8, 8],
    hidden,
  });
  const compiled = compileGraph(document, { seed: 5 });
  if (!compiled.ok) throw new Error("compile");
  const model = compiled.model;
  const d = tf.model({
    inputs: model.getLayer("x").output as tf.SymbolicTensor,
    outputs: model.getLayer("verdict").output as tf.SymbolicTensor,
  });
  return { model, d, variables: trainableVariables(d) };
}

describe("gradient penalty", () => {
  it.each(["leakyRelu", "tanh"])(
    "%s critic: the surrogate's weight gradient is the penalty's",
    (hidden) => {
      const { model, d, variables } = critic(hidden);
      const f: Critic = (x) => d.apply(x) as tf.Tensor;
      const real = tf.tensor2d([1.8, 0.3, -0.2, 1.9, -1.4, -1.5, 0.9, -1.7], [4, 2]);
      const fake = tf.tensor2d([0.1, 0.2, -0.3, 0.05, 0.4, -0.1, 0.0, 0.3], [4, 2]);
      const epsilon = tf.tensor1d([0.2, 0.5, 0.7, 0.9]);
      const lambda = 10;
      const penalty = () => {
        const terms = penaltyTerms(f, real, fake, epsilon, lambda);
        const value = terms.value.dataSync()[0]!;
        tf.dispose([terms.value, terms.plus, terms.minus, terms.weights]);
        return value;
      };
      const terms = penaltyTerms(f, real, fake, epsilon, lambda);
      const { grads, value } = tf.variableGrads(() => penaltySurrogate(f, terms), variables);
      value.dispose();
      const before = tf.memory().numTensors;
      let worst = 0;
      let largest = 0;
      for (const variable of variables) {
        const analytic = grads[variable.name]!.dataSync();
        const original = Float32Array.from(variable.dataSync());
        for (let i = 0; i < Math.min(original.length, 5); i++) {
          const nudged = (delta: number) => {
            const values = Float32Array.from(original);
            values[i]! += delta;
            tf.tidy(() => variable.assign(tf.tensor(values, variable.shape)));
            return penalty();
          };
          const h = 1e-3;
          const numeric = (nudged(h) - nudged(-h)) / (2 * h);
          tf.tidy(() => variable.assign(tf.tensor(original, variable.shape)));
          worst = Math.max(worst, Math.abs(numeric - analytic[i]!));
          largest = Math.max(largest, Math.abs(numeric));
        }
      }
      console.info(
        `${hidden}: largest gradient ${largest.toFixed(3)}, worst error ${worst.toExponential(2)}`,
      );
      expect(largest).toBeGreaterThan(0.1);
      expect(worst).toBeLessThan(0.01 * largest);
      tf.dispose([terms.value, terms.plus, terms.minus, terms.weights, real, fake, epsilon]);
      tf.dispose(Object.values(grads));
      expect(tf.memory().numTensors).toBeLessThanOrEqual(before);
      model.dispose();
    },
  );
});
