import { useEffect } from "react";
import { Canvas } from "./canvas/Canvas";
import { CommandPalette } from "./commandPalette/CommandPalette";
import { useShortcuts } from "./commands/shortcuts";
import { TopBar } from "./components/TopBar";
import { useLocale, useMessages } from "./i18n/locale";
import { LANGUAGE_TAGS } from "./i18n/messages";
import { Inspector } from "./inspector/Inspector";
import { LabPanel } from "./labs/LabPanel";
import { BottomPanel } from "./layout/BottomPanel";
import { Dialogs } from "./layout/Dialogs";
import { Toast } from "./layout/Toast";
import { Palette } from "./palette/Palette";
import { startup } from "./startup";
import { TrainingSession } from "./training/TrainingSession";

export function App() {
  const locale = useLocale();
  const m = useMessages();
  useShortcuts();
  useEffect(() => {
    document.documentElement.lang = LANGUAGE_TAGS[locale];
    document.title = m.documentTitle;
  }, [locale, m]);
  useEffect(() => {
    void startup();
  }, []);
  return (
    <div className="app">
      <TopBar />
      <Palette />
      <main className="workspace">
        <Canvas />
        <BottomPanel />
      </main>
      <Inspector />
      <LabPanel />
      <Dialogs />
      <CommandPalette />
      <Toast />
      <TrainingSession />
    </div>
  );
}
