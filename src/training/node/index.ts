/** Node entry points of training (CLI, tests, benchmarks): never imported by the worker. */
export { nodeBackends, wasmDirectory } from "./backends";
export { type RecipeReport, recipeReport } from "./recipeReport";
export { type RunResultsOptions, runResultsOf } from "./results";
export {
  loadSetupDataset,
  type NodeTrainingOptions,
  type NodeTrainingResult,
  nodeBackendChoice,
  trainInNode,
} from "./train";
