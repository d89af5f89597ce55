/**
 * The one-to-many lab (Node, wasm): one start digit in, a counted sequence
 * out, through Dense → Reshape → LSTM(returnSequences) → Dense per step.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  lastValidationAccuracy,
  readPreset,
  setupOf,
  type TrainedLab,
  trainDocument,
  useBackend,
} from "./testing";

const PRESET = readPreset("one-to-many-count.json");

beforeAll(() => useBackend("wasm"));

describe("one-to-many: count on from a digit", () => {
  let lab: TrainedLab;
  beforeAll(async () => {
    lab = await trainDocument(PRESET, setupOf(PRESET));
  }, 60_000);
  afterAll(() => lab?.trainer.dispose());

  it("writes the whole sequence right from one input", () => {
    console.info(
      `countFrom: validation accuracy per epoch ${lab.epochs.map((e) => (100 * (e.valMetrics?.accuracy ?? 0)).toFixed(0)).join(" / ")} %, ${lab.seconds.toFixed(1)} s`,
    );
    expect(lastValidationAccuracy(lab.epochs)).toBe(1);
  });

  it("has no time-step gradient to show: its input is not a sequence", () => {
    expect(() => lab.trainer.query({ kind: "timeGradients", count: 8 })).toThrow(/sequence/);
  });
});
