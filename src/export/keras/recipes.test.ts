/**
 * Training setups beyond the presets: every recipe option, optimizer, loss,
 * dataset family and "full" batches produce modules that compile with
 * Debian's Python and say what Neurograph does.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  DATASET_SPECS,
  type GraphDocument,
  validateText,
  validateValue,
  withDefaultOptions,
} from "../../graph";
import { exportKeras } from "./exportKeras";
import { pyCompile } from "./testing/python";

function preset(file: string): GraphDocument {
  const url = new URL(`../../../presets/${file}`, import.meta.url);
  return validateText(readFileSync(url, "utf8")).document!;
}

function withTraining(document: GraphDocument, training: Record<string, unknown>): GraphDocument {
  return { ...document, training: { ...document.training, ...training } };
}

function moduleText(document: GraphDocument): string {
  const result = exportKeras(document);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  return (result.files.find((f) => f.path.endsWith(".py")) as { text: string }).text;
}

/** A small supervised graph that fits a dataset (validated: no errors). */
function graphFor(id: string, training: Record<string, unknown> = {}): GraphDocument {
  const spec = DATASET_SPECS.find((s) => s.id === id)!;
  const options = (training.dataset as { options?: Record<string, unknown> } | undefined)?.options;
  const shapes = spec.shapes({
    ...withDefaultOptions(spec, {}),
    ...options,
    task: training.task ?? "classification",
  })!;
  const classes = shapes.numClasses ?? 1;
  const nodes: Record<string, unknown>[] = [
    {
      id: "in",
      type: "input",
      params: {
        shape: [...shapes.inputShape],
        ...(shapes.integerFeatures ? { dtype: "int32" } : {}),
      },
    },
  ];
  const chain = (type: string, params: Record<string, unknown>) =>
    nodes.push({ id: `n${nodes.length}`, type, params });
  if (shapes.integerFeatures) chain("embedding", { inputDim: shapes.vocabularySize, outputDim: 4 });
  if (shapes.perStep && !shapes.integerFeatures) {
    chain("dense", { units: shapes.targetShape![0]! * 4 });
    chain("reshape", { targetShape: [shapes.targetShape![0]!, 4] });
  }
  if (!shapes.perStep && (shapes.inputShape.length > 1 || shapes.integerFeatures))
    chain("flatten", {});
  if (shapes.task === "regression") chain("dense", { units: shapes.targetShape?.[0] ?? 1 });
  else chain("dense", { units: classes, activation: "softmax" });
  const result = validateValue({
    format: "neurograph",
    version: 1,
    name: `${id} test`,
    nodes,
    edges: nodes.slice(1).map((n, i) => ({ id: `e${i}`, source: nodes[i]!.id, target: n.id })),
    training: {
      dataset: { id, options: options ?? {} },
      task: shapes.task,
      loss: shapes.task === "regression" ? "meanSquaredError" : "sparseCategoricalCrossentropy",
      ...training,
    },
  });
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) throw new Error(`${id}: ${errors.map((d) => d.message).join("\n")}`);
  return result.document!;
}

const UPLOAD_OPTIONS = {
  csv: { fileName: "iris.csv", labelColumn: "species", featureCount: 4, numClasses: 3 },
  imageFolder: { fileName: "pets.zip", width: 32, height: 24, color: "rgb", numClasses: 2 },
};

const VARIANTS: Readonly<Record<string, GraphDocument>> = {
  ...Object.fromEntries(
    DATASET_SPECS.filter((s) => s.family !== "corpus").map((s) => [
      `dataset ${s.id}`,
      graphFor(s.id, {
        dataset: { id: s.id, options: UPLOAD_OPTIONS[s.id as keyof typeof UPLOAD_OPTIONS] ?? {} },
      }),
    ]),
  ),
  "csv regression": graphFor("csv", {
    task: "regression",
    dataset: {
      id: "csv",
      options: { fileName: "houses.csv", labelColumn: "price", featureCount: 3 },
    },
  }),
  "sgd with momentum, full batches, MAE metric": graphFor("xor", {
    optimizer: { type: "sgd", learningRate: 0.5, momentum: 0.9 },
    batchSize: "full",
    metrics: ["accuracy", "meanAbsoluteError"],
  }),
  "rmsprop, categorical cross-entropy": graphFor("blobs", {
    optimizer: { type: "rmsprop", learningRate: 0.01 },
    loss: "categoricalCrossentropy",
  }),
  "adagrad, hinge": graphFor("spirals", { optimizer: { type: "adagrad" }, loss: "hinge" }),
  "adversarial FGSM": withTraining(preset("mnist-mlp.json"), { recipe: "adversarial" }),
  "adversarial PGD": withTraining(preset("lenet-5.json"), {
    recipe: "adversarial",
    dataset: { id: "fashionMnist", options: {} },
    adversarial: { attack: "pgd", steps: 5, stepSize: 0.01, epsilon: 0.05, mix: 1 },
  }),
  "saturating GAN, faster discriminator": withTraining(preset("gan-ring.json"), {
    gan: { nonSaturating: false, discriminatorSteps: 2, discriminatorLearningRateScale: 2 },
  }),
  "WGAN with weight clipping": withTraining(preset("wgan-ring.json"), {
    wgan: { constraint: "clip", clipValue: 0.02, criticSteps: 3 },
  }),
  "autoencoder on toy data (squared error)": withTraining(preset("autoencoder-mnist.json"), {
    dataset: { id: "shapes", options: {} },
    loss: "meanSquaredError",
  }),
  "beta-VAE": withTraining(preset("vae-mnist.json"), { vae: { klWeight: 4 } }),
};

describe("training setups", () => {
  const modules = new Map(Object.entries(VARIANTS).map(([name, doc]) => [name, moduleText(doc)]));

  it("all compile with /usr/bin/python3", () => {
    const compiled = pyCompile(
      new Map([...modules.values()].map((text, i) => [`variant_${i}.py`, text])),
    );
    expect(compiled.output).toBe("");
    expect(compiled.ok).toBe(true);
  });

  it("load uploads from --data, defaulting to the uploaded file's name", () => {
    const csv = modules.get("dataset csv")!;
    expect(csv).toContain(
      'load_csv(args.data or "iris.csv", label_column="species", task="classification")',
    );
    expect(csv).toContain('parser.add_argument("--data"');
    expect(modules.get("csv regression")).toContain('task="regression"');
    expect(modules.get("dataset imageFolder")).toContain(
      'load_image_folder(args.data or "pets", height=24, width=32, color="rgb")',
    );
  });

  it("carry the optimizer, the loss and the batch size", () => {
    const sgd = modules.get("sgd with momentum, full batches, MAE metric")!;
    expect(sgd).toContain("keras.optimizers.SGD(learning_rate=0.5, momentum=0.9)");
    expect(sgd).toContain('BATCH_SIZE = "full"');
    expect(sgd).toContain("keras.utils.to_categorical(y, 2)");
    expect(modules.get("rmsprop, categorical cross-entropy")).toContain(
      "keras.losses.CategoricalCrossentropy()",
    );
    expect(modules.get("adagrad, hinge")).toContain("keras.losses.Hinge()");
  });

  it("write the adversarial attacks", () => {
    const fgsm = modules.get("adversarial FGSM")!;
    expect(fgsm).toContain("class AdversarialTraining(keras.Model):");
    expect(fgsm).toContain("x + EPSILON * tf.sign(gradient)");
    expect(fgsm).toContain("MIX = 0.5");
    const pgd = modules.get("adversarial PGD")!;
    expect(pgd).toContain("for _ in range(PGD_STEPS):");
    expect(pgd).toContain("PGD_STEPS = 5");
    expect(pgd).toContain("load_fashion_mnist(size=10000)");
  });

  it("write the GAN options", () => {
    const gan = modules.get("saturating GAN, faster discriminator")!;
    expect(gan).toContain("DISCRIMINATOR_STEPS = 2");
    expect(gan).toContain("loss = -tf.reduce_mean(minus_log(verdict, False))");
    expect(gan).toContain("discriminator_optimizer=keras.optimizers.Adam(");
    expect(gan).toMatch(
      /discriminator_optimizer=keras\.optimizers\.Adam\(\s+learning_rate=0\.004,/,
    );
    const wgan = modules.get("WGAN with weight clipping")!;
    expect(wgan).toContain("variable.assign(tf.clip_by_value(variable, -CLIP_VALUE, CLIP_VALUE))");
    expect(wgan).toContain("CLIP_VALUE = 0.02");
    expect(wgan).not.toContain("def gradient_penalty");
  });

  it("reconstruct with the recipe's loss and weigh the KL by beta", () => {
    const autoencoder = modules.get("autoencoder on toy data (squared error)")!;
    expect(autoencoder).toContain("terms = tf.square(outputs - targets)");
    expect(autoencoder).toContain("load_shapes(size=2000, noise=0.1, seed=SEED)");
    expect(modules.get("beta-VAE")).toContain('Sampling(kl_weight=4.0, name="z")([mean, logVar])');
  });

  it("survive hostile names: the module still compiles and names every layer", () => {
    const hostile = validateValue({
      format: "neurograph",
      version: 1,
      name: 'Evil """ name\n# with \\ and \u2028 lines',
      nodes: [
        { id: "in", type: "input", params: { shape: [4] } },
        { id: "class", type: "dense", params: { units: 3 }, group: "g" },
        { id: 'x/y "q"', type: "dense", params: { units: 3 } },
        { id: "1", type: "add", params: {} },
        { id: "编码", type: "dense", params: { units: 2, activation: "softmax" } },
      ],
      edges: [
        { id: "a", source: "in", target: "class" },
        { id: "b", source: "in", target: 'x/y "q"' },
        { id: "c", source: "class", target: "1" },
        { id: "d", source: 'x/y "q"', target: "1" },
        { id: "e", source: "1", target: "编码" },
      ],
      groups: [{ id: "g", label: 'Block """\nnext' }],
    }).document!;
    const result = exportKeras(hostile, { moduleName: "../../etc/passwd" });
    if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
    expect(result.files.map((f) => f.path)).toContain("etc_passwd.py");
    const text = (result.files[0] as { text: string }).text;
    for (const name of ["in", "class", "node_2", "1", "node_4"])
      expect(text).toContain(`name="${name}"`);
    const compiled = pyCompile(new Map([["hostile.py", text]]));
    expect(compiled.output).toBe("");
  });

  it("refuse supervised training of a graph with two inputs and a named dataset", () => {
    const document = withTraining(preset("gan-ring.json"), { recipe: "supervised" });
    const result = exportKeras(document);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics[0]).toMatchObject({
      code: "KX202",
      nodeIds: ["z", "x", "fake", "verdict"],
    });
  });

  it("refuse a graph with errors, passing on the graph's diagnostics", () => {
    const document = preset("mnist-mlp.json");
    const broken = { ...document, edges: document.edges.filter((e) => e.target !== "out") };
    const result = exportKeras(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics.map((d) => d.code)).toContain("NG205");
    expect(result.diagnostics.find((d) => d.code === "NG205")!.nodeIds).toEqual(["out"]);
  });

  it("refuse a layer kind Keras cannot express, naming the node", () => {
    const document = preset("mnist-mlp.json");
    const unknown = {
      ...document,
      nodes: document.nodes.map((n) => (n.id === "drop" ? { ...n, type: "quantumLayer" } : n)),
    };
    const result = exportKeras(unknown);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics.find((d) => d.code === "NG203")!.nodeIds).toEqual(["drop"]);
  });
});
