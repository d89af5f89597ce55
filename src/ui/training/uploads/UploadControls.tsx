/** The upload controls for the chosen upload dataset, and where its data is kept. */
import type { TrainingSetup } from "../../../graph/training/setup";
import { useText } from "../../i18n/catalog";
import { format } from "../../i18n/messages";
import { setupText } from "../setup/setupText";
import { useUploadStore } from "../uploads";
import { CsvUpload } from "./CsvUpload";
import { ImageUpload } from "./ImageUpload";

export function UploadControls({ setup }: { readonly setup: TrainingSetup }) {
  const text = useText(setupText);
  const storageError = useUploadStore((s) => s.storageError);
  return (
    <fieldset className="setup-group">
      <legend>{text.upload}</legend>
      {setup.dataset.id === "csv" ? <CsvUpload setup={setup} /> : <ImageUpload setup={setup} />}
      <p className="setup-note muted">
        {storageError ? format(text.storageFailed, { detail: storageError }) : text.keptPerGraph}
      </p>
    </fieldset>
  );
}
