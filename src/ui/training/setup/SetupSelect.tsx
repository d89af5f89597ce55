/** One choice of the training setup, as a labelled select. */
import { useId } from "react";

export interface Choice {
  readonly value: string;
  readonly label: string;
}

interface Props {
  readonly label: string;
  readonly value: string;
  readonly choices: readonly Choice[];
  readonly onChange: (value: string) => void;
  readonly testId?: string;
}

export function SetupSelect({ label, value, choices, onChange, testId }: Props) {
  const id = useId();
  return (
    <div className="setup-field">
      <label htmlFor={id} className="setup-label">
        {label}
      </label>
      <select
        id={id}
        className="select"
        data-testid={testId}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}
