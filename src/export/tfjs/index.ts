/** Import of tfjs Layers models (model.json + weights) as Neurograph graphs. */
export {
  type AppliedWeights,
  applyImportedWeights,
  compileWithImportedWeights,
} from "./applyWeights";
export { MARKED_TYPE_PREFIX } from "./buildGraph";
export {
  type ImportOptions,
  type ImportResult,
  importTfjsModel,
  importTfjsModelText,
} from "./importModel";
export {
  METADATA_KEY,
  type NeurographMetadata,
  type NodeMetadata,
  neurographMetadata,
  readNeurographMetadata,
  withNeurographMetadata,
} from "./metadata";
export type { ImportedWeight, ImportedWeights, WeightBytes, WeightValues } from "./weightData";
