/** A number of the training setup, validated as it is typed (reuses the inspector's number input). */
import { useId } from "react";
import { useLocale } from "../../i18n/locale";
import { NumberInput } from "../../inspector/NumberInput";
import { type NumberRule, numberText, parseNumber } from "../../inspector/numberText";
import { useDraft, valueKey } from "../../inspector/useDraft";
import type { SetupPath } from "./setupPaths";
import { useSetupEditor } from "./useSetup";

interface Props {
  readonly label: string;
  readonly path: SetupPath;
  readonly value: number;
  readonly rule: NumberRule;
  /** Hide the visible label (another element labels the field). */
  readonly compact?: boolean;
  /** On the field's wrapper (label, input and error): e2e tests find the input inside. */
  readonly testId?: string;
}

export function SetupNumber({ label, path, value, rule, compact, testId }: Props) {
  const locale = useLocale();
  const id = useId();
  const editor = useSetupEditor(path);
  const committed = () => numberText(value);
  const meaning = (draft: string) => {
    const parsed = parseNumber(draft, rule);
    return parsed.ok ? valueKey(parsed.value) : null;
  };
  const [draft, setDraft] = useDraft(valueKey(value), committed, meaning);
  const parsed = parseNumber(draft, rule);
  const onText = (next: string) => {
    setDraft(next);
    const check = parseNumber(next, rule);
    if (check.ok) editor.type(check.value);
  };
  return (
    <div className={`setup-field${parsed.ok ? "" : " invalid"}`} data-testid={testId}>
      {compact ? null : (
        <label htmlFor={id} className="setup-label">
          {label}
        </label>
      )}
      <NumberInput
        id={id}
        text={draft}
        onText={onText}
        rule={rule}
        fallback={value}
        invalid={!parsed.ok}
        {...(compact ? { label } : {})}
        describedBy={parsed.ok ? undefined : `${id}-error`}
        onFocus={editor.begin}
        onDone={editor.end}
        onRevert={() => setDraft(committed())}
      />
      {parsed.ok ? null : (
        <p className="setup-error" id={`${id}-error`} role="alert">
          {parsed.error[locale]}
        </p>
      )}
    </div>
  );
}
