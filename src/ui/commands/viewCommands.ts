/** Viewport and panels. */
import { t } from "../../graph";
import { canvasApi } from "../canvas/canvasApi";
import { useUiStore } from "../store/uiStore";
import type { Command } from "./types";

const ui = () => useUiStore.getState();

export function viewCommands(): Command[] {
  return [
    {
      id: "view.commandPalette",
      title: t("Command palette…", "命令面板…"),
      menu: "view",
      keys: ["Mod+K"],
      whileTyping: true,
      keywords: "commands search 命令 搜索",
      run: () => ui().setCommandPaletteOpen(!ui().commandPaletteOpen),
    },
    {
      id: "view.fit",
      title: t("Fit the graph to the view", "适应视图"),
      menu: "view",
      keys: ["Shift+!", "Shift+1"],
      keywords: "zoom fit 缩放",
      run: () => void canvasApi()?.instance.fitView({ padding: 0.2, duration: 200, maxZoom: 1.1 }),
    },
    {
      id: "view.zoomIn",
      title: t("Zoom in", "放大"),
      menu: "view",
      keys: ["Mod+=", "Mod++"],
      run: () => void canvasApi()?.instance.zoomIn({ duration: 150 }),
    },
    {
      id: "view.zoomOut",
      title: t("Zoom out", "缩小"),
      menu: "view",
      keys: ["Mod+-"],
      run: () => void canvasApi()?.instance.zoomOut({ duration: 150 }),
    },
    {
      id: "view.problems",
      title: t("Show problems", "显示问题"),
      menu: "view",
      keywords: "diagnostics errors warnings 诊断 错误 警告",
      run: () => ui().showBottom("problems"),
    },
    {
      id: "view.summary",
      title: t("Show model summary", "显示模型摘要"),
      menu: "view",
      keywords: "parameters flops table 参数 表格",
      run: () => ui().showBottom("summary"),
    },
    {
      id: "view.toggleBottom",
      title: t("Show or hide the bottom panel", "显示或隐藏底部面板"),
      menu: "view",
      keys: ["Mod+J"],
      run: () => ui().toggleBottom(),
    },
  ];
}
