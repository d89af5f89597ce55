/**
 * The expected outcomes of the curriculum's topics 10–12 (recurrent networks,
 * LSTM and GRU, attention), proven as a user would (outcomes.ts): the real
 * `neurograph` executable trains each preset with `--check`. Where a topic
 * compares presets (forward-only vs bidirectional, simple RNN vs LSTM and
 * GRU, one head vs two), the comparison is asserted too.
 */
import { describe, expect, it } from "vitest";
import type { RunResults } from "../../graph/results/metrics";
import { provenOutcome as outcome, TIMEOUT } from "./outcomes";

const accuracy = (r: RunResults) => r.bestValAccuracy ?? Number.NaN;

describe("10. recurrent networks", () => {
  it(
    "many-to-one: a stacked bidirectional LSTM reads the sentiment of a review",
    async () => {
      await outcome("stacked-bidirectional-lstm", 10);
    },
    TIMEOUT,
  );

  it(
    "many-to-many: a bidirectional LSTM tags every word",
    async () => {
      await outcome("bilstm-tagging", 10);
    },
    TIMEOUT,
  );

  it(
    "one-to-many: one digit in, a counted sequence out",
    async () => {
      await outcome("one-to-many-count", 10);
    },
    TIMEOUT,
  );

  it(
    "bidirectional: the blank is filled from both sides, the forward-only network guesses",
    async () => {
      const forward = await outcome("fill-blank-forward", 10);
      const both = await outcome("fill-blank-bidirectional", 10);
      // 11 of 12 steps are "—": accuracy at the blank is 1 − 12 · (1 − per-step accuracy).
      const atBlank = (r: RunResults) => 1 - 12 * (1 - accuracy(r));
      expect(atBlank(forward)).toBeLessThan(0.45);
      expect(atBlank(both)).toBeGreaterThan(0.9);
      expect(accuracy(both) - accuracy(forward)).toBeGreaterThan(0.04);
      expect(both.bestValLoss!).toBeLessThan(forward.bestValLoss! / 3);
    },
    2 * TIMEOUT,
  );
});

describe("11. simple RNN, LSTM and GRU on the long-range task", () => {
  it(
    "the LSTM and the GRU remember the first symbol, the simple RNN stays near chance",
    async () => {
      const rnn = await outcome("rnn-first-symbol", 11);
      const lstm = await outcome("lstm-first-symbol", 11);
      const gru = await outcome("gru-first-symbol", 11);
      expect(accuracy(lstm) - accuracy(rnn)).toBeGreaterThan(0.4);
      expect(accuracy(gru) - accuracy(rnn)).toBeGreaterThan(0.4);
    },
    3 * TIMEOUT,
  );
});

describe("12. self-attention and multi-head attention", () => {
  it(
    "one head and two heads both learn to reverse the digits, token by token",
    async () => {
      const one = await outcome("attention-single-head", 12);
      const two = await outcome("transformer-reverse-digits", 12);
      expect(one.params).toBe(two.params);
      expect(accuracy(two)).toBeGreaterThan(0.9);
      expect(accuracy(one)).toBeGreaterThan(0.9);
    },
    2 * TIMEOUT,
  );

  it(
    "a transformer encoder classifies the sentiment of a review",
    async () => {
      await outcome("transformer-classifier", 12);
    },
    TIMEOUT,
  );
});
