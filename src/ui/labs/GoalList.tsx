/** The lab's goals, each marked met, not met, or not yet run, with the run's value. */
import { describeGoal, formatResult, type Goal, type GoalCheck } from "../../graph";
import { useText } from "../i18n/catalog";
import { useLocale } from "../i18n/locale";
import { labsText } from "./labsText";

type Status = "met" | "notMet" | "notRun";

const MARKS: Readonly<Record<Status, string>> = { met: "✓", notMet: "✗", notRun: "○" };

interface Props {
  readonly goals: readonly Goal[];
  /** Null until a run of the current graph has finished. */
  readonly checks: readonly GoalCheck[] | null;
}

export function GoalList({ goals, checks }: Props) {
  const text = useText(labsText);
  const locale = useLocale();
  const label: Readonly<Record<Status, string>> = {
    met: text.goalMet,
    notMet: text.goalNotMet,
    notRun: text.goalNotRun,
  };
  return (
    <section className="lab-goals">
      <h3>{text.goals}</h3>
      <ul aria-label={text.goals}>
        {goals.map((goal, i) => {
          const check = checks?.[i];
          const status: Status = !check ? "notRun" : check.met ? "met" : "notMet";
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: goals are a fixed list from the lab file, never reordered
            <li key={i} className={`lab-goal ${status}`} data-status={status}>
              <span className="lab-goal-mark" aria-hidden="true">
                {MARKS[status]}
              </span>
              <span className="lab-goal-text">{describeGoal(goal, locale)}</span>
              <span className="lab-goal-status">
                {label[status]}
                {check?.actual !== undefined
                  ? ` · ${formatResult(goal.metric, check.actual, locale)}`
                  : null}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
