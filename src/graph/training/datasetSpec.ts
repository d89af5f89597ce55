/**
 * What every dataset looks like from outside, as pure data: its id, names,
 * task, options, and the shapes it produces for given options. The graph
 * layer uses it to check a graph against its dataset (input and output
 * shapes) before anything is loaded; src/training/datasets builds the data.
 */
import type { I18nText } from "../i18n";
import type { TaskName } from "./setup";

/** "corpus": a stream of words for word2vec (datasetSpecs/corpus.ts), not labelled samples. */
export type DatasetFamily = "toy2d" | "sequence" | "text" | "image" | "upload" | "corpus";

/** One option of a dataset (rendered as a field in the training form). */
export type DatasetOptionSpec =
  | {
      readonly name: string;
      readonly kind: "number";
      readonly label: I18nText;
      readonly default: number;
      readonly min: number;
      readonly max: number;
      readonly integer?: boolean;
      readonly step?: number;
    }
  | {
      readonly name: string;
      readonly kind: "select";
      readonly label: I18nText;
      readonly default: string;
      readonly choices: readonly { readonly value: string; readonly label: I18nText }[];
    }
  | {
      readonly name: string;
      readonly kind: "text";
      readonly label: I18nText;
      readonly default: string;
    };

/** The shapes a dataset yields for a given set of options. */
export interface DatasetShapes {
  /** One sample's features, without the batch dimension (e.g. [28, 28, 1]). */
  readonly inputShape: readonly number[];
  readonly task: TaskName;
  /** Classification: number of classes. */
  readonly numClasses?: number;
  /** Regression: one target's shape without the batch dimension (e.g. [1]); sequence tagging: [steps, classes]. */
  readonly targetShape?: readonly number[];
  /**
   * Classification per time step (many-to-many tagging): labels are [steps]
   * class indices, the model outputs [steps, classes].
   */
  readonly perStep?: boolean;
  /** Class names, when the dataset has them. */
  readonly classNames?: readonly string[];
  /**
   * The features are whole-number token ids (text): the graph's Input must be
   * int32 to feed an Embedding. Known before loading, so a diagnostic can say so.
   */
  readonly integerFeatures?: boolean;
  /** Text: number of token ids (an Embedding needs inputDim ≥ this). Id 0 is padding. */
  readonly vocabularySize?: number;
}

export interface DatasetSpec {
  readonly id: string;
  readonly family: DatasetFamily;
  readonly name: I18nText;
  readonly description: I18nText;
  readonly options: readonly DatasetOptionSpec[];
  /** Shapes for the given options (missing options take defaults). Uploads return null until data is present. */
  readonly shapes: (options: Readonly<Record<string, unknown>>) => DatasetShapes | null;
  /** Licence or provenance shown beside the dataset, when it is not ours. */
  readonly source?: I18nText;
}

/** Options with defaults filled in (unknown options are kept). */
export function withDefaultOptions(
  spec: DatasetSpec,
  options: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const filled: Record<string, unknown> = { ...options };
  for (const option of spec.options)
    if (!(option.name in filled)) filled[option.name] = option.default;
  return filled;
}
