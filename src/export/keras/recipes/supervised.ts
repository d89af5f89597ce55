/** Supervised training: model.fit on the dataset with the graph's loss and metrics. */
import type { TrainingSetup } from "../../../graph";
import {
  lossExpression,
  metricExpressions,
  type SupervisedObjective,
  type TargetEncoding,
} from "../compileSetup";
import {
  BODY,
  type CompileParts,
  compileModelLines,
  dictValue,
  fitMain,
  listValue,
} from "./compileModel";
import type { RecipeCode } from "./types";

/** One output of the model with what it is trained against. */
export interface SupervisedOutput {
  /** The Keras layer name of the output node (Keras keys losses and metrics by it). */
  readonly name: string;
  readonly objective: SupervisedObjective;
  readonly encoding: TargetEncoding;
}

/** The loss and metrics: one of each, or per output (keyed by name) when there are several. */
export function supervisedCompile(outputs: readonly SupervisedOutput[]): CompileParts {
  const losses = outputs.map((o) => lossExpression(o.objective.loss, o.encoding));
  const metrics = outputs.map((o) => metricExpressions(o.objective, o.encoding));
  const notes = [...new Set(losses.flatMap((l) => (l.note ? [l.note] : [])))];
  if (outputs.length === 1)
    return {
      loss: [losses[0]!.expression],
      metrics: metrics[0]!.length > 0 ? listValue(metrics[0]!, BODY, "metrics=".length) : null,
      notes,
    };
  return {
    loss: dictValue(outputs.map((o, i) => [o.name, [losses[i]!.expression]])),
    metrics: metrics.some((m) => m.length > 0)
      ? dictValue(
          outputs.map((o, i) => [o.name, listValue(metrics[i]!, `${BODY}    `, o.name.length + 4)]),
        )
      : null,
    notes,
  };
}

export function supervisedRecipe(
  setup: TrainingSetup,
  outputs: readonly SupervisedOutput[],
): RecipeCode {
  return {
    definitions: [compileModelLines(setup.optimizer, supervisedCompile(outputs))],
    runtime: ["sampleHelpers", "splitValidation", "resolveBatchSize", "makeDataset"],
    main: fitMain("model", []),
    imports: [],
    constants: [],
  };
}
