/** "Measure" and "Clear curves" above a chart of curves kept across runs, with a note while it works. */
import { useText } from "../../i18n/catalog";
import { labText } from "./labText";

interface Props {
  readonly label: string;
  readonly busy: boolean;
  readonly onMeasure: () => void;
  /** Shown only when there are curves to clear. */
  readonly onClear: (() => void) | null;
  /** "<testId>" on the measure button, "<testId>-clear" on the other. */
  readonly testId: string;
}

export function MeasureBar({ label, busy, onMeasure, onClear, testId }: Props) {
  const text = useText(labText);
  return (
    <div className="lab-controls">
      <button
        type="button"
        className="button primary"
        disabled={busy}
        data-testid={testId}
        onClick={onMeasure}
      >
        {label}
      </button>
      {onClear ? (
        <button type="button" className="button" data-testid={`${testId}-clear`} onClick={onClear}>
          {text.clearCurves}
        </button>
      ) : null}
      {busy ? <span className="muted">{text.working}</span> : null}
    </div>
  );
}
