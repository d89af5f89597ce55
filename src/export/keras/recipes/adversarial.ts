/**
 * Adversarial training (src/training/recipes/adversarial): supervised
 * training where each batch has a share `mix` of its samples replaced by
 * FGSM or PGD adversarial examples of the model as it is now.
 */
import type { TrainingSetup } from "../../../graph";
import { lossExpression, type SupervisedObjective, type TargetEncoding } from "../compileSetup";
import { pyFloat, pyInt } from "../python";
import { compileModelLines, fitMain } from "./compileModel";
import { supervisedCompile } from "./supervised";
import type { RecipeCode } from "./types";

function attackLines(setup: TrainingSetup, loss: string): string[] {
  const gradient = (pad: string) => [
    `${pad}with tf.GradientTape() as tape:`,
    `${pad}    tape.watch(x)`,
    `${pad}    loss = ${loss}(y, self.classifier(x, training=False))`,
    `${pad}gradient = tape.gradient(loss, x)`,
  ];
  if (setup.adversarial.attack === "fgsm")
    return [
      "    def attack(self, x, y):",
      '        """FGSM (Goodfellow et al., 2015): one step of EPSILON along the sign of the gradient of',
      "        the loss with respect to the input, kept in the data's range.",
      '        """',
      ...gradient("        "),
      "        x = tf.clip_by_value(x + EPSILON * tf.sign(gradient), self.low, self.high)",
      "        return tf.stop_gradient(x)",
    ];
  return [
    "    def attack(self, x, y):",
    '        """PGD (Madry et al., 2018): from a random start in the EPSILON-ball, PGD_STEPS steps of',
    "        STEP_SIZE along the gradient's sign, each projected back into the ball and the data's range.",
    '        """',
    "        original = x",
    "        x = x + tf.random.uniform(tf.shape(x), -EPSILON, EPSILON)",
    "        x = tf.clip_by_value(x, self.low, self.high)",
    "        for _ in range(PGD_STEPS):",
    ...gradient("            "),
    "            x = x + STEP_SIZE * tf.sign(gradient)",
    "            x = tf.clip_by_value(x, original - EPSILON, original + EPSILON)",
    "            x = tf.clip_by_value(x, self.low, self.high)",
    "        return tf.stop_gradient(x)",
  ];
}

function trainerClass(setup: TrainingSetup, lossExpressionText: string): string[] {
  return [
    "class AdversarialTraining(keras.Model):",
    '    """Trains `classifier` on batches whose first MIX share is replaced by adversarial examples.',
    "",
    "    Neurograph attacks the logits behind a final softmax where it can; this attacks the loss of",
    "    the model's output, whose gradient vanishes where the softmax saturates.",
    '    """',
    "",
    "    def __init__(self, classifier, low, high, **kwargs):",
    "        super().__init__(**kwargs)",
    "        self.classifier = classifier",
    "        self.low, self.high = low, high",
    `        self.attack_loss = ${lossExpressionText}`,
    "",
    "    def call(self, inputs, training=None):",
    "        return self.classifier(inputs, training=training)",
    "",
    ...attackLines(setup, "self.attack_loss"),
    "",
    "    def train_step(self, data):",
    "        x, y = data",
    "        count = tf.cast(tf.round(MIX * tf.cast(tf.shape(x)[0], tf.float32)), tf.int32)",
    "        adversarial = self.attack(x[:count], y[:count])",
    "        return super().train_step((tf.concat([adversarial, x[count:]], axis=0), y))",
  ];
}

export function adversarialRecipe(
  setup: TrainingSetup,
  objective: SupervisedObjective,
  encoding: TargetEncoding,
): RecipeCode {
  const loss = lossExpression(objective.loss, encoding);
  const options = setup.adversarial;
  const constants: [string, string][] = [
    ["MIX", pyFloat(options.mix)],
    ["EPSILON", pyFloat(options.epsilon)],
  ];
  if (options.attack === "pgd")
    constants.push(["PGD_STEPS", pyInt(options.steps)], ["STEP_SIZE", pyFloat(options.stepSize)]);
  return {
    definitions: [
      trainerClass(setup, loss.expression),
      compileModelLines(setup.optimizer, supervisedCompile([{ name: "", objective, encoding }])),
    ],
    runtime: ["sampleHelpers", "splitValidation", "resolveBatchSize", "makeDataset"],
    main: fitMain("trainer", [
      "        # Attacks stay within the range of the training features (pixels: [0, 1]).",
      "        low, high = float(train[0].min()), float(train[0].max())",
      "        trainer = AdversarialTraining(model, low, high)",
    ]),
    imports: [],
    constants,
  };
}
