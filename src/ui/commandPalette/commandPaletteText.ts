import { defineCatalog } from "../i18n/catalog";

export const commandPaletteText = defineCatalog(
  {
    title: "Command palette",
    placeholder: "Type a command, e.g. “add dense”…",
    results: "Commands",
    count: "{count} commands",
    countOne: "1 command",
    none: "No command matches “{query}”.",
    recent: "recently used",
    unavailable: "not available now",
    hintNavigate: "↑↓ to choose",
    hintRun: "Enter to run",
    hintClose: "Esc to close",
  },
  {
    title: "命令面板",
    placeholder: "输入命令，例如“添加全连接层”或 “add dense”…",
    results: "命令",
    count: "{count} 条命令",
    countOne: "1 条命令",
    none: "没有与“{query}”匹配的命令。",
    recent: "最近使用",
    unavailable: "当前不可用",
    hintNavigate: "↑↓ 选择",
    hintRun: "Enter 执行",
    hintClose: "Esc 关闭",
  },
);
