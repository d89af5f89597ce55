/** Error or warning, by shape as well as colour (and in words for screen readers). */
import type { Severity } from "../../graph";
import { useText } from "../i18n/catalog";
import { panelText } from "./panelText";

export function SeverityIcon({ severity }: { readonly severity: Severity }) {
  const text = useText(panelText);
  return (
    <span className={`severity ${severity}`}>
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
        {severity === "error" ? (
          <>
            <circle cx="8" cy="8" r="7" />
            <path d="M8 4.5v4.5M8 11.2v.3" className="glyph" />
          </>
        ) : (
          <>
            <path d="M8 1.5l7 12.5H1z" />
            <path d="M8 6v4M8 11.8v.3" className="glyph" />
          </>
        )}
      </svg>
      <span className="visually-hidden">{severity === "error" ? text.error : text.warning}</span>
    </span>
  );
}
