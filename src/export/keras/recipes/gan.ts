/**
 * The GAN family (GAN, WGAN, conditional GAN) as a keras.Model whose
 * train_step is one iteration of src/training/recipes/gan: k discriminator
 * (critic) steps, each on m fresh real and m generated samples, then one
 * generator step; an epoch is ⌈n / (m·k)⌉ iterations. The generator and the
 * discriminator are cut out of the one graph, so they share its layers and
 * its trained weights.
 */
import type { GanParts, TrainingSetup } from "../../../graph";
import { optimizerCall } from "../compileSetup";
import { callLines, comment, kw, pyBool, pyFloat, pyInt, pyList, pyStr } from "../python";
import { discriminatorStep, GRADIENT_PENALTY, generatorLoss, MINUS_LOG } from "./ganSteps";
import type { RecipeCode } from "./types";

export interface GanShapes {
  readonly noise: readonly number[];
  /** One sample as the discriminator's data input takes it. */
  readonly data: readonly number[];
}

const LAYER = (names: ReadonlyMap<string, string>, id: string) =>
  `tensor(${pyStr(names.get(id)!)})`;

function networksFunction(parts: GanParts, names: ReadonlyMap<string, string>): string[] {
  const tensor = (id: string) => LAYER(names, id);
  const withLabel = (id: string) =>
    parts.label === undefined ? tensor(id) : pyList([tensor(id), tensor(parts.label)]);
  return [
    "def gan_networks(model):",
    '    """The generator and the discriminator, cut out of the one graph: they share its layers',
    "    (and weights), so saving or loading the graph's model saves or loads both.",
    '    """',
    "",
    "    def tensor(name):",
    "        return model.get_layer(name).output",
    "",
    ...callLines(
      "generator = ",
      "keras.Model",
      [withLabel(parts.generator.noise), tensor(parts.generator.output), kw("name", '"generator"')],
      "    ",
    ),
    ...callLines(
      "discriminator = ",
      "keras.Model",
      [
        withLabel(parts.discriminator.data),
        tensor(parts.discriminator.output),
        kw("name", '"discriminator"'),
      ],
      "    ",
    ),
    "    return generator, discriminator",
  ];
}

function ganClass(parts: GanParts, setup: TrainingSetup): string[] {
  const conditional = parts.label !== undefined;
  const wgan = parts.recipe === "wgan";
  const steps = wgan ? "CRITIC_STEPS" : "DISCRIMINATOR_STEPS";
  return [
    "class GAN(keras.Model):",
    `    """${wgan ? "WGAN (Arjovsky et al., 2017)" : conditional ? "Conditional GAN (Mirza & Osindero, 2014)" : "GAN (Goodfellow et al., 2014)"} as Neurograph trains it.`,
    "",
    `    Each batch holds k * m real samples (k = ${steps}, m = the batch size):`,
    `    k ${wgan ? "critic" : "discriminator"} steps, each on m of them and m generated samples, then one`,
    "    generator step.",
    '    """',
    "",
    "    def __init__(self, generator, discriminator, **kwargs):",
    "        super().__init__(**kwargs)",
    "        self.generator = generator",
    "        self.discriminator = discriminator",
    "",
    "    def compile(self, generator_optimizer, discriminator_optimizer):",
    "        super().compile()",
    "        self.generator_optimizer = generator_optimizer",
    "        self.discriminator_optimizer = discriminator_optimizer",
    "        # Each optimizer's slots now, in the strategy's scope, for its own network only.",
    "        generator_optimizer.build(self.generator.trainable_weights)",
    "        discriminator_optimizer.build(self.discriminator.trainable_weights)",
    "",
    "    def replicas(self):",
    "        # Gradients are summed over replicas: divide each replica's mean loss by their number.",
    "        return tf.cast(tf.distribute.get_strategy().num_replicas_in_sync, tf.float32)",
    "",
    "    def random_labels(self, count):",
    conditional
      ? "        classes = tf.random.uniform([count], 0, CLASSES, dtype=tf.int32)"
      : "        return None",
    ...(conditional ? ["        return tf.one_hot(classes, CLASSES)"] : []),
    "",
    "    def generate(self, count, labels, training=True):",
    "        noise = tf.random.normal(tf.concat([[count], NOISE_SHAPE], 0))",
    `        inputs = ${conditional ? "[noise, labels]" : "noise"}`,
    "        fake = self.generator(inputs, training=training)",
    "        return tf.reshape(fake, tf.concat([[count], DATA_SHAPE], 0))",
    "",
    "    def discriminate(self, samples, labels, training=True):",
    `        inputs = ${conditional ? "[samples, labels]" : "samples"}`,
    "        return self.discriminator(inputs, training=training)",
    "",
    ...discriminatorStep(parts.recipe, setup),
    ...(wgan && setup.wgan.constraint === "gradientPenalty" ? ["", ...GRADIENT_PENALTY] : []),
    "",
    "    def generator_step(self, count):",
    '        """One generator step on m generated samples."""',
    "        labels = self.random_labels(count)",
    "        with tf.GradientTape() as tape:",
    "            verdict = self.discriminate(self.generate(count, labels), labels)",
    ...generatorLoss(parts.recipe, setup.gan.nonSaturating),
    "        variables = self.generator.trainable_weights",
    "        gradients = tape.gradient(loss / self.replicas(), variables)",
    "        self.generator_optimizer.apply_gradients(zip(gradients, variables))",
    "        return loss",
    "",
    "    def train_step(self, data):",
    "        real = data[0]",
    ...(conditional ? ["        labels = data[1]"] : []),
    `        for step in range(${steps}):`,
    "            # Every k-th sample from `step` on: k disjoint sets of m real samples.",
    `            part = real[step::${steps}]`,
    conditional
      ? `            measures = self.discriminator_step(part, labels[step::${steps}])`
      : "            measures = self.discriminator_step(part, None)",
    "        generator_loss = self.generator_step(tf.shape(part)[0])",
    '        return {"generator_loss": generator_loss, **measures}',
  ];
}

export function ganRecipe(
  parts: GanParts,
  setup: TrainingSetup,
  layerNames: ReadonlyMap<string, string>,
  shapes: GanShapes,
  classes: number | undefined,
): RecipeCode {
  const wgan = parts.recipe === "wgan";
  const generator = optimizerCall(setup.optimizer);
  const discriminatorRate = wgan
    ? setup.optimizer.learningRate
    : setup.optimizer.learningRate * setup.gan.discriminatorLearningRateScale;
  const discriminator = optimizerCall(setup.optimizer, discriminatorRate);
  const constants: [string, string][] = [
    ["NOISE_SHAPE", pyList(shapes.noise.map(pyInt))],
    ["DATA_SHAPE", pyList(shapes.data.map(pyInt))],
  ];
  if (wgan) {
    constants.push(["CRITIC_STEPS", pyInt(setup.wgan.criticSteps)]);
    if (setup.wgan.constraint === "clip")
      constants.push(["CLIP_VALUE", pyFloat(setup.wgan.clipValue)]);
    else constants.push(["PENALTY_WEIGHT", pyFloat(setup.wgan.penaltyWeight)]);
  } else {
    constants.push(["DISCRIMINATOR_STEPS", pyInt(setup.gan.discriminatorSteps)]);
    constants.push(["OUTPUT_IS_PROBABILITY", pyBool(parts.discriminator.outputIsProbability)]);
  }
  if (classes !== undefined) constants.push(["CLASSES", pyInt(classes)]);
  const steps = wgan ? "CRITIC_STEPS" : "DISCRIMINATOR_STEPS";
  const rateNote = wgan
    ? []
    : comment(
        `The discriminator learns at ${pyFloat(setup.gan.discriminatorLearningRateScale)} times the generator's rate (gan.discriminatorLearningRateScale).`,
        "            ",
      );
  return {
    definitions: [
      networksFunction(parts, layerNames),
      ...(wgan ? [] : [MINUS_LOG]),
      ganClass(parts, setup),
    ],
    runtime: ["sampleHelpers", "resolveBatchSize", "makeRepeatedDataset"],
    main: [
      "    real = load_data(args)",
      "    count = count_samples(real)",
      "    batch_size = resolve_batch_size(args.batch_size, count)",
      "    with strategy.scope():",
      "        model = build_model()",
      "        if args.weights:",
      "            load_weights(model, args.weights)",
      "        gan = GAN(*gan_networks(model))",
      "        gan.compile(",
      ...callLines("generator_optimizer=", generator.callee, generator.args, "            ", ","),
      ...rateNote,
      ...callLines(
        "discriminator_optimizer=",
        discriminator.callee,
        discriminator.args,
        "            ",
        ",",
      ),
      "        )",
      "    model.summary()",
      `    # An epoch: one pass of the ${wgan ? "critic" : "discriminator"} over the real samples.`,
      `    steps_per_epoch = max(1, math.ceil(count / (batch_size * ${steps})))`,
      "    gan.fit(",
      `        make_repeated_dataset(real, batch_size * ${steps}, SEED),`,
      "        epochs=args.epochs,",
      "        steps_per_epoch=steps_per_epoch,",
      "    )",
      "    if args.save:",
      "        save_model(model, args.save)",
    ],
    imports: ["math"],
    constants,
  };
}
