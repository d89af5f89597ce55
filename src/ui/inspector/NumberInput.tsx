/**
 * A number typed as text. Not `<input type="number">`: that one hides what was
 * typed when it is not a number (its value reads ""), so it could not say
 * "“12px” is not a number", and it changes values on a stray mouse wheel.
 * It is still a spin button to assistive technology, and ArrowUp/ArrowDown
 * (Shift for ×10) step it.
 */
import type { KeyboardEvent } from "react";
import { type NumberRule, readNumber, stepText } from "./numberText";

interface Props {
  readonly id?: string;
  readonly text: string;
  readonly onText: (text: string) => void;
  /** The allowed range, for stepping and for assistive technology. */
  readonly rule?: NumberRule;
  /** Where stepping starts from when the text is not a number. */
  readonly fallback?: number;
  readonly invalid: boolean;
  readonly label?: string;
  readonly describedBy?: string;
  readonly placeholder?: string;
  readonly className?: string;
  readonly onFocus?: () => void;
  /** Blur or Enter: the typing session ends. */
  readonly onDone?: () => void;
  /** Escape: go back to the value the layer has. */
  readonly onRevert?: () => void;
}

export function NumberInput(props: Props) {
  const { rule, text } = props;
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if ((event.key === "ArrowUp" || event.key === "ArrowDown") && rule) {
      event.preventDefault();
      const direction = event.key === "ArrowUp" ? 1 : -1;
      props.onText(stepText(text, direction, rule, props.fallback ?? rule.min, event.shiftKey));
    } else if (event.key === "Enter") {
      props.onDone?.();
    } else if (event.key === "Escape" && props.onRevert) {
      event.preventDefault();
      props.onRevert();
    }
  };
  const now = readNumber(text);
  return (
    <input
      id={props.id}
      type="text"
      inputMode={!rule ? "text" : !rule.whole ? "decimal" : rule.min >= 0 ? "numeric" : "text"}
      autoComplete="off"
      spellCheck={false}
      className={`number-input${props.className ? ` ${props.className}` : ""}`}
      value={text}
      placeholder={props.placeholder}
      aria-label={props.label}
      aria-describedby={props.describedBy}
      aria-invalid={props.invalid || undefined}
      {...(rule
        ? {
            role: "spinbutton",
            "aria-valuemin": rule.min,
            "aria-valuemax": rule.max,
            ...(now !== null ? { "aria-valuenow": now } : {}),
          }
        : {})}
      onChange={(event) => props.onText(event.target.value)}
      onFocus={props.onFocus}
      onBlur={props.onDone}
      onKeyDown={onKeyDown}
    />
  );
}
