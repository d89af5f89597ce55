import { defineCatalog } from "../i18n/catalog";

export const layoutText = defineCatalog(
  {
    menuFile: "File",
    menuEdit: "Edit",
    menuView: "View",
    menuLayer: "Layer",
    menuShare: "Share",
    menuExport: "Export",
    menuHelp: "Help",
    tabProblems: "Problems",
    tabSummary: "Summary",
    tabTraining: "Training",
    trainingReserved:
      "Training arrives with the training engine: press Train here to watch loss curves and feature maps live.",
    bottomPanel: "Bottom panel",
    inspector: "Inspector",
    commandPaletteHint: "Ctrl+K",
    untitled: "Untitled",
    graphName: "Graph name",
  },
  {
    menuFile: "文件",
    menuEdit: "编辑",
    menuView: "视图",
    menuLayer: "层",
    menuShare: "分享",
    menuExport: "导出",
    menuHelp: "帮助",
    tabProblems: "问题",
    tabSummary: "摘要",
    tabTraining: "训练",
    trainingReserved:
      "训练功能将随训练引擎推出：届时在此点击“训练”，即可实时观看损失曲线和特征图。",
    bottomPanel: "底部面板",
    inspector: "检查器",
    commandPaletteHint: "Ctrl+K",
    untitled: "未命名",
    graphName: "图名称",
  },
);
