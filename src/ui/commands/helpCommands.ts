/** Help: keyboard shortcuts and about. */
import { t } from "../../graph";
import { ABOUT_DIALOG } from "../commandPalette/AboutDialog";
import { SHORTCUTS_DIALOG } from "../commandPalette/ShortcutsDialog";
import { useUiStore } from "../store/uiStore";
import type { Command } from "./types";

const open = (kind: string) => () => useUiStore.getState().openDialog({ kind });

export function helpCommands(): Command[] {
  return [
    {
      id: "help.shortcuts",
      title: t("Keyboard shortcuts", "键盘快捷键"),
      menu: "help",
      keys: ["Mod+/", "Shift+?"],
      keywords: "keys keyboard hotkeys help 快捷键 按键 帮助",
      run: open(SHORTCUTS_DIALOG),
    },
    {
      id: "help.about",
      title: t("About Neurograph", "关于 Neurograph"),
      menu: "help",
      keywords: "version licence license 版本 许可",
      run: open(ABOUT_DIALOG),
    },
  ];
}
