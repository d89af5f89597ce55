/** File names for the Embedding Projector export: "<graph>-vectors.tsv" and "<graph>-metadata.tsv". */
import { downloadName } from "../../files/fileName";

export function embeddingFileNames(graphName: string): { vectors: string; metadata: string } {
  // downloadName makes the graph's name safe on every operating system; only its extension differs.
  const base = downloadName(graphName, "json").replace(/\.json$/, "");
  return { vectors: `${base}-vectors.tsv`, metadata: `${base}-metadata.tsv` };
}

/** Words in a metadata.tsv (one per line, no header when there is one column). */
export function metadataCount(metadataTsv: string): number {
  return metadataTsv.split("\n").filter((line) => line.length > 0).length;
}
