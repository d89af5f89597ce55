/** The four optimizers of the training setup, and changing the learning rate of a live one. */
import * as tf from "@tensorflow/tfjs";
import type { OptimizerSetup } from "../../graph/training/setup";

export function createOptimizer(setup: OptimizerSetup): tf.Optimizer {
  const lr = setup.learningRate;
  switch (setup.type) {
    case "sgd":
      return setup.momentum > 0 ? tf.train.momentum(lr, setup.momentum) : tf.train.sgd(lr);
    case "adam":
      return tf.train.adam(lr, setup.beta1, setup.beta2, setup.epsilon);
    case "rmsprop":
      return tf.train.rmsprop(lr, setup.rho, 0, setup.epsilon);
    case "adagrad":
      return tf.train.adagrad(lr);
  }
}

/**
 * SGD and momentum keep −lr as a tensor and expose setLearningRate; Adam,
 * RMSProp and Adagrad read their (protected) `learningRate` field at every
 * step, so assigning it takes effect at the next batch.
 */
export function setOptimizerLearningRate(optimizer: tf.Optimizer, learningRate: number): void {
  const candidate = optimizer as unknown as {
    setLearningRate?: (lr: number) => void;
    learningRate: number;
  };
  if (typeof candidate.setLearningRate === "function") candidate.setLearningRate(learningRate);
  else candidate.learningRate = learningRate;
}

/** tfjs's momentum optimizer forgets the −lr scalar it inherits from SGD; dispose it too, so no tensor outlives a run. */
export function disposeOptimizer(optimizer: tf.Optimizer): void {
  optimizer.dispose();
  const inherited = (optimizer as unknown as { c?: tf.Tensor }).c;
  if (inherited && !inherited.isDisposed) inherited.dispose();
}
