/**
 * The Keras-like model summary: one row per layer in topological order, with
 * totals. A row's layer name is a button that selects and centres the layer.
 */
import { formatBytes, formatCount, type GraphAnalysis } from "../../graph";
import { useText } from "../i18n/catalog";
import { useLocale, useMessages } from "../i18n/locale";
import { format } from "../i18n/messages";
import { summaryRows } from "../model/modelSummary";
import { useEditorStore } from "../store/editorStore";
import { panelText } from "./panelText";
import "./panels.css";

interface Props {
  readonly name: string;
  readonly analysis: GraphAnalysis;
}

export function ModelSummary({ name, analysis }: Props) {
  const locale = useLocale();
  const m = useMessages();
  const text = useText(panelText);
  const selected = useEditorStore((s) => s.selection.nodes);
  const { totals } = analysis;
  const count = (n: number | null) => (n === null ? m.unknown : formatCount(n));
  return (
    <>
      <table className="summary">
        <caption>{format(m.summaryCaption, { name })}</caption>
        <thead>
          <tr>
            <th scope="col">{m.columnLayer}</th>
            <th scope="col">{m.columnKind}</th>
            <th scope="col">{m.columnShape}</th>
            <th scope="col" className="num">
              {m.columnParams}
            </th>
            <th scope="col" className="num">
              {m.columnFlops}
            </th>
          </tr>
        </thead>
        <tbody>
          {summaryRows(analysis).map((row) => (
            <tr
              key={row.id}
              className={selected.has(row.id) ? "selected" : undefined}
              aria-current={selected.has(row.id) || undefined}
              onClick={() => useEditorStore.getState().focusNode(row.id)}
            >
              <th scope="row">
                <button
                  type="button"
                  className="row-focus"
                  title={format(text.summaryRowHint, { node: row.id })}
                  onClick={(event) => {
                    // The row's own click handler does the same; do it once.
                    event.stopPropagation();
                    useEditorStore.getState().focusNode(row.id);
                  }}
                >
                  <code>{row.id}</code>
                </button>
              </th>
              <td>{row.kindLabel ? row.kindLabel[locale] : <code>{row.type}</code>}</td>
              <td>
                <code>{row.shape ?? m.unknown}</code>
              </td>
              <td className="num">{formatCount(row.params)}</td>
              <td className="num">{count(row.flops)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              {m.totalRow}
            </th>
            <td className="num">{formatCount(totals.params)}</td>
            <td className="num">{count(totals.flops)}</td>
          </tr>
        </tfoot>
      </table>
      <dl className="totals">
        <div>
          <dt>{m.totalParams}</dt>
          <dd>{formatCount(totals.params)}</dd>
        </div>
        <div>
          <dt>{m.trainableParams}</dt>
          <dd>{formatCount(totals.trainableParams)}</dd>
        </div>
        <div>
          <dt>{m.nonTrainableParams}</dt>
          <dd>{formatCount(totals.nonTrainableParams)}</dd>
        </div>
        <div>
          <dt>{m.columnFlops}</dt>
          <dd>{count(totals.flops)}</dd>
        </div>
        <div>
          <dt>{m.weightMemory}</dt>
          <dd>{formatBytes(totals.weightBytes)}</dd>
        </div>
      </dl>
    </>
  );
}
