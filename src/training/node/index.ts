/** Node entry points of training (CLI, tests, benchmarks): never imported by the worker. */
export { nodeBackends, wasmDirectory } from "./backends";
export { type RecipeReport, recipeReport } from "./recipeReport";
export {
  loadSetupDataset,
  type NodeTrainingOptions,
  type NodeTrainingResult,
  nodeBackendChoice,
  trainInNode,
} from "./train";
