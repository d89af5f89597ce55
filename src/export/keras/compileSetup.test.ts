/** The training setup in Keras terms: optimizers, losses, metrics and targets. */
import { describe, expect, it } from "vitest";
import { optimizerSchema } from "../../graph";
import {
  lossExpression,
  metricExpressions,
  optimizerExpression,
  type SupervisedObjective,
  targetEncoding,
} from "./compileSetup";
import { reconstructionLossOf } from "./recipes/autoencoder";

const optimizer = (input: Record<string, unknown>) => optimizerSchema.parse(input);

const objective = (over: Partial<SupervisedObjective>): SupervisedObjective => ({
  task: "classification",
  loss: "sparseCategoricalCrossentropy",
  metrics: ["accuracy"],
  outputShape: [10],
  labelRank: 0,
  ...over,
});

describe("optimizers", () => {
  it("carry every setting Neurograph's optimizer uses", () => {
    expect(optimizerExpression(optimizer({ type: "adam", learningRate: 0.0002, beta1: 0.5 }))).toBe(
      "keras.optimizers.Adam(learning_rate=0.0002, beta_1=0.5, beta_2=0.999, epsilon=1e-07)",
    );
    expect(optimizerExpression(optimizer({ type: "sgd", learningRate: 0.1 }))).toBe(
      "keras.optimizers.SGD(learning_rate=0.1)",
    );
    expect(optimizerExpression(optimizer({ type: "sgd", learningRate: 1, momentum: 0.9 }))).toBe(
      "keras.optimizers.SGD(learning_rate=1.0, momentum=0.9)",
    );
    expect(
      optimizerExpression(
        optimizer({ type: "rmsprop", learningRate: 0.01, rho: 0.95, epsilon: 1e-6 }),
      ),
    ).toBe("keras.optimizers.RMSprop(learning_rate=0.01, rho=0.95, epsilon=0.000001)");
    expect(optimizerExpression(optimizer({ type: "adagrad", learningRate: 0.05 }))).toBe(
      "keras.optimizers.Adagrad(learning_rate=0.05, initial_accumulator_value=0.1)",
    );
  });

  it("take another learning rate (the GAN discriminator's scaled one)", () => {
    expect(optimizerExpression(optimizer({ type: "sgd" }), 0.004)).toBe(
      "keras.optimizers.SGD(learning_rate=0.004)",
    );
  });
});

describe("targets, losses and metrics", () => {
  it("keep class indices for sparse cross-entropy, one-hot for the other class losses", () => {
    expect(targetEncoding(objective({}))).toEqual({ kind: "classIndices" });
    expect(targetEncoding(objective({ loss: "categoricalCrossentropy" }))).toEqual({
      kind: "oneHot",
      classes: 10,
    });
    expect(targetEncoding(objective({ loss: "meanSquaredError" }))).toEqual({
      kind: "oneHot",
      classes: 10,
    });
    // Tagging: one label per step, an output per step.
    expect(targetEncoding(objective({ outputShape: [12, 8], labelRank: 1 }))).toEqual({
      kind: "classIndices",
    });
  });

  it("switch to one-hot when a metric compares the output with the targets", () => {
    const withMae = objective({ metrics: ["accuracy", "meanAbsoluteError"] });
    const encoding = targetEncoding(withMae);
    expect(encoding).toEqual({ kind: "oneHot", classes: 10 });
    const loss = lossExpression("sparseCategoricalCrossentropy", encoding);
    expect(loss.expression).toBe("keras.losses.CategoricalCrossentropy()");
    expect(loss.note).toContain("one-hot targets");
    expect(metricExpressions(withMae, encoding)).toEqual([
      'keras.metrics.CategoricalAccuracy(name="accuracy")',
      'keras.metrics.MeanAbsoluteError(name="mean_absolute_error")',
    ]);
  });

  it("keep a single unit's labels in the output's shape, with a threshold for accuracy", () => {
    const binary = objective({ loss: "binaryCrossentropy", outputShape: [1] });
    expect(targetEncoding(binary)).toEqual({ kind: "asOutput" });
    expect(lossExpression("binaryCrossentropy", { kind: "asOutput" }).expression).toBe(
      "keras.losses.BinaryCrossentropy()",
    );
    expect(metricExpressions(binary, { kind: "asOutput" })).toEqual([
      'keras.metrics.BinaryAccuracy(name="accuracy", threshold=0.5)',
    ]);
    const hinge = objective({ loss: "hinge", outputShape: [1] });
    expect(metricExpressions(hinge, { kind: "asOutput" })).toEqual([
      'keras.metrics.BinaryAccuracy(name="accuracy", threshold=0.0)',
    ]);
    expect(lossExpression("hinge", { kind: "asOutput" }).note).toContain("-1/+1");
  });

  it("report accuracy for classification only", () => {
    const regression = objective({
      task: "regression",
      loss: "meanSquaredError",
      metrics: ["accuracy", "meanSquaredError"],
      outputShape: [1],
    });
    const encoding = targetEncoding(regression);
    expect(encoding).toEqual({ kind: "asOutput" });
    expect(lossExpression("meanAbsoluteError", encoding).expression).toBe(
      "keras.losses.MeanAbsoluteError()",
    );
    expect(metricExpressions(regression, encoding)).toEqual([
      'keras.metrics.MeanSquaredError(name="mean_squared_error")',
    ]);
  });

  it("give autoencoders a reconstruction loss as Neurograph's recipe does", () => {
    expect(reconstructionLossOf("sparseCategoricalCrossentropy", true)).toBe("binaryCrossentropy");
    expect(reconstructionLossOf("sparseCategoricalCrossentropy", false)).toBe("meanSquaredError");
    expect(reconstructionLossOf("meanAbsoluteError", true)).toBe("meanAbsoluteError");
  });
});
