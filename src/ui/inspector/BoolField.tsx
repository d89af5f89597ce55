/** A switch; each flip is its own undo step. */
import type { BoolParam } from "../../graph";
import { FieldShell } from "./FieldShell";
import type { FieldProps } from "./fieldProps";
import { useParamEditor } from "./useParamEditor";

export function BoolField({ nodeId, name, spec, value, isSet }: FieldProps<BoolParam>) {
  const editor = useParamEditor(nodeId, name);
  const on = value === undefined ? spec.default : value === true;
  return (
    <FieldShell
      name={name}
      spec={spec}
      isSet={isSet}
      inline
      onReset={() => editor.commit(undefined)}
    >
      {(ids) => (
        <input
          id={ids.inputId}
          type="checkbox"
          role="switch"
          className="switch"
          checked={on}
          aria-checked={on}
          aria-describedby={ids.describedBy}
          onChange={(event) => editor.commit(event.target.checked)}
        />
      )}
    </FieldShell>
  );
}
