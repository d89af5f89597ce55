/**
 * The leaderboard table: one row per submission file, a column per goal
 * (the claimed value, ✓ or ✗), parameters, best validation accuracy and the
 * lock violations found again here. Every header sorts (click again to
 * reverse; aria-sort says which way); invalid files say why, at the bottom.
 */
import { describeGoal, formatResult, type Locale } from "../../../graph";
import { type Lab, labGoals } from "../../../graph/lab";
import { useText } from "../../i18n/catalog";
import { useLocale } from "../../i18n/locale";
import { format } from "../../i18n/messages";
import { labsText } from "../labsText";
import {
  type GradedRow,
  type LeaderboardRow,
  nextOrder,
  type SortColumn,
  sortRows,
} from "./leaderboard";
import { setOrder, toggleSelected, useLeaderboardStore } from "./leaderboardStore";

interface Props {
  readonly lab: Lab;
  readonly rows: readonly LeaderboardRow[];
  readonly describedBy: string;
}

export function LeaderboardTable({ lab, rows, describedBy }: Props) {
  const text = useText(labsText);
  const locale = useLocale();
  const order = useLeaderboardStore((s) => s.order);
  const selected = useLeaderboardStore((s) => s.selected);
  const sorted = sortRows(rows, order, locale);
  const columns: { id: SortColumn; label: string; numeric: boolean }[] = [
    { id: "student", label: text.colStudent, numeric: false },
    { id: "startingGraph", label: text.colStartingGraph, numeric: false },
    ...labGoals(lab).map((goal, i) => ({
      id: `goal:${i}` as const,
      label: describeGoal(goal, locale),
      numeric: true,
    })),
    { id: "params", label: text.colParams, numeric: true },
    { id: "bestValAccuracy", label: text.colBestVal, numeric: true },
    { id: "locks", label: text.colLocks, numeric: true },
  ];
  return (
    <div className="leaderboard-scroll">
      <table className="summary leaderboard" aria-label={text.table} aria-describedby={describedBy}>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{text.colSelect}</span>
            </th>
            {columns.map((column) => {
              const sorted = order?.column === column.id ? order.direction : undefined;
              return (
                <th
                  key={column.id}
                  scope="col"
                  aria-sort={sorted ?? "none"}
                  className={column.numeric ? "num" : undefined}
                >
                  <button
                    type="button"
                    className="leaderboard-sort"
                    onClick={() => setOrder(nextOrder(order, column.id))}
                    title={format(text.sortBy, { column: column.label })}
                  >
                    {column.label}
                    <span aria-hidden="true" className="leaderboard-arrow">
                      {sorted === "ascending" ? "▲" : sorted === "descending" ? "▼" : "↕"}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) =>
            row.ok ? (
              <GradedTableRow
                key={row.key}
                row={row}
                locale={locale}
                checked={selected.has(row.key)}
              />
            ) : (
              <tr key={row.key} className="leaderboard-invalid" data-invalid="true">
                <td />
                <th scope="row">{row.fileName}</th>
                <td colSpan={columns.length - 1}>
                  <strong>{text.invalid}</strong>: {row.message[locale]}
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}

function GradedTableRow({
  row,
  locale,
  checked,
}: {
  readonly row: GradedRow;
  readonly locale: Locale;
  readonly checked: boolean;
}) {
  const text = useText(labsText);
  const { results, violations } = row;
  const value = (metric: keyof typeof results, v: number | undefined) =>
    v === undefined ? text.missing : formatResult(metric, v, locale);
  return (
    <tr className={checked ? "selected" : undefined}>
      <td>
        <input
          type="checkbox"
          checked={checked}
          aria-label={format(text.selectRow, { name: row.submission.student })}
          onChange={() => toggleSelected(row.key)}
        />
      </td>
      <th scope="row">
        {row.submission.student}
        <span className="leaderboard-file muted" title={row.fileName}>
          {row.fileName}
        </span>
      </th>
      <td>{row.startingTitle[locale]}</td>
      {row.checks.map((check, i) => (
        <td
          // biome-ignore lint/suspicious/noArrayIndexKey: one cell per goal of the lab, in the lab's order
          key={i}
          className={`num ${check.met ? "goal-met" : "goal-missed"}`}
          data-met={check.met}
        >
          {value(check.goal.metric, check.actual)}{" "}
          <span aria-hidden="true">{check.met ? "✓" : "✗"}</span>
          <span className="visually-hidden">{check.met ? text.met : text.notMet}</span>
        </td>
      ))}
      <td className="num">{value("params", results.params)}</td>
      <td className="num">{value("bestValAccuracy", results.bestValAccuracy)}</td>
      <td
        className={`num${violations.length > 0 ? " goal-missed" : ""}`}
        title={violations.map((v) => v.message[locale]).join("\n") || undefined}
      >
        {violations.length === 0 ? (
          text.none
        ) : (
          <details className="leaderboard-violations">
            <summary>{format(text.violationCount, { count: violations.length })}</summary>
            <ul>
              {violations.map((v, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: recomputed as a whole
                <li key={i}>{v.message[locale]}</li>
              ))}
            </ul>
          </details>
        )}
      </td>
    </tr>
  );
}
