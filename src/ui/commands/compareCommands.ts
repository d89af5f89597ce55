/** Compare graphs… and Duplicate as variant (the compare view lives in src/ui/compare). */
import { t } from "../../graph";
import { duplicateAsVariant } from "../compare/compareActions";
import { COMPARE_DIALOG } from "../compare/register";
import { useUiStore } from "../store/uiStore";
import type { Command } from "./types";

export function compareCommands(): Command[] {
  return [
    {
      id: "view.compare",
      title: t("Compare graphs…", "比较图…"),
      menu: "view",
      keywords: "compare side by side variants benchmark results 比较 对比 变体 结果",
      run: () => useUiStore.getState().openDialog({ kind: COMPARE_DIALOG }),
    },
    {
      id: "file.duplicateAsVariant",
      title: t("Duplicate as variant", "复制为变体"),
      menu: "file",
      keywords: "fork copy variant compare ablation 复制 变体 比较 分叉",
      // The variant opens in the editor; Compare graphs… shows it beside the original.
      run: duplicateAsVariant,
    },
  ];
}
