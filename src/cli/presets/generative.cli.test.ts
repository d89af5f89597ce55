/**
 * The expected outcomes of the curriculum's topics 13–16 (autoencoders,
 * GANs, adversarial examples, word2vec), proven as a user would (outcomes.ts):
 * the real `neurograph` executable trains each preset with `--check`, and the
 * comparisons the lessons state (VAE against autoencoder, clean against
 * adversarial training) are asserted too.
 */
import { describe, expect, it } from "vitest";
import { provenOutcome as outcome, TIMEOUT } from "./outcomes";

describe("13. autoencoder and VAE", () => {
  it(
    "both learn to reconstruct digits; the VAE pays for its KL term with a higher loss",
    async () => {
      const plain = await outcome("autoencoder-mnist", 13);
      const vae = await outcome("vae-mnist", 13);
      expect(vae.bestValLoss!).toBeGreaterThan(plain.bestValLoss!);
    },
    2 * TIMEOUT,
  );
});

describe("14. GAN, WGAN and conditional GAN", () => {
  for (const preset of ["gan-ring", "wgan-ring", "cgan-ring", "gan-mnist"])
    it(
      `${preset} reaches its outcome`,
      async () => {
        await outcome(preset, 14);
      },
      TIMEOUT,
    );
});

describe("15. adversarial examples and adversarial training", () => {
  it(
    "FGSM breaks the clean classifier; adversarial training keeps it right far more often",
    async () => {
      const clean = await outcome("adversarial-mnist-clean", 15);
      const trained = await outcome("adversarial-mnist-trained", 15);
      expect(clean.attackedAccuracy!).toBeLessThan(clean.cleanAccuracy! - 0.4);
      expect(trained.attackedAccuracy! - clean.attackedAccuracy!).toBeGreaterThan(0.25);
    },
    2 * TIMEOUT,
  );
});

describe("16. word2vec: skip-gram and CBOW", () => {
  it(
    "both architectures rank the planted partners first",
    async () => {
      await outcome("word2vec-planted", 16);
      await outcome("word2vec-planted-cbow", 16);
    },
    2 * TIMEOUT,
  );

  it(
    "on the King James Bible, CBOW puts words the text pairs (gold and silver…) among each other's nearest",
    async () => {
      const results = await outcome("word2vec-kjv", 16);
      // 48 questions (24 pairs both ways), each answered by chance with odds 10 / 4,999.
      expect(results.relatedInTop10!).toBeGreaterThan(0.55);
      expect(results.params).toBe(250_000);
    },
    TIMEOUT,
  );
});
