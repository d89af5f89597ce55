import { useText } from "../../i18n/catalog";
import { filesText } from "../filesText";

/** The one action of dialogs that only show things. */
export function CloseButton({ close }: { readonly close: () => void }) {
  const text = useText(filesText);
  return (
    <button type="button" className="button" onClick={close}>
      {text.close}
    </button>
  );
}
