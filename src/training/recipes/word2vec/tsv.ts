/**
 * Word vectors as the two files the TensorFlow Embedding Projector
 * (projector.tensorflow.org, "Load") reads: vectors.tsv, one vector per line
 * with its components separated by tabs, and metadata.tsv, one word per line
 * in the same order. A single metadata column takes no header line. Each
 * line ends in a newline, as the TensorFlow tutorials write them.
 */

export interface EmbeddingTsv {
  readonly vectorsTsv: string;
  readonly metadataTsv: string;
}

/** Six significant digits: enough for a picture, a third of the size of full floats. */
function formatComponent(value: number): string {
  return String(Number(value.toPrecision(6)));
}

export function embeddingTsv(
  words: readonly string[],
  values: ArrayLike<number>,
  dims: number,
): EmbeddingTsv {
  const vectors: string[] = [];
  for (let r = 0; r < words.length; r++) {
    const parts: string[] = new Array(dims);
    for (let k = 0; k < dims; k++) parts[k] = formatComponent(values[r * dims + k]!);
    vectors.push(`${parts.join("\t")}\n`);
  }
  // Tabs or line breaks inside a word would shift the columns or the rows: make them spaces.
  const metadata = words.map((word) => `${word.replace(/[\t\r\n]/g, " ")}\n`);
  return { vectorsTsv: vectors.join(""), metadataTsv: metadata.join("") };
}
