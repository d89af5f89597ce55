import { renameDocument } from "../../graph";
import { useText } from "../i18n/catalog";
import { useMessages } from "../i18n/locale";
import { layoutText } from "../layout/layoutText";
import { MenuBar } from "../layout/MenuBar";
import { useEditorStore } from "../store/editorStore";
import { LanguageToggle } from "./LanguageToggle";

export function TopBar() {
  const m = useMessages();
  const text = useText(layoutText);
  const name = useEditorStore((s) => s.document.name);
  return (
    <header className="top-bar">
      <h1 className="brand">
        <img src="/favicon.svg" alt="" width="22" height="22" />
        {m.appName}
      </h1>
      <MenuBar />
      <input
        className="graph-name"
        aria-label={text.graphName}
        value={name}
        placeholder={text.untitled}
        onChange={(e) => {
          const value = e.target.value;
          const store = useEditorStore.getState();
          store.beginGesture();
          store.updateGesture((d) => renameDocument(d, value));
        }}
        onBlur={() => useEditorStore.getState().endGesture()}
      />
      <LanguageToggle />
    </header>
  );
}
