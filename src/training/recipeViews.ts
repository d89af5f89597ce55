/**
 * What the recipes show live and answer on request, as plain data for the
 * worker protocol (protocol.ts): sample grids, reconstructions, latent
 * scatters, embeddings, adversarial examples, time-step gradients and
 * attention maps. No tensors: typed arrays only, so they transfer.
 */
import type { I18nText } from "../graph/i18n";
import type { RunResults } from "../graph/results/metrics";
import type { AttackName, RecipeName } from "../graph/training/recipes/options";

/** Several samples of one shape, row-major, e.g. shape [28, 28, 1] for digits or [2] for 2-D points. */
export interface SampleSet {
  readonly count: number;
  /** One sample's shape (no batch dimension). */
  readonly shape: readonly number[];
  /** count × product(shape) values; images are in [0, 1]. */
  readonly values: Float32Array;
}

/** A function of the plane sampled on a grid (row-major from yMin), e.g. D(x) behind a GAN's scatter. */
export interface PlaneGrid {
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
  readonly resolution: number;
  readonly values: Float32Array;
}

export interface Neighbour {
  readonly word: string;
  /** Cosine similarity in [−1, 1]. */
  readonly similarity: number;
}

export interface Prediction1 {
  readonly label: number;
  readonly confidence: number;
}

export type RecipeView =
  | {
      readonly kind: "gan";
      readonly recipe: "gan" | "wgan" | "cgan";
      /** Generated from the same fixed noise every time, so the grid shows learning, not luck. */
      readonly samples: SampleSet;
      /** cGAN: the class each sample was asked for (the grid has one row per class). */
      readonly sampleLabels?: Int32Array;
      /** 2-D data: real points (count × 2) for the scatter… */
      readonly real?: Float32Array;
      /** …and the discriminator's (critic's) output over the plane behind them. */
      readonly discriminator?: PlaneGrid;
      /** 2-D mixtures: how many of the mixture's modes the generated points cover. */
      readonly modes?: { readonly covered: number; readonly total: number };
    }
  | {
      readonly kind: "autoencoder";
      readonly variational: boolean;
      readonly originals: SampleSet;
      readonly reconstructions: SampleSet;
      /** Codes of validation samples: the first two latent dimensions (the mean, for a VAE), coloured by label. */
      readonly latent?: {
        readonly dims: number;
        /** count × 2 */
        readonly points: Float32Array;
        readonly labels: Int32Array;
      };
      /** Random codes z ~ N(0, I) decoded: digits for a VAE, mostly noise for a plain autoencoder. */
      readonly randomSamples: SampleSet;
    }
  | {
      readonly kind: "word2vec";
      readonly vocabularySize: number;
      readonly pairsPerEpoch: number;
      /** The most frequent words projected to 2-D (PCA of their vectors). */
      readonly projection: { readonly words: readonly string[]; readonly points: Float32Array };
      /** Nearest neighbours of the words being watched. */
      readonly watched: readonly {
        readonly word: string;
        readonly neighbours: readonly Neighbour[];
      }[];
      /** The corpus's word pairs with a known answer, scored on the vectors (absent for a corpus without). */
      readonly benchmark?: BenchmarkScore;
    };

/** How many of a corpus's known word pairs the vectors get right (training/recipes/word2vec/benchmark.ts). */
export interface BenchmarkScore {
  /** The RESULT_METRICS name the value is reported under. */
  readonly metric: "partnersFirst" | "relatedInTop10";
  /** found / asked. */
  readonly value: number;
  readonly found: number;
  /** Questions asked: each pair in the vocabulary, both ways. */
  readonly asked: number;
  /** A partner counts when it is among this many nearest neighbours. */
  readonly within: number;
}

export type RecipeQuestion =
  /** Autoencoder / VAE: decode a latent point (the rest of its dimensions 0). */
  | { readonly kind: "decode"; readonly point: readonly number[] }
  /** Word2vec. */
  | { readonly kind: "neighbours"; readonly word: string; readonly count: number }
  | {
      readonly kind: "analogy";
      /** a − b + c, e.g. king − man + woman. */
      readonly a: string;
      readonly b: string;
      readonly c: string;
      readonly count: number;
    }
  | { readonly kind: "watch"; readonly words: readonly string[] }
  | { readonly kind: "exportEmbeddings" }
  /** Classifiers: attack one validation sample. */
  | {
      readonly kind: "attack";
      readonly attack: AttackName;
      readonly index: number;
      readonly epsilon: number;
      readonly steps: number;
      readonly stepSize: number;
    }
  /** Classifiers: accuracy under attack for each ε on `count` validation samples. */
  | {
      readonly kind: "robustness";
      readonly attack: AttackName;
      readonly epsilons: readonly number[];
      readonly count: number;
      readonly steps: number;
      readonly stepSize: number;
    }
  /** Sequence classifiers: ‖∂L/∂x_t‖ per time step, averaged over `count` validation samples. */
  | { readonly kind: "timeGradients"; readonly count: number }
  /** Graphs with multi-head attention: the attention weights of every head for one validation sample. */
  | { readonly kind: "attention"; readonly index: number };

export type RecipeAnswer =
  | { readonly kind: "decoded"; readonly sample: SampleSet }
  | {
      readonly kind: "neighbours";
      readonly word: string;
      readonly neighbours: readonly Neighbour[];
    }
  | {
      readonly kind: "analogy";
      readonly query: readonly [string, string, string];
      readonly results: readonly Neighbour[];
    }
  | { readonly kind: "watched" }
  /** TSV files for the TensorFlow Embedding Projector (projector.tensorflow.org). */
  | { readonly kind: "embeddings"; readonly vectorsTsv: string; readonly metadataTsv: string }
  | {
      readonly kind: "attack";
      readonly attack: AttackName;
      readonly epsilon: number;
      readonly label: number;
      readonly original: SampleSet;
      /** adversarial − original (not amplified: the view scales it). */
      readonly perturbation: SampleSet;
      readonly adversarial: SampleSet;
      readonly before: Prediction1;
      readonly after: Prediction1;
      readonly classNames: readonly string[];
    }
  | {
      readonly kind: "robustness";
      readonly attack: AttackName;
      readonly epsilons: readonly number[];
      /** Accuracy on the attacked samples for each ε (ε = 0: clean accuracy). */
      readonly accuracy: readonly number[];
      /** Share of the samples classified right before the attack and wrong after it. */
      readonly success: readonly number[];
      readonly count: number;
    }
  | {
      readonly kind: "timeGradients";
      /** Mean ‖∂L/∂x_t‖₂ for t = 1…T (input time steps). */
      readonly norms: Float32Array;
      /** The recurrent layer kinds of the graph, for the chart's legend (e.g. "lstm"). */
      readonly layers: readonly string[];
    }
  | {
      readonly kind: "attention";
      /** The sample's tokens (words, digits) when the dataset has a vocabulary, else step numbers. */
      readonly tokens: readonly string[];
      readonly maps: readonly {
        readonly nodeId: string;
        readonly heads: number;
        readonly queries: number;
        readonly keys: number;
        /** heads × queries × keys, each row sums to 1. */
        readonly weights: Float32Array;
      }[];
    };

/** A named number a recipe reports per step beside its loss (generator loss, D(real), KL…). */
export interface RecipeSeries {
  readonly key: string;
  readonly label: I18nText;
}

export type { RecipeName };

/**
 * What a recipe's live view measures beyond its loss, under RESULT_METRICS
 * names (a GAN's modes covered, word2vec's known-pair score): one reading for
 * the CLI's report and the app's lesson card and lab panel.
 */
export function recipeFigures(view: RecipeView | null): RunResults | undefined {
  if (view?.kind === "gan" && view.modes) return { modesCovered: view.modes.covered };
  if (view?.kind === "word2vec" && view.benchmark)
    return { [view.benchmark.metric]: view.benchmark.value };
  return undefined;
}
