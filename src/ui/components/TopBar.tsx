import { useMessages } from "../i18n/locale";
import { LanguageToggle } from "./LanguageToggle";

export function TopBar() {
  const m = useMessages();
  return (
    <header className="top-bar">
      <h1 className="brand">
        <img src="/favicon.svg" alt="" width="22" height="22" />
        {m.appName}
      </h1>
      <LanguageToggle />
    </header>
  );
}
