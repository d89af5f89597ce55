/** Leaving and entering Neurograph: model formats other tools read and write. Imports graph and compiler. */

export {
  exportKeras,
  KERAS_DIAGNOSTIC_CODES,
  kerasLayerNames,
  moduleName,
  nodeWeightsOf,
  pythonVariableNames,
  WEIGHTS_FORMAT,
  type WeightsManifest,
} from "./keras";
export {
  EXPORT_TARGETS,
  type ExportedFile,
  type ExportTarget,
  exportModelFiles,
  type ModelExport,
} from "./modelFiles";
export {
  exportPytorch,
  PYTORCH_DIAGNOSTIC_CODES,
  type PytorchExportOptions,
  type PytorchExportResult,
} from "./pytorch";
export * from "./tfjs";
