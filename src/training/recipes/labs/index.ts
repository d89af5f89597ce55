/** Recurrent and attention labs: the gradient per time step and attention maps, as probes and as answers. */
export {
  type AttentionAnswer,
  attentionAnswer,
  MAX_GRADIENT_SAMPLES,
  recurrentKinds,
  type TimeGradientsAnswer,
  timeGradientsAnswer,
} from "./answers";
export { type AttentionMap, attentionLayers, attentionMaps } from "./attentionMaps";
export { type Replacement, runLayers } from "./forward";
export {
  type TimeStepGradientOptions,
  timeStepGradients,
  tokenEmbeddingLayer,
} from "./timeStepGradients";
