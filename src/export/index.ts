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
export * from "./tfjs";
