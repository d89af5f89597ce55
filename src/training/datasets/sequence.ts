/**
 * Generated sequence datasets. Sine windows lie in [-1.5, 1.5]; the
 * first-symbol sequences are one-hot (0 or 1).
 */
import { readNumber } from "../../graph/training/datasetOptions";
import {
  COUNT_LENGTH_OPTION,
  FIRST_SYMBOL_LENGTH_OPTION,
  FIRST_SYMBOL_SYMBOLS_OPTION,
  REVERSE_LENGTH_OPTION,
  SEQUENCE_SIZE_OPTION,
  SINE_STEPS_OPTION,
} from "../../graph/training/datasetSpecs/sequence";
import { datasetOption } from "../../graph/training/datasets";
import type { Random } from "./random";
import { allocateSplit, clip } from "./split";
import type { DatasetSplit } from "./types";

type Options = Readonly<Record<string, unknown>>;

/**
 * Each sample: a window of A·sin(ωt + φ) with noisy readings, and the next
 * clean value as the target. Frequency, phase and amplitude vary per sample,
 * so the model has to read them off the window rather than memorise one wave.
 */
export function generateSine(options: Options, random: Random): DatasetSplit {
  const count = readNumber(options, SEQUENCE_SIZE_OPTION);
  const steps = readNumber(options, SINE_STEPS_OPTION);
  const noise = readNumber(options, datasetOption("sine", "noise")!);
  const split = allocateSplit(count, steps);
  for (let i = 0; i < count; i++) {
    const omega = random.uniform(0.15, 0.6); // radians per step: 10 to 40 steps per period
    const phase = random.uniform(0, 2 * Math.PI);
    const amplitude = random.uniform(0.5, 1);
    for (let s = 0; s < steps; s++)
      split.features[i * steps + s] = clip(
        amplitude * Math.sin(omega * s + phase) + noise * random.normal(),
        1.5,
      );
    split.labels[i] = amplitude * Math.sin(omega * steps + phase);
  }
  return split;
}

/**
 * Each sample: a stretch of silence (all-zero steps) of random length, then
 * the first symbol, then random one-hot distractor symbols up to `length`;
 * the label is the first symbol. The random start matters: samples whose
 * symbol comes late give an LSTM a short path to learn its gates on, and it
 * then extends them to long spans; a simple RNN's gradient fades over the
 * long ones and it stays at chance. (With the symbol always at step 0, an
 * orthogonally initialised simple RNN learns the task too, and the point of
 * the dataset is lost — measured with tfjs 4.22, see docs/datasets.md.)
 */
export function generateFirstSymbol(options: Options, random: Random): DatasetSplit {
  const count = readNumber(options, SEQUENCE_SIZE_OPTION);
  const length = readNumber(options, FIRST_SYMBOL_LENGTH_OPTION);
  const symbols = readNumber(options, FIRST_SYMBOL_SYMBOLS_OPTION);
  const split = allocateSplit(count, length * symbols);
  for (let i = 0; i < count; i++) {
    const first = i % symbols; // balanced classes
    const start = random.int(length - 1); // at least one step after it
    for (let s = start; s < length; s++) {
      const symbol = s === start ? first : random.int(symbols);
      split.features[(i * length + s) * symbols + symbol] = 1;
    }
    split.labels[i] = first;
  }
  return split;
}

/**
 * Each sample: `length` random digits as token ids 0–9, labelled with the
 * same digits reversed (one class per step). Every sequence has the same
 * length, so no id is kept for padding: token id d is digit d.
 */
export function generateReverseDigits(options: Options, random: Random): DatasetSplit {
  const count = readNumber(options, datasetOption("reverseDigits", "size")!);
  const length = readNumber(options, REVERSE_LENGTH_OPTION);
  const split = allocateSplit(count, length, length);
  for (let i = 0; i < count; i++) {
    for (let s = 0; s < length; s++) {
      const digit = random.int(10);
      split.features[i * length + s] = digit;
      split.labels[i * length + (length - 1 - s)] = digit;
    }
  }
  return split;
}

/**
 * Each sample: a random start digit, one-hot ([10]), labelled with start,
 * start + 1, … (mod 10) for `length` steps. There are only ten different
 * samples: the lesson is the one-to-many wiring, not generalisation.
 */
export function generateCountFrom(options: Options, random: Random): DatasetSplit {
  const count = readNumber(options, datasetOption("countFrom", "size")!);
  const length = readNumber(options, COUNT_LENGTH_OPTION);
  const split = allocateSplit(count, 10, length);
  for (let i = 0; i < count; i++) {
    const start = random.int(10);
    split.features[i * 10 + start] = 1;
    for (let s = 0; s < length; s++) split.labels[i * length + s] = (start + s) % 10;
  }
  return split;
}
