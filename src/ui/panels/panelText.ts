import { defineCatalog } from "../i18n/catalog";

export const panelText = defineCatalog(
  {
    noProblems: "No problems: every layer's shapes and parameters check out.",
    fixLabel: "Fix: {action}",
    fixed: "Fixed: {action}. Undo with Ctrl+Z.",
    errorsAndWarnings: "{errors} errors, {warnings} warnings",
    problemList: "Problems in the graph",
    error: "Error",
    warning: "Warning",
    wholeGraph: "graph",
    keyboardHint: "↑ ↓ to move, Enter to show the layer",
    summaryRowHint: "Show {node} on the canvas",
  },
  {
    noProblems: "没有问题：每一层的形状和参数都已通过检查。",
    fixLabel: "修复：{action}",
    fixed: "已修复：{action}。按 Ctrl+Z 可撤销。",
    errorsAndWarnings: "{errors} 个错误，{warnings} 个警告",
    problemList: "图中的问题",
    error: "错误",
    warning: "警告",
    wholeGraph: "整个图",
    keyboardHint: "↑ ↓ 移动，Enter 显示该层",
    summaryRowHint: "在画布上显示 {node}",
  },
);
