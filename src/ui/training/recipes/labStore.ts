/**
 * What the recipe panels asked and were answered: the decoded point, a
 * word's neighbours, an attack, attention maps (the current run's, cleared
 * when another run starts), and the curves kept across runs (robustness,
 * gradients per time step). Also the panels' inputs, so switching tabs loses
 * nothing. Errors are per panel and never clear an earlier answer.
 */
import { create } from "zustand";
import type { I18nText } from "../../../graph";
import type { RecipeAnswer, RecipeQuestion, SampleSet } from "../../../training/recipeViews";
import { useTrainingStore } from "../trainingStore";
import type { LabCurve, RobustnessCurve } from "./labCurves";
import type { LabId } from "./panels";

type Answer<K extends RecipeAnswer["kind"]> = Extract<RecipeAnswer, { kind: K }>;

export interface Decoded {
  readonly point: readonly [number, number];
  readonly sample: SampleSet;
}

export interface AttackInput {
  readonly index: number;
  readonly epsilon: number;
  readonly attack: "fgsm" | "pgd";
  readonly steps: number;
  readonly stepSize: number;
}

export interface LabState {
  /** Questions waiting for their answer, counted by kind. */
  readonly busy: Readonly<Partial<Record<RecipeQuestion["kind"], number>>>;
  readonly errors: Readonly<Partial<Record<LabId, I18nText>>>;
  readonly decoded: Decoded | null;
  readonly neighbours: Answer<"neighbours"> | null;
  readonly analogy: Answer<"analogy"> | null;
  readonly embeddings: Answer<"embeddings"> | null;
  /** The last attack, and the validation sample it attacked. */
  readonly attack: (Answer<"attack"> & { readonly index: number }) | null;
  readonly attention: Answer<"attention"> | null;
  readonly robustness: readonly RobustnessCurve[];
  readonly timeGradients: readonly LabCurve[];
  /** Inputs (null: not touched yet, the setup's values apply). */
  readonly attackInput: AttackInput | null;
  readonly attentionIndex: number;
  readonly word: string;
  readonly analogyWords: readonly [string, string, string];
  readonly watchedWords: readonly string[];
}

/** Per-run answers (pending questions stay counted: their answers still come). */
const RUN_ANSWERS = {
  errors: {},
  decoded: null,
  neighbours: null,
  analogy: null,
  embeddings: null,
  attack: null,
  attention: null,
} as const satisfies Partial<LabState>;

export const useLabStore = create<LabState>()(() => ({
  ...RUN_ANSWERS,
  busy: {},
  robustness: [],
  timeGradients: [],
  attackInput: null,
  attentionIndex: 0,
  word: "",
  analogyWords: ["", "", ""],
  watchedWords: [],
}));

/** Another run: its answers describe another model, so they go; curves and inputs stay. */
export function forgetRunAnswers(): void {
  useLabStore.setState({ ...RUN_ANSWERS, watchedWords: [] });
}

let lastRunId = useTrainingStore.getState().runId;
useTrainingStore.subscribe((state) => {
  if (state.runId === lastRunId) return;
  lastRunId = state.runId;
  forgetRunAnswers();
});

/** Whether a question of this kind is waiting for its answer. */
export function useBusy(kind: RecipeQuestion["kind"]): boolean {
  return useLabStore((s) => (s.busy[kind] ?? 0) > 0);
}
