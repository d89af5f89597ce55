/** A free-text option, written when the field is left (one undo step). */
import { useId, useState } from "react";

interface Props {
  readonly label: string;
  readonly value: string;
  readonly onCommit: (value: string) => void;
}

export function SetupText({ label, value, onCommit }: Props) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <div className="setup-field">
      <label htmlFor={id} className="setup-label">
        {label}
      </label>
      <input
        id={id}
        type="text"
        className="text-input"
        value={draft ?? value}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => {
          if (draft !== null && draft !== value) onCommit(draft);
          setDraft(null);
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter") event.currentTarget.blur();
        }}
      />
    </div>
  );
}
