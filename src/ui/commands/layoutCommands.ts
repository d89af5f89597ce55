/** Automatic layout: the whole graph, top to bottom, in one click (one undo step). */
import { t } from "../../graph";
import { autoLayout } from "../autoLayout/autoLayout";
import { useEditorStore } from "../store/editorStore";
import type { Command } from "./types";

export function layoutCommands(): Command[] {
  return [
    {
      id: "layout.auto",
      title: t("Auto layout", "自动布局"),
      menu: "view",
      keys: ["Shift+Mod+L"],
      keywords: "arrange tidy elk layered organize 整理 排列 布局",
      enabled: () => useEditorStore.getState().document.nodes.length > 0,
      run: autoLayout,
    },
  ];
}
