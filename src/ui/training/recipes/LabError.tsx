/** A panel's last failed question, in the current language; earlier answers stay on screen. */
import { useI18n } from "../../i18n/catalog";
import { useLabStore } from "./labStore";
import type { LabId } from "./panels";

export function LabError({ lab }: { readonly lab: LabId }) {
  const i18n = useI18n();
  const error = useLabStore((s) => s.errors[lab]);
  if (!error) return null;
  return (
    <p className="lab-error" role="alert" data-testid={`${lab}-error`}>
      {i18n(error)}
    </p>
  );
}
