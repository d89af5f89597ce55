import { beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_TRAINING_SETUP, type TrainingSetup } from "../../../graph/training/setup";
import type { RecipeAnswer } from "../../../training/recipeViews";
import { FakeWorker } from "../fakeWorker";
import { beginRun } from "../trainingStore";
import { trainingI18n } from "../trainingText";
import { TrainingWorkerClient } from "../workerClient";
import {
  attackSample,
  decodePoint,
  measureRobustness,
  measureTimeGradients,
  watchWord,
} from "./labActions";
import { useLabStore } from "./labStore";

/** The real client over a fake worker: questions go out as "recipeQuery", answers come back by id. */
function connect() {
  const worker = new FakeWorker();
  const client = new TrainingWorkerClient(
    { reply: () => {}, crashed: () => {} },
    () => worker as unknown as Worker,
  );
  const asker = client.query.bind(client);
  const answer = (answer: RecipeAnswer) =>
    worker.reply({ type: "recipeAnswer", requestId: worker.lastQuery().requestId, answer });
  const fail = (en: string) =>
    worker.reply({
      type: "error",
      requestId: worker.lastQuery().requestId,
      message: { en, zh: en },
    });
  return { worker, asker, answer, fail };
}

const image = (value: number) => ({
  count: 1,
  shape: [2, 2, 1],
  values: new Float32Array(4).fill(value),
});

const adversarialSetup: TrainingSetup = {
  ...DEFAULT_TRAINING_SETUP,
  recipe: "adversarial",
  adversarial: { ...DEFAULT_TRAINING_SETUP.adversarial, mix: 0.5 },
};

describe("recipe panels asking the worker", () => {
  beforeEach(() => {
    beginRun("run-1", "g", "print", false, DEFAULT_TRAINING_SETUP);
    useLabStore.setState({ robustness: [], timeGradients: [], watchedWords: [] });
  });

  it("keep the decoded point and its image, and say when a question is out", async () => {
    const { worker, asker, answer } = connect();
    const asked = decodePoint(0.5, -1, asker);
    expect(worker.lastQuery().question).toEqual({ kind: "decode", point: [0.5, -1] });
    expect(useLabStore.getState().busy.decode).toBe(1);
    answer({ kind: "decoded", sample: image(1) });
    await asked;
    expect(useLabStore.getState().decoded?.point).toEqual([0.5, -1]);
    expect(useLabStore.getState().busy.decode).toBe(0);
  });

  it("show an error beside its panel and keep the earlier answer", async () => {
    const { asker, answer, fail } = connect();
    const first = decodePoint(0, 0, asker);
    answer({ kind: "decoded", sample: image(1) });
    await first;
    const second = decodePoint(9, 9, asker);
    fail("The decoder could not run");
    await second;
    const state = useLabStore.getState();
    expect(state.errors.autoencoder).toEqual({
      en: "The decoder could not run",
      zh: "The decoder could not run",
    });
    expect(state.decoded?.point).toEqual([0, 0]);
    // The next question clears the error.
    const third = decodePoint(1, 1, asker);
    expect(useLabStore.getState().errors.autoencoder).toBeUndefined();
    answer({ kind: "decoded", sample: image(0) });
    await third;
  });

  it("turn an answer to another question into an error, not a crash", async () => {
    const { asker, answer } = connect();
    const asked = attackSample(
      { attack: "fgsm", index: 3, epsilon: 0.1, steps: 1, stepSize: 0.1 },
      asker,
    );
    answer({ kind: "watched" });
    await asked;
    expect(useLabStore.getState().errors.adversarial).toEqual(trainingI18n("unexpectedAnswer"));
    expect(useLabStore.getState().attack).toBeNull();
  });

  it("keep robustness curves across runs, labelled by how each run trained", async () => {
    const { asker, answer } = connect();
    const robustness = (accuracy: number[]): RecipeAnswer => ({
      kind: "robustness",
      attack: "fgsm",
      epsilons: [0, 0.1],
      accuracy,
      success: accuracy.map((a) => 1 - a),
      count: 200,
    });
    let asked: Promise<unknown> = measureRobustness(
      { attack: "fgsm", steps: 10, stepSize: 0.025 },
      asker,
    );
    answer(robustness([0.97, 0.12]));
    await asked;
    // An attack of this run…
    asked = attackSample(
      { attack: "fgsm", index: 0, epsilon: 0.1, steps: 1, stepSize: 0.1 },
      asker,
    );
    answer({
      kind: "attack",
      attack: "fgsm",
      epsilon: 0.1,
      label: 7,
      original: image(0),
      perturbation: image(0.1),
      adversarial: image(0.1),
      before: { label: 7, confidence: 0.99 },
      after: { label: 3, confidence: 0.8 },
      classNames: [],
    });
    await asked;
    expect(useLabStore.getState().attack?.index).toBe(0);
    // …is forgotten when the next run starts; the curves stay.
    beginRun("run-2", "g", "print", false, adversarialSetup);
    expect(useLabStore.getState().attack).toBeNull();
    asked = measureRobustness({ attack: "fgsm", steps: 10, stepSize: 0.025 }, asker);
    answer(robustness([0.96, 0.71]));
    await asked;
    const curves = useLabStore.getState().robustness;
    expect(curves.map((c) => [c.label.en, c.y[1]])).toEqual([
      ["clean training · FGSM", 0.12],
      ["adversarial training (mix 0.5) · FGSM", 0.71],
    ]);
    // Asking again in the same run replaces that run's curve.
    asked = measureRobustness({ attack: "fgsm", steps: 10, stepSize: 0.025 }, asker);
    answer(robustness([0.96, 0.75]));
    await asked;
    expect(useLabStore.getState().robustness.map((c) => c.y[1])).toEqual([0.12, 0.75]);
  });

  it("name gradient-per-time-step curves by the run's recurrent layers", async () => {
    const { worker, asker, answer } = connect();
    const asked = measureTimeGradients(asker);
    expect(worker.lastQuery().question).toMatchObject({ kind: "timeGradients" });
    answer({
      kind: "timeGradients",
      norms: new Float32Array([1e-6, 1e-3, 1]),
      layers: ["simpleRNN"],
    });
    await asked;
    const [curve] = useLabStore.getState().timeGradients;
    expect(curve?.label.en).toBe("SimpleRNN");
    expect(curve?.x).toEqual([1, 2, 3]);
    expect(curve?.y[2]).toBe(1);
  });

  it("watch more words as they are added", async () => {
    const { worker, asker, answer } = connect();
    let asked = watchWord("king", asker);
    answer({ kind: "watched" });
    await asked;
    asked = watchWord("queen", asker);
    expect(worker.lastQuery().question).toEqual({ kind: "watch", words: ["king", "queen"] });
    answer({ kind: "watched" });
    await asked;
    expect(useLabStore.getState().watchedWords).toEqual(["king", "queen"]);
  });
});
