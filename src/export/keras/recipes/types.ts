/** What a recipe contributes to the module: its definitions and the body of main(). */

/** Helpers of runtime.ts a recipe may ask for. */
export type RuntimeBlock =
  | "sampleHelpers"
  | "splitValidation"
  | "resolveBatchSize"
  | "makeDataset"
  | "makeRepeatedDataset";

export interface RecipeCode {
  /** Python blocks defined before load_data and main (compile_model, trainer classes, losses). */
  readonly definitions: readonly (readonly string[])[];
  readonly runtime: readonly RuntimeBlock[];
  /** The body of main() after the arguments, the strategy and the seed (4-space indented). */
  readonly main: readonly string[];
  /** Standard-library modules used. */
  readonly imports: readonly string[];
  /** The constants main() reads besides the common ones (name → Python literal). */
  readonly constants: readonly (readonly [string, string])[];
}
