import { describe, expect, it } from "vitest";
import { chartPlan } from "./curveGroups";

const series = (...keys: string[]) =>
  keys.map((key) => ({ key, label: { en: key.toUpperCase(), zh: key } }));

describe("which curves share a chart", () => {
  it("gives a supervised run one chart per curve, titled as before", () => {
    const plan = chartPlan(["loss", "accuracy", "custom"], "supervised", []);
    expect(plan.map((c) => c.id)).toEqual(["loss", "accuracy", "custom"]);
    expect(plan[0]!.title).toEqual({ key: "loss" });
    expect(plan[1]!.title).toEqual({ key: "accuracy" });
    expect(plan[2]!.title).toEqual({ raw: "custom" });
  });

  it("puts a GAN's two losses on one chart and D(real) beside D(fake) on another", () => {
    const plan = chartPlan(
      ["loss", "generatorLoss", "dReal", "dFake"],
      "gan",
      series("generatorLoss", "dReal", "dFake"),
    );
    expect(plan.map((c) => [c.id, c.members.map((m) => m.name)])).toEqual([
      ["losses", ["loss", "generatorLoss"]],
      ["verdicts", ["dReal", "dFake"]],
    ]);
    expect(plan[0]!.title).toEqual({ key: "ganLosses" });
    // The main loss is the discriminator's; the others carry the recipe's own labels.
    expect(plan[0]!.members[0]!.label).toEqual({ key: "discriminatorLoss" });
    expect(plan[0]!.members[1]!.label).toEqual({
      text: { en: "GENERATORLOSS", zh: "generatorLoss" },
    });
  });

  it("names a WGAN's charts after its critic, and keeps other numbers on charts of their own", () => {
    const plan = chartPlan(
      ["loss", "generatorLoss", "wasserstein"],
      "wgan",
      series("generatorLoss", "wasserstein"),
    );
    expect(plan.map((c) => c.id)).toEqual(["losses", "wasserstein"]);
    expect(plan[0]!.title).toEqual({ key: "wganLosses" });
    expect(plan[0]!.members[0]!.label).toEqual({ key: "criticLoss" });
    expect(plan[1]!.title).toEqual({ text: { en: "WASSERSTEIN", zh: "wasserstein" } });
  });

  it("splits a VAE's loss into reconstruction and KL on one chart", () => {
    const plan = chartPlan(["loss", "reconstruction", "kl"], "vae", series("reconstruction", "kl"));
    expect(plan).toHaveLength(1);
    expect(plan[0]!.id).toBe("split");
    expect(plan[0]!.members.map((m) => m.name)).toEqual(["loss", "reconstruction", "kl"]);
    expect(plan[0]!.members[0]!.label).toEqual({ key: "totalLoss" });
  });
});
