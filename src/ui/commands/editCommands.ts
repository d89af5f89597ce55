/** Undo, redo, delete and selection. */
import { t } from "../../graph";
import { removeSelectionExceptLocked } from "../labs/lockGuard";
import { EMPTY_SELECTION, useEditorStore } from "../store/editorStore";
import type { Command } from "./types";

const store = () => useEditorStore.getState();

export function editCommands(): Command[] {
  return [
    {
      id: "edit.undo",
      title: t("Undo", "撤销"),
      menu: "edit",
      keys: ["Mod+Z"],
      enabled: () => store().past.length > 0 || store().gestureBase !== null,
      run: () => store().undo(),
    },
    {
      id: "edit.redo",
      title: t("Redo", "重做"),
      menu: "edit",
      keys: ["Shift+Mod+Z", "Mod+Y"],
      enabled: () => store().future.length > 0,
      run: () => store().redo(),
    },
    {
      id: "edit.delete",
      title: t("Delete selection", "删除所选"),
      menu: "edit",
      keys: ["Delete", "Backspace"],
      keywords: "remove 删除 移除",
      enabled: () => store().selection.nodes.size + store().selection.edges.size > 0,
      run: () => {
        removeSelectionExceptLocked();
      },
    },
    {
      id: "edit.selectAll",
      title: t("Select all", "全选"),
      menu: "edit",
      keys: ["Mod+A"],
      run: () => {
        const { document } = store();
        store().select({
          nodes: new Set(document.nodes.map((n) => n.id)),
          edges: new Set(document.edges.map((e) => e.id)),
        });
      },
    },
    {
      id: "edit.clearSelection",
      title: t("Clear selection", "取消选择"),
      keys: ["Escape"],
      enabled: () => store().selection.nodes.size + store().selection.edges.size > 0,
      run: () => store().select(EMPTY_SELECTION),
    },
  ];
}
