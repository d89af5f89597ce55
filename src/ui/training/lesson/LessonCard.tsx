/**
 * A preset's lesson beside its run: what to learn, what a run shows, and the
 * expected outcome's goals checked on the user's own latest run — the same
 * goals `neurograph train --check` proves in the test suite.
 */
import { checkGoals, describeGoal, formatResult } from "../../../graph";
import { useText } from "../../i18n/catalog";
import { useLocale } from "../../i18n/locale";
import { useStructuralDocument } from "../../store/editorStore";
import { useTrainingStore } from "../trainingStore";
import { lessonText } from "./lessonText";
import { useRunResults } from "./useRunResults";
import "./lesson.css";

export function LessonCard() {
  const text = useText(lessonText);
  const locale = useLocale();
  const lesson = useStructuralDocument().lesson;
  const results = useRunResults();
  const status = useTrainingStore((s) => s.status);
  if (!lesson) return null;
  const finished = results !== null && (status === "finished" || status === "stopped");
  const checks = checkGoals(lesson.checks, results ?? {});
  return (
    <details className="lesson-card" open>
      <summary>
        {text.lesson}: {lesson.title[locale]}
      </summary>
      <p>
        <strong>{text.goal}:</strong> {lesson.goal[locale]}
      </p>
      <p>
        <strong>{text.expected}:</strong> {lesson.outcome[locale]}
      </p>
      <ul className="lesson-checks" aria-label={text.checks}>
        {checks.map((check) => {
          const state = !finished
            ? "pending"
            : check.actual === undefined
              ? "unmeasured"
              : check.met
                ? "met"
                : "missed";
          const label = {
            pending: text.notYet,
            unmeasured: text.notMeasured,
            met: text.met,
            missed: text.missed,
          }[state];
          return (
            <li key={describeGoal(check.goal, "en")} data-state={state}>
              <span className="lesson-mark" aria-hidden="true">
                {{ pending: "○", unmeasured: "·", met: "✓", missed: "✗" }[state]}
              </span>{" "}
              {describeGoal(check.goal, locale)}
              {check.actual !== undefined && finished
                ? `: ${formatResult(check.goal.metric, check.actual, locale)}`
                : ""}{" "}
              <span className="muted">({label})</span>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
