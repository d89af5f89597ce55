/** Graph → a PyTorch module and training script (see exportPytorch.ts). */
export { PYTORCH_DIAGNOSTIC_CODES } from "./diagnostics";
export {
  exportPytorch,
  type PytorchExportOptions,
  type PytorchExportResult,
} from "./exportPytorch";
export { torchNames } from "./names";
export { TORCH_WEIGHTS_FORMAT, type TorchWeightsManifest } from "./weights";
