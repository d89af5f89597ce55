/** The results table: one row per graph, one column per figure, the best of each column marked. */
import { formatResult, RESULT_METRICS } from "../../graph/results";
import { useText } from "../i18n/catalog";
import { useLocale } from "../i18n/locale";
import { format } from "../i18n/messages";
import { ColourSwatch } from "./ColourSwatch";
import { bestRows, type ResultRow, visibleMetrics } from "./compareResults";
import { compareText } from "./compareText";

interface Props {
  readonly rows: readonly ResultRow[];
  readonly indexOf: (entryId: string) => number;
  readonly actions: React.ReactNode;
}

export function CompareTable({ rows, indexOf, actions }: Props) {
  const text = useText(compareText);
  const locale = useLocale();
  const metrics = visibleMetrics(rows);
  const best = bestRows(rows, metrics);
  return (
    <section className="compare-section" aria-labelledby="compare-results">
      <div className="compare-section-head">
        <h3 id="compare-results">{text.results}</h3>
        <div className="compare-exports">{actions}</div>
      </div>
      <div className="compare-table-scroll">
        <table className="compare-table" aria-labelledby="compare-results">
          <thead>
            <tr>
              <th scope="col">{text.graph}</th>
              {metrics.map((m) => (
                <th scope="col" key={m} data-metric={m}>
                  {RESULT_METRICS[m].label[locale]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.entryId}>
                <th scope="row">
                  <ColourSwatch index={indexOf(row.entryId)} />
                  {row.label}
                </th>
                {metrics.map((m) => {
                  const value = row.results[m];
                  const isBest = best.get(m)?.has(row.entryId) ?? false;
                  const label = RESULT_METRICS[m].label[locale];
                  return (
                    <td
                      key={m}
                      data-metric={m}
                      data-value={value ?? ""}
                      className={isBest ? "best" : undefined}
                      title={isBest ? format(text.bestOf, { metric: label }) : undefined}
                    >
                      {value !== undefined
                        ? formatResult(m, value, locale)
                        : m === "epochsToTarget" && row.results.bestValAccuracy !== undefined
                          ? text.notReached
                          : "—"}
                      {isBest ? <span className="compare-best"> ★ {text.best}</span> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
