/** One of a list (activation, padding, …): a select, each choice its own undo step. */
import type { EnumParam } from "../../graph";
import { useText } from "../i18n/catalog";
import { format } from "../i18n/messages";
import { FieldShell } from "./FieldShell";
import type { FieldProps } from "./fieldProps";
import { inspectorText } from "./inspectorText";
import { useParamEditor } from "./useParamEditor";

export function EnumField({ nodeId, name, spec, value, isSet }: FieldProps<EnumParam>) {
  const text = useText(inspectorText);
  const editor = useParamEditor(nodeId, name);
  const shown = value === undefined ? spec.default : value;
  // A value from a file that is not an option stays visible (and flagged by the diagnostics) until replaced.
  const foreign = typeof shown === "string" && !spec.options.includes(shown) ? shown : null;
  return (
    <FieldShell name={name} spec={spec} isSet={isSet} onReset={() => editor.commit(undefined)}>
      {(ids) => (
        <select
          id={ids.inputId}
          className="select"
          value={typeof shown === "string" ? shown : ""}
          aria-describedby={ids.describedBy}
          onChange={(event) => editor.commit(event.target.value)}
        >
          {shown === undefined || typeof shown !== "string" ? (
            <option value="" disabled>
              {text.chooseOption}
            </option>
          ) : null}
          {foreign ? (
            <option value={foreign} disabled>
              {foreign}
            </option>
          ) : null}
          {spec.options.map((option) => (
            <option key={option} value={option}>
              {option === spec.default ? format(text.defaultOption, { value: option }) : option}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
