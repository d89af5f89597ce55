/**
 * A field's draft: what is typed, which may not (yet) be a valid value.
 * The document stays the truth: when it changes under the field (undo, a
 * fix-it, another control), the draft follows it — unless the draft already
 * means the new value ("0.50" for 0.5), so typing is never reformatted
 * mid-keystroke.
 */
import { useState } from "react";

/** A stable text for comparing values; `undefined` (param not set) included. */
export function valueKey(value: unknown): string {
  return value === undefined ? "<unset>" : JSON.stringify(value);
}

export function useDraft<D>(
  committedKey: string,
  fromCommitted: () => D,
  meaning: (draft: D) => string | null,
): [D, (draft: D) => void] {
  const [state, setState] = useState(() => ({ draft: fromCommitted(), basis: committedKey }));
  let current = state;
  if (state.basis !== committedKey) {
    current = {
      draft: meaning(state.draft) === committedKey ? state.draft : fromCommitted(),
      basis: committedKey,
    };
    // Adjusting state while rendering is React's documented way to follow a prop.
    setState(current);
  }
  return [current.draft, (draft: D) => setState({ draft, basis: current.basis })];
}
