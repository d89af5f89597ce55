import { describe, expect, it } from "vitest";
import { checkGoals, describeGoal, formatResult, goalSchema } from "./goals";
import { summarizeRun } from "./summarize";
import { CURRICULUM_TOPICS } from "./topics";

const epoch = (n: number, loss: number, valLoss: number, valAccuracy: number, seconds = 2) => ({
  epoch: n,
  loss,
  metrics: { accuracy: 1 - loss },
  valLoss,
  valMetrics: { accuracy: valAccuracy },
  seconds,
});

describe("summarizeRun", () => {
  const totals = { params: 1000, flops: 2000, weightBytes: 4000 };
  it("takes the best and final figures from the history", () => {
    const results = summarizeRun({
      epochs: [epoch(1, 0.5, 0.6, 0.8), epoch(2, 0.3, 0.4, 0.93), epoch(3, 0.2, 0.45, 0.91)],
      totals,
      trainCount: 500,
      target: 0.9,
    });
    expect(results).toMatchObject({
      params: 1000,
      flops: 2000,
      weightBytes: 4000,
      epochs: 3,
      bestValAccuracy: 0.93,
      finalValAccuracy: 0.91,
      bestValLoss: 0.4,
      finalValLoss: 0.45,
      finalLoss: 0.2,
      epochsToTarget: 2,
      secondsPerEpoch: 2,
      samplesPerSecond: 250,
    });
    expect(results.generalizationGap).toBeCloseTo(0.25);
  });
  it("leaves out what the run never measured", () => {
    const results = summarizeRun({
      epochs: [{ epoch: 1, loss: Number.NaN, metrics: {}, seconds: 0 }],
      totals: { params: 3, flops: null, weightBytes: 12 },
      trainCount: 10,
      target: 0.5,
    });
    expect(results).toEqual({ params: 3, weightBytes: 12, epochs: 1 });
  });
  it("counts the epochs trained before a resumed run, which numbers its own on from them", () => {
    const resumed = summarizeRun({
      epochs: [epoch(4, 0.3, 0.4, 0.93), epoch(5, 0.2, 0.45, 0.95)],
      totals,
      trainCount: 500,
      target: 0.94,
    });
    expect(resumed).toMatchObject({ epochs: 5, epochsToTarget: 5, secondsPerEpoch: 2 });
    expect(summarizeRun({ epochs: [], totals, trainCount: 0 }).epochs).toBe(0);
  });
  it("adds a recipe's own figures", () => {
    const results = summarizeRun({ epochs: [], totals, trainCount: 0, extra: { modesCovered: 7 } });
    expect(results.modesCovered).toBe(7);
  });
});

describe("goals", () => {
  it("are met, missed, or missed for want of a value", () => {
    const checks = checkGoals(
      [
        { metric: "bestValAccuracy", atLeast: 0.97 },
        { metric: "params", atMost: 50_000 },
        { metric: "modesCovered", atLeast: 6 },
        { metric: "finalValLoss", atLeast: 0.1, atMost: 0.2 },
      ],
      { bestValAccuracy: 0.975, params: 50_001, finalValLoss: Number.NaN },
    );
    expect(checks.map((c) => c.met)).toEqual([true, false, false, false]);
    expect(checks[2]!.actual).toBeUndefined();
  });
  it("read naturally in both languages", () => {
    expect(describeGoal({ metric: "bestValAccuracy", atLeast: 0.97 }, "en")).toBe(
      "Best validation accuracy ≥ 97 %",
    );
    expect(describeGoal({ metric: "params", atMost: 50_000 }, "en")).toBe("Parameters ≤ 50,000");
    expect(describeGoal({ metric: "params", atMost: 50_000 }, "zh")).toBe("参数量 ≤ 50,000");
    expect(formatResult("weightBytes", 2_097_152, "en")).toBe("2 MB");
  });
  it("are refused when they name an unknown figure or no bound", () => {
    expect(goalSchema.safeParse({ metric: "accuracy", atLeast: 1 }).success).toBe(false);
    expect(goalSchema.safeParse({ metric: "params" }).success).toBe(false);
    expect(goalSchema.safeParse({ metric: "__proto__", atLeast: 1 }).success).toBe(false);
    expect(goalSchema.safeParse({ metric: "params", atMost: 10 }).success).toBe(true);
  });
});

it("the curriculum has its 16 topics, each named in both languages", () => {
  expect(CURRICULUM_TOPICS).toHaveLength(16);
  for (const topic of CURRICULUM_TOPICS) expect(topic.en && topic.zh).toBeTruthy();
});
