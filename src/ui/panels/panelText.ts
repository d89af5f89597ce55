import { defineCatalog } from "../i18n/catalog";

export const panelText = defineCatalog(
  {
    noProblems: "No problems: every layer's shapes and parameters check out.",
    fix: "Fix",
    fixLabel: "Fix: {action}",
    focus: "Show {node}",
    document: "Document",
    errorsAndWarnings: "{errors} errors, {warnings} warnings",
  },
  {
    noProblems: "没有问题：每一层的形状和参数都已通过检查。",
    fix: "修复",
    fixLabel: "修复：{action}",
    focus: "显示 {node}",
    document: "文档",
    errorsAndWarnings: "{errors} 个错误，{warnings} 个警告",
  },
);
