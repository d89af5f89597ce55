/** A validation sample's index: typed, or stepped with previous / next. */
import { useId } from "react";
import { useText } from "../../i18n/catalog";
import { NumberInput } from "../../inspector/NumberInput";
import { readNumber } from "../../inspector/numberText";
import { labText } from "./labText";

interface Props {
  readonly value: number;
  /** The last valid index (validation samples − 1), when known. */
  readonly max: number | null;
  /** `stepped`: previous / next was pressed (a deliberate move, worth acting on at once); else typed. */
  readonly onChange: (index: number, stepped: boolean) => void;
  /** Prefix of the test ids: "<prefix>-index", "<prefix>-prev", "<prefix>-next". */
  readonly testId: string;
}

export function IndexPicker({ value, max, onChange, testId }: Props) {
  const text = useText(labText);
  const id = useId();
  const limit = max ?? 1_000_000;
  const go = (index: number, stepped: boolean) =>
    onChange(Math.min(limit, Math.max(0, index)), stepped);
  return (
    <span className="index-picker">
      <label htmlFor={id}>{text.sampleIndex}</label>
      <button
        type="button"
        className="button"
        aria-label={text.previous}
        title={text.previous}
        data-testid={`${testId}-prev`}
        disabled={value <= 0}
        onClick={() => go(value - 1, true)}
      >
        ‹
      </button>
      <span data-testid={`${testId}-index`}>
        <NumberInput
          id={id}
          text={String(value)}
          onText={(typed) => {
            const index = readNumber(typed);
            if (index !== null && Number.isInteger(index)) go(index, false);
          }}
          rule={{ whole: true, min: 0, max: limit }}
          invalid={false}
          className="probe-input"
        />
      </span>
      <button
        type="button"
        className="button"
        aria-label={text.next}
        title={text.next}
        data-testid={`${testId}-next`}
        disabled={value >= limit}
        onClick={() => go(value + 1, true)}
      >
        ›
      </button>
    </span>
  );
}
