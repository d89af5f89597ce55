/** Graph → a TensorFlow 2 / Keras Python module (see exportKeras.ts). */
export { KERAS_DIAGNOSTIC_CODES } from "./diagnostics";
export { exportKeras } from "./exportKeras";
export { nodeWeightsOf } from "./modelWeights";
export { kerasLayerNames, moduleName, pythonVariableNames } from "./names";
export type {
  ExportDiagnostic,
  ExportFile,
  KerasExportOptions,
  KerasExportResult,
  NodeWeights,
  WeightTensor,
} from "./types";
export { WEIGHTS_FORMAT, type WeightsManifest } from "./weights";
