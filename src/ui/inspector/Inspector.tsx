/** The inspector: the selected layer's params and help (filled in by the inspector feature). */
import { useText } from "../i18n/catalog";
import { layoutText } from "../layout/layoutText";

export function Inspector() {
  const text = useText(layoutText);
  return <aside className="inspector" aria-label={text.inspector} />;
}
