import { defineCatalog } from "../i18n/catalog";

export const canvasText = defineCatalog(
  {
    canvasLabel: "Network canvas",
    params: "{count} params",
    noShape: "shape unknown",
    errors: "{count} error(s)",
    warnings: "{count} warning(s)",
    unknownKind: "Unknown layer kind",
    output: "output",
    emptyTitle: "Start building",
    emptyHint:
      "Drag a layer from the palette, press Ctrl+K to add one from the keyboard, or open a preset from the top bar.",
    refused: "Cannot connect",
    dropHere: "Drop a .json graph to open it",
  },
  {
    canvasLabel: "网络画布",
    params: "{count} 个参数",
    noShape: "形状未知",
    errors: "{count} 个错误",
    warnings: "{count} 个警告",
    unknownKind: "未知的层类型",
    output: "输出",
    emptyTitle: "开始搭建",
    emptyHint: "从左侧拖入一个层，或按 Ctrl+K 用键盘添加，或从顶部栏打开一个预设。",
    refused: "无法连接",
    dropHere: "拖放 .json 图文件以打开",
  },
);
