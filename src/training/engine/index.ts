/** The training engine: one loop for the worker and the CLI. */
export { checkCompatibility, type ModelSignature } from "./compatibility";
export { classifyError, type FailureReason, TrainingFailure } from "./errors";
export type { Boundary, Evaluation, Prediction } from "./inspection";
export { metricsFor } from "./objective";
export { createOptimizer, disposeOptimizer, setOptimizerLearningRate } from "./optimizers";
export { totalLoss, trainableVariables, trainStep } from "./step";
export {
  type RunOutcome,
  Trainer,
  type TrainerEvent,
  type TrainerInfo,
  type TrainerOptions,
} from "./trainer";
