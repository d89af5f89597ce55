/** A whole number or a float, validated as it is typed. */
import type { FloatParam, IntParam } from "../../graph";
import { useText } from "../i18n/catalog";
import { FieldShell } from "./FieldShell";
import type { FieldProps } from "./fieldProps";
import { inspectorText } from "./inspectorText";
import { NumberInput } from "./NumberInput";
import { numberRule, parseScalar, valueText } from "./paramInput";
import { useDraft, valueKey } from "./useDraft";
import { useParamEditor } from "./useParamEditor";

export function ScalarField({
  nodeId,
  name,
  spec,
  value,
  isSet,
}: FieldProps<IntParam | FloatParam>) {
  const text = useText(inspectorText);
  const editor = useParamEditor(nodeId, name);
  const shown = value === undefined ? spec.default : value;
  const committed = () => valueText(shown);
  const meaning = (draft: string) => {
    const parsed = parseScalar(draft, spec);
    return parsed.ok
      ? valueKey(parsed.value ?? (spec.kind === "int" ? spec.default : undefined))
      : null;
  };
  const [draft, setDraft] = useDraft(valueKey(shown), committed, meaning);
  const parsed = parseScalar(draft, spec);
  const onText = (next: string) => {
    setDraft(next);
    const check = parseScalar(next, spec);
    if (check.ok) editor.type(check.value);
  };
  const fallback = typeof shown === "number" ? shown : (spec.initial ?? spec.min);
  const derived = spec.kind === "int" && spec.default === null;
  return (
    <FieldShell
      name={name}
      spec={spec}
      isSet={isSet}
      onReset={() => editor.commit(undefined)}
      error={parsed.ok ? null : parsed.error}
      kept={shown === undefined || shown === null ? null : valueText(shown)}
    >
      {(ids) => (
        <NumberInput
          id={ids.inputId}
          text={draft}
          onText={onText}
          rule={numberRule(spec)}
          fallback={fallback}
          invalid={!parsed.ok}
          describedBy={ids.describedBy}
          placeholder={derived ? text.automatic : undefined}
          onFocus={editor.begin}
          onDone={editor.end}
          onRevert={() => setDraft(committed())}
        />
      )}
    </FieldShell>
  );
}
