/** The lesson card's strings (a preset's learning goal and expected outcome, in the training tab). */
import { defineCatalog } from "../../i18n/catalog";

export const lessonText = defineCatalog(
  {
    lesson: "Lesson",
    goal: "Learning goal",
    expected: "Expected outcome",
    checks: "Checked on your run",
    met: "met",
    missed: "missed",
    notYet: "not run yet",
    notMeasured: "measured from the command line: neurograph train --check",
  },
  {
    lesson: "本课",
    goal: "学习目标",
    expected: "预期结果",
    checks: "在你的训练结果上检查",
    met: "已达成",
    missed: "未达成",
    notYet: "尚未训练",
    notMeasured: "由命令行 neurograph train --check 测量",
  },
);
