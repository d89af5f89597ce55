/** The dataset, grouped by family, with its description, provenance and options. */
import { useId } from "react";
import type { DatasetFamily } from "../../../graph/training/datasetSpec";
import { DATASET_SPECS, datasetSpec } from "../../../graph/training/datasets";
import type { DatasetRef, TrainingSetup } from "../../../graph/training/setup";
import { useI18n, useText } from "../../i18n/catalog";
import { useEditorStore } from "../../store/editorStore";
import { DatasetOptionFields } from "./DatasetOptionFields";
import { chooseDataset } from "./setupPaths";
import { setupText } from "./setupText";

const FAMILIES: readonly DatasetFamily[] = [
  "toy2d",
  "sequence",
  "text",
  "corpus",
  "image",
  "upload",
];

const FAMILY_KEY = {
  toy2d: "familyToy2d",
  sequence: "familySequence",
  text: "familyText",
  corpus: "familyCorpus",
  image: "familyImage",
  upload: "familyUpload",
} as const;

export function DatasetPicker({ setup }: { readonly setup: TrainingSetup }) {
  const text = useText(setupText);
  const i18n = useI18n();
  const id = useId();
  const dataset: DatasetRef = setup.dataset;
  const spec = datasetSpec(dataset.id);
  const choose = (next: string) =>
    useEditorStore.getState().edit((d) => chooseDataset(d, setup, next));
  return (
    <fieldset className="setup-group">
      <legend>{text.dataset}</legend>
      <div className="setup-field">
        <label htmlFor={id} className="setup-label">
          {text.dataset}
        </label>
        <select
          id={id}
          className="select"
          value={spec ? dataset.id : ""}
          onChange={(event) => choose(event.target.value)}
        >
          {spec ? null : (
            <option value="" disabled>
              {dataset.id}
            </option>
          )}
          {FAMILIES.map((family) => {
            const members = DATASET_SPECS.filter((s) => s.family === family);
            if (members.length === 0) return null;
            return (
              <optgroup key={family} label={text[FAMILY_KEY[family]]}>
                {members.map((s) => (
                  <option key={s.id} value={s.id}>
                    {i18n(s.name)}
                  </option>
                ))}
              </optgroup>
            );
          })}
        </select>
      </div>
      {spec ? <p className="setup-note">{i18n(spec.description)}</p> : null}
      {spec?.source ? <p className="setup-note muted">{i18n(spec.source)}</p> : null}
      {spec ? <DatasetOptionFields spec={spec} options={dataset.options} /> : null}
    </fieldset>
  );
}
