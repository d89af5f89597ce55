/**
 * `neurograph train` runs every recipe through the real executable, as a user
 * runs it: epoch lines carry the recipe's own numbers, and a last line says
 * what the recipe learnt (modes covered, neighbours, accuracy under attack).
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = join(ROOT, "bin", "neurograph.mjs");

function train(
  argv: readonly string[],
): Promise<{ code: number; lines: Record<string, unknown>[] }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, "train", ...argv, "--json"],
      { cwd: ROOT, timeout: 240_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout) => {
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : -1;
        const lines = stdout
          .trim()
          .split("\n")
          .filter((line) => line.startsWith("{"))
          .map((line) => JSON.parse(line) as Record<string, unknown>);
        resolve({ code, lines });
      },
    );
  });
}

let folder = "";
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "neurograph-recipes-"));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** A preset with its training section changed, written to the temporary folder. */
async function variant(preset: string, training: Record<string, unknown>): Promise<string> {
  const document = JSON.parse(await readFile(join(ROOT, "presets", `${preset}.json`), "utf8"));
  const path = join(folder, `${preset}-variant.json`);
  await writeFile(
    path,
    JSON.stringify({ ...document, training: { ...document.training, ...training } }),
  );
  return path;
}

const report = (lines: readonly Record<string, unknown>[]) => lines.find((l) => "recipe" in l);
const epochs = (lines: readonly Record<string, unknown>[]) => lines.filter((l) => "epoch" in l);

describe("neurograph train with a recipe", () => {
  it("GAN: reports the generator's loss, D(real) and D(fake), and the ring's modes covered", async () => {
    const { code, lines } = await train(["presets/gan-ring.json", "--epochs", "4"]);
    expect(code).toBe(0);
    const last = epochs(lines).at(-1)!.metrics as Record<string, number>;
    expect(Object.keys(last)).toEqual(["generatorLoss", "dReal", "dFake"]);
    expect(report(lines)).toMatchObject({ recipe: "gan", modes: 8 });
    expect(lines.at(-1)).toMatchObject({ done: true, status: "finished", epochs: 4 });
  }, 240_000);

  it("WGAN: reports the critic's Wasserstein estimate and the gradient penalty", async () => {
    const { code, lines } = await train(["presets/wgan-ring.json", "--epochs", "2"]);
    expect(code).toBe(0);
    const last = epochs(lines).at(-1)!.metrics as Record<string, number>;
    expect(Object.keys(last)).toEqual(
      expect.arrayContaining(["generatorLoss", "wasserstein", "gradientPenalty"]),
    );
  }, 240_000);

  it("conditional GAN and plain autoencoder train from their presets", async () => {
    const cgan = await train(["presets/cgan-ring.json", "--epochs", "1"]);
    expect(cgan.code).toBe(0);
    expect(report(cgan.lines)).toMatchObject({ recipe: "cgan", modes: 8 });
    const path = await variant("autoencoder-mnist", {
      dataset: { id: "mnist", options: { size: 1000 } },
      epochs: 1,
    });
    const autoencoder = await train([path]);
    expect(autoencoder.code).toBe(0);
    expect(Object.keys(epochs(autoencoder.lines)[0]!.metrics as object)).toEqual([
      "reconstruction",
    ]);
  }, 240_000);

  it("word2vec: the planted partner is the nearest neighbour", async () => {
    const { code, lines } = await train(["presets/word2vec-planted.json"]);
    expect(code).toBe(0);
    const found = report(lines) as { neighbours: Record<string, string[]> };
    expect(found.neighbours.boat?.[0]).toBe("ship");
    expect(found.neighbours.doctor?.[0]).toBe("nurse");
  }, 240_000);

  it("VAE: the loss splits into reconstruction and KL", async () => {
    const path = await variant("vae-mnist", {
      dataset: { id: "mnist", options: { size: 2000 } },
      epochs: 1,
    });
    const { code, lines } = await train([path]);
    expect(code).toBe(0);
    const epoch = epochs(lines)[0]!;
    expect(Object.keys(epoch.metrics as object)).toEqual(
      expect.arrayContaining(["reconstruction", "kl"]),
    );
    expect(epoch.valLoss).toEqual(expect.any(Number));
  }, 240_000);

  it("adversarial training: prints the accuracy under attack beside the clean accuracy", async () => {
    const path = await variant("mnist-mlp", {
      recipe: "adversarial",
      dataset: { id: "mnist", options: { size: 2000 } },
      epochs: 1,
      adversarial: { attack: "fgsm", epsilon: 0.1, mix: 0.5 },
    });
    const { code, lines } = await train([path]);
    expect(code).toBe(0);
    const found = report(lines) as Record<string, number>;
    expect(found).toMatchObject({ recipe: "adversarial", attack: "fgsm", epsilon: 0.1 });
    expect(found.cleanAccuracy).toBeGreaterThan(0.5);
    expect(found.attackedAccuracy).toBeLessThan(found.cleanAccuracy!);
  }, 240_000);

  it("a graph that does not fit its recipe is refused with the recipe's diagnostic (exit 1)", async () => {
    const path = await variant("vae-mnist", { recipe: "gan" });
    const { code, lines } = await train([path]);
    expect(code).toBe(1);
    const codes = (lines[0]!.diagnostics as { code: string }[]).map((d) => d.code);
    expect(codes).toContain("NG701");
  }, 60_000);
});
