/**
 * Export of the word vectors for the TensorFlow Embedding Projector: both
 * TSV files download at once, and stay offered as links to fetch again.
 */
import { useEffect, useMemo } from "react";
import { downloadBlob } from "../../files/download";
import { useText } from "../../i18n/catalog";
import { format } from "../../i18n/messages";
import { useStructuralDocument } from "../../store/editorStore";
import { embeddingFileNames, metadataCount } from "./embeddingFiles";
import { exportEmbeddings } from "./labActions";
import { useBusy, useLabStore } from "./labStore";
import { wordText } from "./wordText";

const TSV = "text/tab-separated-values";

export function EmbeddingExport() {
  const text = useText(wordText);
  const name = useStructuralDocument().name;
  const embeddings = useLabStore((s) => s.embeddings);
  const busy = useBusy("exportEmbeddings");
  const files = embeddingFileNames(name);
  const urls = useMemo(
    () =>
      embeddings
        ? {
            vectors: URL.createObjectURL(new Blob([embeddings.vectorsTsv], { type: TSV })),
            metadata: URL.createObjectURL(new Blob([embeddings.metadataTsv], { type: TSV })),
          }
        : null,
    [embeddings],
  );
  useEffect(
    () => () => {
      if (urls) {
        URL.revokeObjectURL(urls.vectors);
        URL.revokeObjectURL(urls.metadata);
      }
    },
    [urls],
  );
  const run = async () => {
    const answer = await exportEmbeddings();
    if (!answer) return;
    downloadBlob(new Blob([answer.vectorsTsv], { type: TSV }), files.vectors);
    downloadBlob(new Blob([answer.metadataTsv], { type: TSV }), files.metadata);
  };
  return (
    <div className="lab-controls">
      <button
        type="button"
        className="button"
        title={text.exportHint}
        disabled={busy}
        data-testid="w2v-export"
        onClick={() => void run()}
      >
        {text.export}
      </button>
      {embeddings && urls ? (
        <span data-testid="w2v-exported">
          {format(text.exported, { count: metadataCount(embeddings.metadataTsv) })}{" "}
          <a href={urls.vectors} download={files.vectors} data-testid="w2v-download-vectors">
            {text.downloadVectors}
          </a>{" "}
          <a href={urls.metadata} download={files.metadata} data-testid="w2v-download-metadata">
            {text.downloadMetadata}
          </a>
        </span>
      ) : null}
      <p className="muted lab-hint">{text.exportHint}</p>
    </div>
  );
}
