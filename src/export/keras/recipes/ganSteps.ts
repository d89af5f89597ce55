/**
 * The steps of the GAN family's train_step as Python text: the discriminator
 * (critic) step with its loss, WGAN-GP's gradient penalty, the generator's loss.
 */
import type { GanParts, TrainingSetup } from "../../../graph";

export const MINUS_LOG = [
  "def minus_log(verdict, real):",
  '    """-log D for samples labelled real, -log(1 - D) for fake ones: on a probability clipped',
  "    away from 0 and 1, on a logit exactly through softplus.",
  '    """',
  "    if OUTPUT_IS_PROBABILITY:",
  "        p = tf.clip_by_value(verdict, 1e-7, 1.0 - 1e-7)",
  "        return -tf.math.log(p if real else 1.0 - p)",
  "    return tf.math.softplus(-verdict if real else verdict)",
];

export function discriminatorStep(recipe: GanParts["recipe"], setup: TrainingSetup): string[] {
  const wgan = recipe === "wgan";
  const penalty = wgan && setup.wgan.constraint === "gradientPenalty";
  const lines = [
    "    def discriminator_step(self, real, labels):",
    `        """One ${wgan ? "critic" : "discriminator"} step on m real and m generated samples."""`,
    "        count = tf.shape(real)[0]",
    "        fake_labels = self.random_labels(count)",
    "        # Made outside the tape: to the discriminator G(z) is data, and no gradient reaches G.",
    "        fake = self.generate(count, fake_labels)",
    "        with tf.GradientTape() as tape:",
    "            on_real = self.discriminate(real, labels)",
    "            on_fake = self.discriminate(fake, fake_labels)",
  ];
  if (wgan) {
    lines.push("            loss = tf.reduce_mean(on_fake) - tf.reduce_mean(on_real)");
    lines.push(
      penalty
        ? "            penalty = self.gradient_penalty(real, fake, labels)"
        : "            penalty = tf.constant(0.0)",
      "            total = loss + penalty",
    );
  } else
    lines.push(
      "            total = tf.reduce_mean(minus_log(on_real, True)) + tf.reduce_mean(",
      "                minus_log(on_fake, False)",
      "            )",
    );
  lines.push(
    "        variables = self.discriminator.trainable_weights",
    "        gradients = tape.gradient(total / self.replicas(), variables)",
    "        self.discriminator_optimizer.apply_gradients(zip(gradients, variables))",
  );
  if (wgan && setup.wgan.constraint === "clip")
    lines.push(
      "        # Weight clipping (Arjovsky et al.): every critic weight back into [-c, c].",
      "        for variable in variables:",
      "            variable.assign(tf.clip_by_value(variable, -CLIP_VALUE, CLIP_VALUE))",
    );
  lines.push(
    wgan
      ? '        return {"wasserstein": -loss, "gradient_penalty": penalty}'
      : "        probability = tf.identity if OUTPUT_IS_PROBABILITY else tf.sigmoid",
  );
  if (!wgan)
    lines.push(
      "        return {",
      '            "d_real": tf.reduce_mean(probability(on_real)),',
      '            "d_fake": tf.reduce_mean(probability(on_fake)),',
      "        }",
    );
  return lines;
}

export const GRADIENT_PENALTY = [
  "    def gradient_penalty(self, real, fake, labels):",
  '        """WGAN-GP (Gulrajani et al., 2017): PENALTY_WEIGHT * mean((|grad D(x_hat)| - 1)^2) at',
  "        x_hat = eps * real + (1 - eps) * fake, eps ~ U[0, 1] per sample; the critic runs in",
  "        inference mode. (Neurograph computes the same penalty's gradient with a finite",
  "        difference, since tfjs cannot differentiate twice; TensorFlow can.)",
  '        """',
  "        shape = tf.concat([tf.shape(real)[:1], tf.ones([tf.rank(real) - 1], tf.int32)], 0)",
  "        epsilon = tf.random.uniform(shape)",
  "        mixed = fake + epsilon * (real - fake)",
  "        with tf.GradientTape() as tape:",
  "            tape.watch(mixed)",
  "            score = self.discriminate(mixed, labels, training=False)",
  "        gradient = tf.reshape(tape.gradient(score, mixed), [tf.shape(mixed)[0], -1])",
  "        norm = tf.sqrt(tf.reduce_sum(tf.square(gradient), axis=1) + 1e-12)",
  "        return PENALTY_WEIGHT * tf.reduce_mean(tf.square(norm - 1.0))",
];

export function generatorLoss(recipe: GanParts["recipe"], nonSaturating: boolean): string[] {
  if (recipe === "wgan") return ["            loss = -tf.reduce_mean(verdict)"];
  return nonSaturating
    ? [
        "            # Non-saturating: maximise log D(G(z)).",
        "            loss = tf.reduce_mean(minus_log(verdict, True))",
      ]
    : [
        "            # Saturating: minimise log(1 - D(G(z))).",
        "            loss = -tf.reduce_mean(minus_log(verdict, False))",
      ];
}
