/**
 * The training examples word2vec makes from running text, one pass over the
 * corpus at a time, as word2vec.c makes them:
 *
 * - Subsampling: each occurrence of word w is kept with probability keep[w]
 *   (sampling.ts), drawn afresh on every pass, and the windows are taken in
 *   the thinned sentence, so they reach further past frequent words.
 * - Reduced window: for each centre word the window is drawn uniformly from
 *   1…window, which weights near context words more than far ones.
 * - Skip-gram: one example per (centre, context) pair. CBOW: one example per
 *   centre word, its context words as a bag (padded with −1 to 2·window).
 *
 * Unlike word2vec.c, which walks the text in order, a pass's examples are
 * shuffled before they are cut into minibatches (minibatch gradients of
 * neighbouring pairs would all pull on the same few words).
 */
import { type Random, shuffledIndices } from "../../datasets/random";

export type Word2vecModel = "skipGram" | "cbow";

export interface ExampleSource {
  readonly tokens: Int32Array;
  /** Sentence starts, then tokens.length. */
  readonly sentenceStarts: Int32Array;
  /** Ids at or above this are not trained (left out like rare words). */
  readonly vocabularySize: number;
  /** Keep probability per id (subsampling). */
  readonly keep: Float64Array;
  readonly window: number;
  readonly model: Word2vecModel;
}

export interface ExampleBatch {
  readonly size: number;
  /** The centre word of each example: the input of skip-gram, the target of CBOW. */
  readonly centres: Int32Array;
  /** Skip-gram: one context word per example (the target). CBOW: size × bagWidth context ids, −1 = none. */
  readonly contexts: Int32Array;
}

interface Pass {
  readonly count: number;
  readonly centres: Int32Array;
  readonly contexts: Int32Array;
  readonly order: Uint32Array;
}

/** An Int32Array that grows as values are pushed. */
class IntBuffer {
  private data = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/** Context ids per CBOW example (skip-gram: 1). */
export function bagWidth(model: Word2vecModel, window: number): number {
  return model === "cbow" ? 2 * window : 1;
}

/** One pass over the corpus: subsampled, windowed, shuffled examples. */
export function generatePass(source: ExampleSource, random: Random): Pass {
  const { tokens, sentenceStarts, vocabularySize, keep, window, model } = source;
  const width = bagWidth(model, window);
  const centres = new IntBuffer();
  const contexts = new IntBuffer();
  let longest = 0;
  for (let s = 0; s + 1 < sentenceStarts.length; s++)
    longest = Math.max(longest, sentenceStarts[s + 1]! - sentenceStarts[s]!);
  const kept = new Int32Array(longest);
  for (let s = 0; s + 1 < sentenceStarts.length; s++) {
    let length = 0;
    for (let t = sentenceStarts[s]!; t < sentenceStarts[s + 1]!; t++) {
      const id = tokens[t]!;
      if (id >= vocabularySize) continue;
      if (keep[id]! < 1 && random.next() >= keep[id]!) continue;
      kept[length++] = id;
    }
    for (let i = 0; i < length; i++) {
      const reach = window - random.int(window); // 1…window
      const from = Math.max(0, i - reach);
      const to = Math.min(length - 1, i + reach);
      if (to === from) continue; // a sentence of one word: no context
      if (model === "skipGram") {
        for (let j = from; j <= to; j++) {
          if (j === i) continue;
          centres.push(kept[i]!);
          contexts.push(kept[j]!);
        }
      } else {
        centres.push(kept[i]!);
        let filled = 0;
        for (let j = from; j <= to; j++)
          if (j !== i) {
            contexts.push(kept[j]!);
            filled++;
          }
        for (; filled < width; filled++) contexts.push(-1);
      }
    }
  }
  return {
    count: centres.length,
    centres: centres.toArray(),
    contexts: contexts.toArray(),
    order: shuffledIndices(centres.length, random),
  };
}

/**
 * Minibatches from an endless sequence of passes: when a pass runs out in
 * the middle of a batch, the next pass (freshly subsampled) fills the rest.
 */
export class ExampleStream {
  readonly bagWidth: number;
  /** Examples in the first pass: the size of an epoch (later passes differ by sampling noise). */
  readonly passSize: number;
  private pass: Pass;
  private cursor = 0;

  constructor(
    private readonly source: ExampleSource,
    private readonly random: Random,
  ) {
    this.bagWidth = bagWidth(source.model, source.window);
    this.pass = generatePass(source, random);
    this.passSize = this.pass.count;
  }

  next(batchSize: number): ExampleBatch {
    const width = this.bagWidth;
    const centres = new Int32Array(batchSize);
    const contexts = new Int32Array(batchSize * width);
    for (let b = 0; b < batchSize; b++) {
      if (this.cursor >= this.pass.count) this.nextPass();
      const example = this.pass.order[this.cursor++]!;
      centres[b] = this.pass.centres[example]!;
      contexts.set(this.pass.contexts.subarray(example * width, (example + 1) * width), b * width);
    }
    return { size: batchSize, centres, contexts };
  }

  private nextPass(): void {
    // Subsampling could, in principle, thin a tiny corpus to nothing: try a few times.
    for (let attempt = 0; attempt < 10; attempt++) {
      this.pass = generatePass(this.source, this.random);
      this.cursor = 0;
      if (this.pass.count > 0) return;
    }
    throw new Error("the corpus gives no training examples");
  }
}
