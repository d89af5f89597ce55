/**
 * The recipe panels and the form's recipe fields rendered to HTML (React's
 * server renderer: no DOM needed), to check what the e2e page objects rely
 * on — the data-testids, the labels, both languages — for each kind of view.
 */
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { chainDocument } from "../../../testing/documents";
import type { RecipeView } from "../../../training/recipeViews";
import { useLocaleStore } from "../../i18n/locale";
import { useEditorStore } from "../../store/editorStore";
import { ViewTabs } from "../panel/ViewTabs";
import { RecipeFields } from "../setup/RecipeFields";
import { currentSetup } from "../setup/useSetup";
import { beginRun, useTrainingStore } from "../trainingStore";
import { LabView } from "./LabView";
import { useLabStore } from "./labStore";

const digits = (count: number) => ({
  count,
  shape: [28, 28, 1],
  values: new Float32Array(count * 784),
});

function showView(view: RecipeView, recipe: "gan" | "cgan" | "vae" | "word2vec") {
  useTrainingStore.setState({
    recipeView: view,
    recipeViewStep: 40,
    info: {
      backend: "cpu",
      fallback: null,
      backendReason: null,
      trainCount: 100,
      validationCount: 20,
      batchSize: 10,
      parameterCount: 1,
      resumed: false,
      classNames: ["zero", "one"],
      recipe,
      series: [],
    },
  });
}

/**
 * React's server renderer reads each store's server snapshot, which zustand
 * takes from the store's initial state object; so after arranging a test's
 * state the usual way, it is copied there too (and the originals restored
 * after each test).
 */
const STORES = [useTrainingStore, useLabStore, useLocaleStore, useEditorStore] as const;
const ORIGINAL = STORES.map((store) => ({ ...store.getInitialState() }));

function render(element: ReactElement): string {
  for (const store of STORES) Object.assign(store.getInitialState(), store.getState());
  return renderToStaticMarkup(element);
}

const testIds = (html: string) =>
  [...html.matchAll(/data-testid="([^"]+)"/g)].map((m) => m[1] ?? "");

afterEach(() => {
  STORES.forEach((store, i) => {
    Object.assign(store.getInitialState(), ORIGINAL[i]);
  });
});

describe("recipe panels", () => {
  beforeEach(() => {
    beginRun("r", "g", "print");
    useLocaleStore.setState({ locale: "en" });
  });
  afterEach(() => useLocaleStore.setState({ locale: "en" }));

  it("GAN: the sample grid and the step it shows; one row per class for a conditional GAN", () => {
    showView({ kind: "gan", recipe: "gan", samples: digits(16) }, "gan");
    const html = render(<LabView lab="gan" />);
    expect(testIds(html)).toEqual(
      expect.arrayContaining(["recipe-view-step", "gan-panel", "gan-samples"]),
    );
    expect(html).toContain("at step 40");
    showView(
      {
        kind: "gan",
        recipe: "cgan",
        samples: digits(4),
        sampleLabels: new Int32Array([0, 0, 1, 1]),
      },
      "cgan",
    );
    const rows = render(<LabView lab="gan" />);
    expect(testIds(rows).filter((id) => id === "gan-class-row")).toHaveLength(2);
    expect(rows).toContain("one");
  });

  it("GAN on 2-D data: the scatter over D(x) and the modes covered", () => {
    showView(
      {
        kind: "gan",
        recipe: "gan",
        samples: { count: 2, shape: [2], values: new Float32Array([0, 1, 1, 0]) },
        real: new Float32Array([0, 0, 1, 1]),
        discriminator: {
          xMin: 0,
          xMax: 1,
          yMin: 0,
          yMax: 1,
          resolution: 2,
          values: new Float32Array(4),
        },
        modes: { covered: 6, total: 8 },
      },
      "gan",
    );
    const html = render(<LabView lab="gan" />);
    expect(testIds(html)).toEqual(expect.arrayContaining(["gan-scatter", "gan-modes"]));
    expect(html).toContain("Modes covered: 6 / 8");
  });

  it("VAE: reconstructions, the latent scatter with decode fields, random samples", () => {
    showView(
      {
        kind: "autoencoder",
        variational: true,
        originals: digits(8),
        reconstructions: digits(8),
        latent: { dims: 2, points: new Float32Array([0, 0, 1, 1]), labels: new Int32Array([0, 1]) },
        randomSamples: digits(16),
      },
      "vae",
    );
    const html = render(<LabView lab="autoencoder" />);
    expect(testIds(html)).toEqual(
      expect.arrayContaining([
        "ae-originals",
        "ae-reconstructions",
        "latent-scatter",
        "latent-z1",
        "latent-z2",
        "latent-decode",
        "ae-random-samples",
        "ae-contrast",
      ]),
    );
  });

  it("word2vec: word box, analogy, projection and export; answers as similarity bars", () => {
    showView(
      {
        kind: "word2vec",
        vocabularySize: 93,
        pairsPerEpoch: 1000,
        projection: { words: ["king", "queen"], points: new Float32Array([0, 0, 1, 1]) },
        watched: [{ word: "king", neighbours: [{ word: "queen", similarity: 0.9 }] }],
        benchmark: { metric: "relatedInTop10", value: 34 / 48, found: 34, asked: 48, within: 10 },
      },
      "word2vec",
    );
    useLabStore.setState({
      neighbours: {
        kind: "neighbours",
        word: "man",
        neighbours: [{ word: "woman", similarity: 0.8 }],
      },
    });
    const html = render(<LabView lab="word2vec" />);
    expect(testIds(html)).toEqual(
      expect.arrayContaining([
        "w2v-stats",
        "w2v-word",
        "w2v-find",
        "w2v-watch",
        "w2v-neighbours",
        "w2v-analogy-a",
        "w2v-analogy-b",
        "w2v-analogy-c",
        "w2v-analogy-solve",
        "w2v-projection",
        "w2v-watched",
        "w2v-export",
      ]),
    );
    expect(html).toContain('data-word="woman"');
    // The corpus's known pairs, scored on the vectors.
    expect(html).toContain("34 of 48 words have their partner among the 10 nearest (71 %)");
  });

  it("adversarial, sequence and attention labs show their controls, and errors in the chosen language", () => {
    useLabStore.setState({ errors: { adversarial: { en: "No model", zh: "没有模型" } } });
    useLocaleStore.setState({ locale: "zh" });
    const adversarial = render(<LabView lab="adversarial" />);
    expect(testIds(adversarial)).toEqual(
      expect.arrayContaining([
        "adversarial-error",
        "adv-prev",
        "adv-index",
        "adv-next",
        "adv-attack",
        "adv-epsilon",
        "adv-run",
        "adv-robustness",
      ]),
    );
    expect(adversarial).toContain("没有模型");
    expect(adversarial).toContain("攻击这个样本");
    expect(testIds(render(<LabView lab="sequence" />))).toContain("seq-measure");
    expect(testIds(render(<LabView lab="attention" />))).toEqual(
      expect.arrayContaining(["attn-index", "attn-refresh"]),
    );
  });
});

describe("the training panel with a recipe", () => {
  it("adds the recipe's tab beside Curves, Layers and Evaluate", () => {
    beginRun("r", "g", "print");
    showView({ kind: "gan", recipe: "gan", samples: digits(4) }, "gan");
    const html = render(<ViewTabs />);
    expect(testIds(html).filter((id) => id.startsWith("view-tab-"))).toEqual([
      "view-tab-curves",
      "view-tab-live",
      "view-tab-evaluate",
      "view-tab-gan",
    ]);
  });

  it("the form offers every recipe with its explanation and shows the chosen one's options", () => {
    useEditorStore.getState().replaceDocument({
      ...chainDocument([2], [["dense", { units: 1 }]]),
      training: { recipe: "wgan", wgan: { constraint: "clip" } },
    });
    const html = render(<RecipeFields setup={currentSetup()} />);
    expect(testIds(html)).toEqual(
      expect.arrayContaining([
        "recipe-select",
        "recipe-explanation",
        "wgan.criticSteps",
        "wgan.constraint",
        "wgan.clipValue",
      ]),
    );
    expect(testIds(html)).not.toContain("wgan.penaltyWeight");
    expect(html.match(/<option /g)).toHaveLength(8 + 2);
    expect(html).toContain("Lipschitz");
  });
});
