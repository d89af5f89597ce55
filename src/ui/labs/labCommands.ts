/** Open lab… and Grade submissions…, in the File menu and the command palette. */
import { t } from "../../graph";
import type { Command } from "../commands/types";
import { useUiStore } from "../store/uiStore";
import { LABS_DIALOG, LEADERBOARD_DIALOG } from "./register";

const dialog = (kind: string) => useUiStore.getState().openDialog({ kind });

export function labCommands(): Command[] {
  return [
    {
      id: "file.openLab",
      title: t("Open lab…", "打开实验…"),
      menu: "file",
      keywords: "lab worksheet exercise classroom student goals 实验 练习 课堂 学生 目标",
      run: () => dialog(LABS_DIALOG),
    },
    {
      id: "file.gradeSubmissions",
      title: t("Grade submissions…", "批改提交…"),
      menu: "file",
      keywords: "teacher leaderboard submissions grade classroom 老师 排行榜 提交 批改 课堂",
      run: () => dialog(LEADERBOARD_DIALOG),
    },
  ];
}
