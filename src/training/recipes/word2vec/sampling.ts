/**
 * The two sampling tricks of word2vec, as pure functions of the word counts:
 * subsampling of frequent words, and the unigram^0.75 table that negative
 * samples are drawn from.
 */

/**
 * The probability of keeping each occurrence of a word when subsampling with
 * threshold t: word2vec.c's formula, min(1, √(t/f) + t/f) with f the word's
 * share of the corpus. (The paper writes 1 − √(t/f) for the probability of
 * discarding; the code, which everyone uses, keeps a little more.) Words
 * rarer than t are always kept; t = 0 turns subsampling off.
 */
export function keepProbabilities(counts: ArrayLike<number>, threshold: number): Float64Array {
  const keep = new Float64Array(counts.length).fill(1);
  if (threshold <= 0) return keep;
  let total = 0;
  for (let i = 0; i < counts.length; i++) total += counts[i]!;
  for (let i = 0; i < counts.length; i++) {
    const ratio = (threshold * total) / counts[i]!; // t / f
    keep[i] = Math.min(1, Math.sqrt(ratio) + ratio);
  }
  return keep;
}

/** Entries of the negative-sampling table (word2vec.c uses 10⁸; 10⁶ resolves shares down to 10⁻⁶). */
export const UNIGRAM_TABLE_SIZE = 1_000_000;

/**
 * A table in which each word id fills a share of the entries proportional to
 * count^power (power 0.75: rare words are drawn more often than their
 * frequency, frequent ones less). A uniform index into it draws a negative.
 */
export function unigramTable(
  counts: ArrayLike<number>,
  size = UNIGRAM_TABLE_SIZE,
  power = 0.75,
): Int32Array {
  const words = counts.length;
  const table = new Int32Array(size);
  let total = 0;
  for (let i = 0; i < words; i++) total += counts[i]! ** power;
  let word = 0;
  let reach = counts[0]! ** power / total; // share of the table words 0…word fill
  for (let entry = 0; entry < size; entry++) {
    table[entry] = word;
    if ((entry + 1) / size > reach && word < words - 1) {
      word++;
      reach += counts[word]! ** power / total;
    }
  }
  return table;
}
