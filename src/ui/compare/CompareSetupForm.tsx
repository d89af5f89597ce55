/** The shared training setup (taken from the first graph), the comparison's own fields, and Train all / Stop. */

import type { Locale } from "../../graph";
import { datasetOption, datasetSpec } from "../../graph/training/datasets";
import { useText } from "../i18n/catalog";
import { useLocale } from "../i18n/locale";
import { format } from "../i18n/messages";
import { concurrencyFor } from "./compareRuns";
import { type SharedTraining, sharedTraining } from "./compareSetup";
import { MIN_COMPARED, useCompareStore } from "./compareStore";
import { compareText } from "./compareText";

/** "MNIST digits (Training images 2000)": the dataset and the options the first graph sets. */
function datasetText(dataset: SharedTraining["dataset"], locale: Locale): string {
  const name = datasetSpec(dataset.id)?.name[locale] ?? dataset.id;
  const options = Object.entries(dataset.options).flatMap(([key, value]) =>
    typeof value === "number" || typeof value === "string" || typeof value === "boolean"
      ? [`${datasetOption(dataset.id, key)?.label[locale] ?? key} ${String(value)}`]
      : [],
  );
  return options.length > 0 ? `${name} (${options.join(", ")})` : name;
}

interface Props {
  readonly running: boolean;
  readonly onTrain: () => void;
  readonly onStop: () => void;
}

export function CompareSetupForm({ running, onTrain, onStop }: Props) {
  const text = useText(compareText);
  const locale = useLocale();
  const entries = useCompareStore((s) => s.entries);
  const epochs = useCompareStore((s) => s.epochs);
  const target = useCompareStore((s) => s.target);
  const setEpochs = useCompareStore((s) => s.setEpochs);
  const setTarget = useCompareStore((s) => s.setTarget);
  const first = entries[0];
  const shared = first ? sharedTraining(first.document, epochs) : null;
  const concurrent = concurrencyFor(globalThis.navigator?.hardwareConcurrency) > 1;
  return (
    <section className="compare-section" aria-labelledby="compare-setup">
      <h3 id="compare-setup">{text.setup}</h3>
      {first && shared ? (
        <p className="compare-shared" data-testid="compare-shared">
          {format(text.sharedFrom, {
            name: first.label,
            dataset: datasetText(shared.dataset, locale),
            seed: shared.seed,
            split: shared.validationSplit,
            batch: shared.batchSize === "full" ? text.fullBatch : shared.batchSize,
            epochs: shared.epochs,
          })}
        </p>
      ) : null}
      <div className="compare-fields">
        <label className="compare-field">
          <span>{text.epochs}</span>
          <input
            type="number"
            min={1}
            max={1000}
            step={1}
            value={epochs ?? shared?.epochs ?? ""}
            disabled={running}
            title={text.epochsHelp}
            onChange={(e) => {
              const value = Math.round(Number(e.target.value));
              setEpochs(Number.isFinite(value) && value >= 1 ? Math.min(value, 1000) : null);
            }}
          />
        </label>
        <label className="compare-field">
          <span>{text.target}</span>
          <input
            type="number"
            min={0}
            max={100}
            step={1}
            value={Math.round(target * 1000) / 10}
            title={text.targetHelp}
            onChange={(e) => {
              const value = Number(e.target.value);
              if (Number.isFinite(value) && value >= 0 && value <= 100) setTarget(value / 100);
            }}
          />
          <span className="muted">%</span>
        </label>
        <div className="compare-run-buttons">
          {running ? (
            <button type="button" className="button" onClick={onStop}>
              {text.stop}
            </button>
          ) : (
            <button
              type="button"
              className="button primary"
              disabled={entries.length < MIN_COMPARED}
              onClick={onTrain}
            >
              {text.train}
            </button>
          )}
        </div>
      </div>
      <p className="muted compare-note">
        {text.epochsHelp} {text.targetHelp} {concurrent ? text.concurrent : text.sequential}
      </p>
    </section>
  );
}
