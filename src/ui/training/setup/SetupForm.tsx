/**
 * The training setup beside the panel. Every field writes the document's
 * `training` section through the editor store (undoable, autosaved, shared
 * with the graph); nothing here is held only in the form. In a lab, what the
 * lab locks (dataset, epochs, seed…) is read-only.
 */
import { BACKENDS, LOSSES, SETUP_RANGES, TASKS } from "../../../graph/training/setup";
import { useText } from "../../i18n/catalog";
import { format } from "../../i18n/messages";
import { LockedSetting } from "../../labs/LockedField";
import { useEditorStore } from "../../store/editorStore";
import { DatasetPreview } from "../preview/DatasetPreview";
import { UploadControls } from "../uploads/UploadControls";
import { BatchSizeField } from "./BatchSizeField";
import { DatasetPicker } from "./DatasetPicker";
import { MetricsField } from "./MetricsField";
import { OptimizerFields } from "./OptimizerFields";
import { RecipeFields } from "./RecipeFields";
import { SetupNumber } from "./SetupNumber";
import { SetupSelect } from "./SetupSelect";
import { chooseTask } from "./setupPaths";
import { setupText } from "./setupText";
import { useSetup, useSetupEditor, useSetupProblems } from "./useSetup";

export function SetupForm() {
  const text = useText(setupText);
  const setup = useSetup();
  const problems = useSetupProblems();
  const loss = useSetupEditor("loss");
  const backend = useSetupEditor("backend");
  const upload = setup.dataset.id === "csv" || setup.dataset.id === "imageFolder";
  return (
    <form className="setup-form" aria-label={text.form} onSubmit={(e) => e.preventDefault()}>
      {problems.length > 0 ? (
        <p className="setup-warning" role="status">
          {format(text.setupProblems, { fields: problems.map((p) => p.path).join(", ") })}
        </p>
      ) : null}
      <LockedSetting path="dataset">
        <DatasetPicker setup={setup} />
      </LockedSetting>
      {upload ? <UploadControls setup={setup} /> : null}
      <DatasetPreview setup={setup} />
      <LockedSetting path="recipe">
        <RecipeFields setup={setup} />
      </LockedSetting>
      <fieldset className="setup-group">
        <legend>{text.task}</legend>
        <SetupSelect
          label={text.task}
          value={setup.task}
          choices={TASKS.map((task) => ({ value: task, label: text[task] }))}
          onChange={(task) =>
            useEditorStore
              .getState()
              .edit((d) => chooseTask(d, setup, task as (typeof TASKS)[number]))
          }
        />
        <SetupSelect
          label={text.loss}
          value={setup.loss}
          choices={LOSSES.map((l) => ({ value: l, label: text[l] }))}
          onChange={(value) => loss.commit(value)}
        />
      </fieldset>
      <LockedSetting path="optimizer">
        <OptimizerFields optimizer={setup.optimizer} />
      </LockedSetting>
      <LockedSetting path="batchSize">
        <BatchSizeField batchSize={setup.batchSize} />
      </LockedSetting>
      <fieldset className="setup-group">
        <legend>{text.run}</legend>
        <LockedSetting path="epochs">
          <SetupNumber
            label={text.epochs}
            path="epochs"
            value={setup.epochs}
            rule={SETUP_RANGES.epochs}
          />
        </LockedSetting>
        <LockedSetting path="validationSplit">
          <SetupNumber
            label={text.validationSplit}
            path="validationSplit"
            value={setup.validationSplit}
            rule={SETUP_RANGES.validationSplit}
          />
        </LockedSetting>
        <LockedSetting path="seed">
          <SetupNumber label={text.seed} path="seed" value={setup.seed} rule={SETUP_RANGES.seed} />
        </LockedSetting>
        <SetupSelect
          label={text.backend}
          value={setup.backend}
          choices={BACKENDS.map((b) => ({ value: b, label: text[b] }))}
          onChange={(value) => backend.commit(value)}
        />
      </fieldset>
      <MetricsField metrics={setup.metrics} />
    </form>
  );
}
