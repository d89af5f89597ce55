import type { Goal } from "../results/goals";
import type { Lab } from "./schema";

/** The lab's goals as `Goal`s (the schema has already refused unknown metric names). */
export function labGoals(lab: Lab): readonly Goal[] {
  return lab.goals as readonly Goal[];
}
