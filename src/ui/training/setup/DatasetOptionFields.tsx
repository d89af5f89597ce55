/**
 * A dataset's options as form fields, generated from its DatasetSpec.
 * Upload datasets' file name and label column are not typed here: the
 * upload controls set them from the file itself.
 */

import { readChoice, readNumber } from "../../../graph/training/datasetOptions";
import type { DatasetOptionSpec, DatasetSpec } from "../../../graph/training/datasetSpec";
import { useI18n } from "../../i18n/catalog";
import { SetupNumber } from "./SetupNumber";
import { SetupSelect } from "./SetupSelect";
import { SetupText } from "./SetupText";
import { useSetupEditor } from "./useSetup";

const SET_BY_UPLOAD = new Set(["fileName", "labelColumn"]);

interface Props {
  readonly spec: DatasetSpec;
  readonly options: Readonly<Record<string, unknown>>;
}

export function DatasetOptionFields({ spec, options }: Props) {
  const fields = spec.options.filter((o) => !SET_BY_UPLOAD.has(o.name));
  return (
    <>
      {fields.map((option) => (
        <OptionField key={`${spec.id}.${option.name}`} option={option} options={options} />
      ))}
    </>
  );
}

function OptionField({
  option,
  options,
}: {
  readonly option: DatasetOptionSpec;
  readonly options: Readonly<Record<string, unknown>>;
}) {
  const i18n = useI18n();
  const path = `dataset.options.${option.name}` as const;
  const editor = useSetupEditor(path);
  switch (option.kind) {
    case "number":
      return (
        <SetupNumber
          label={i18n(option.label)}
          path={path}
          value={readNumber(options, option)}
          rule={{ whole: option.integer ?? false, min: option.min, max: option.max }}
        />
      );
    case "select":
      return (
        <SetupSelect
          label={i18n(option.label)}
          value={readChoice(options, option)}
          choices={option.choices.map((c) => ({ value: c.value, label: i18n(c.label) }))}
          onChange={(value) => editor.commit(value)}
        />
      );
    case "text":
      return (
        <SetupText
          label={i18n(option.label)}
          value={
            typeof options[option.name] === "string" ? String(options[option.name]) : option.default
          }
          onCommit={(value) => editor.commit(value)}
        />
      );
  }
}
