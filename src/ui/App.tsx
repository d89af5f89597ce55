import { useEffect } from "react";
import { ExamplePanel } from "./components/ExamplePanel";
import { Palette } from "./components/Palette";
import { TopBar } from "./components/TopBar";
import { useLocale, useMessages } from "./i18n/locale";
import { LANGUAGE_TAGS } from "./i18n/messages";
import { MNIST_MLP } from "./model/examples";

export function App() {
  const locale = useLocale();
  const m = useMessages();
  useEffect(() => {
    document.documentElement.lang = LANGUAGE_TAGS[locale];
    document.title = m.documentTitle;
  }, [locale, m]);
  return (
    <div className="app">
      <TopBar />
      <Palette />
      <main className="workspace">
        <p className="status" role="note">
          {m.status}
        </p>
        <ExamplePanel example={MNIST_MLP} />
      </main>
    </div>
  );
}
