/** Adversarial examples (FGSM, PGD) against a classifier, and adversarial training. Pure engine functions. */
export {
  type AttackAnswer,
  type AttackContext,
  type AttackQuestion,
  type AttackSettings,
  attackBatch,
  attackSample,
  classProbabilities,
  type RobustnessAnswer,
  type RobustnessQuestion,
  robustness,
} from "./answers";
export {
  classCount,
  classificationLoss,
  fgsm,
  inputGradient,
  outputIsProbability,
  type PgdOptions,
  pgd,
} from "./attacks";
export { featureRange, type InputRange, PIXEL_RANGE } from "./range";
export { adversarialBatch } from "./training";
