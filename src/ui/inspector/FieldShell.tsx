/**
 * The frame every param field shares: its name as the label, a "changed"
 * mark and a reset button, the control, then what the field accepts (range
 * and default), its help and any error — all three tied to the control with
 * aria-describedby, so a screen reader reads them with the field.
 */
import { type ReactNode, useId } from "react";
import type { I18nText, ParamSpec } from "../../graph";
import { useText } from "../i18n/catalog";
import { useLocale } from "../i18n/locale";
import { format } from "../i18n/messages";
import { defaultInfo, rangeText } from "./fieldInfo";
import { inspectorText } from "./inspectorText";

export interface FieldIds {
  /** For the control when the label names it directly (one input). */
  readonly inputId: string;
  readonly labelId: string;
  /** Error, help and range, for aria-describedby. */
  readonly describedBy: string;
}

interface Props {
  readonly name: string;
  readonly spec: ParamSpec;
  /** The param is written in the document (rather than left to its default). */
  readonly isSet: boolean;
  readonly onReset: () => void;
  /** Several controls (tuple per axis, shape, regularizer): label a group, not one input. */
  readonly group?: boolean;
  readonly error?: I18nText | null;
  /** What the layer keeps when the typed value is refused, e.g. "128". */
  readonly kept?: string | null;
  /** Extra line under the control (element counts). */
  readonly note?: ReactNode;
  /** Shown to the right of the label (mode toggles). */
  readonly aside?: ReactNode;
  /** A small control (a switch) that sits on the label's line. */
  readonly inline?: boolean;
  readonly children: (ids: FieldIds) => ReactNode;
}

export function FieldShell(props: Props) {
  const text = useText(inspectorText);
  const locale = useLocale();
  const base = useId();
  const ids: FieldIds = {
    inputId: `${base}-input`,
    labelId: `${base}-label`,
    describedBy: [props.error ? `${base}-error` : "", `${base}-help`, `${base}-meta`]
      .filter(Boolean)
      .join(" "),
  };
  const info = defaultInfo(props.spec);
  const required = info.kind === "required";
  const defaultLine =
    info.kind === "required"
      ? text.defaultRequired
      : info.kind === "derived"
        ? text.defaultDerived
        : info.kind === "none"
          ? text.defaultNone
          : format(text.default, {
              value: info.kind === "flag" ? (info.on ? text.on : text.off) : info.text,
            });
  const range = rangeText(props.name, props.spec);
  const Label = props.group ? "span" : "label";
  const body = props.children(ids);
  const content = props.group ? (
    <fieldset
      className="field-group"
      aria-labelledby={ids.labelId}
      aria-describedby={ids.describedBy}
    >
      {body}
    </fieldset>
  ) : (
    body
  );
  return (
    <div className={`field${props.error ? " invalid" : ""}`} data-param={props.name}>
      <div className="field-head">
        <Label
          id={ids.labelId}
          className="field-label"
          {...(props.group ? {} : { htmlFor: ids.inputId })}
        >
          {props.name}
        </Label>
        {props.isSet && !required ? (
          <span className="field-modified" title={text.modified}>
            <span aria-hidden="true">●</span>
            <span className="visually-hidden">{text.modified}</span>
          </span>
        ) : null}
        <span className="field-aside">
          {props.aside}
          {props.inline ? content : null}
        </span>
        {required ? null : (
          <button
            type="button"
            className="icon-button field-reset"
            aria-label={format(text.reset, { name: props.name })}
            title={format(text.reset, { name: props.name })}
            disabled={!props.isSet}
            onClick={props.onReset}
          >
            <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
              <path d="M3 8a5 5 0 1 0 1.6-3.7M3 2.5v3h3" />
            </svg>
          </button>
        )}
      </div>
      {props.inline ? null : content}
      {props.note ? <div className="field-note">{props.note}</div> : null}
      <p className="field-error" id={`${base}-error`} aria-live="polite">
        {props.error
          ? // Chinese sentences run on without a space.
            [
              props.error[locale],
              props.kept ? format(text.notApplied, { value: props.kept }) : text.notAppliedPlain,
            ].join(locale === "zh" ? "" : " ")
          : null}
      </p>
      <p className="field-help" id={`${base}-help`}>
        {props.spec.help[locale]}
      </p>
      <p className="field-meta" id={`${base}-meta`}>
        {range ? <span className="field-range">{range}</span> : null}
        <span>{defaultLine}</span>
      </p>
    </div>
  );
}
