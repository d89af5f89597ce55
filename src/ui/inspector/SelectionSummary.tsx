/** Several layers selected: how many, what kinds, and their weights and cost together. */
import {
  formatBytes,
  formatCount,
  type GraphAnalysis,
  type GraphDocument,
  layerKind,
} from "../../graph";
import { useText } from "../i18n/catalog";
import { useLocale } from "../i18n/locale";
import { format } from "../i18n/messages";
import { inspectorText } from "./inspectorText";
import { Totals } from "./Totals";

interface Props {
  readonly ids: ReadonlySet<string>;
  readonly document: GraphDocument;
  readonly analysis: GraphAnalysis;
}

export function SelectionSummary({ ids, document, analysis }: Props) {
  const locale = useLocale();
  const text = useText(inspectorText);
  const nodes = document.nodes.filter((n) => ids.has(n.id));
  const infos = nodes.flatMap((n) => {
    const info = analysis.nodes.get(n.id);
    return info ? [info] : [];
  });
  const sum = (pick: (i: (typeof infos)[number]) => number) =>
    infos.reduce((s, i) => s + pick(i), 0);
  const flops = infos.some((i) => i.flops === null) ? null : sum((i) => i.flops ?? 0);
  const kinds = new Map<string, number>();
  for (const node of nodes) {
    const name = layerKind(node.type)?.label[locale] ?? node.type;
    kinds.set(name, (kinds.get(name) ?? 0) + 1);
  }
  return (
    <div className="selection-summary">
      <h2>{format(text.selected, { count: nodes.length })}</h2>
      <Totals
        rows={[
          [text.params, formatCount(sum((i) => i.trainableParams + i.nonTrainableParams))],
          [text.trainable, formatCount(sum((i) => i.trainableParams))],
          [text.nonTrainable, formatCount(sum((i) => i.nonTrainableParams))],
          [text.flops, flops === null ? text.unknown : formatCount(flops)],
          [text.weightMemory, formatBytes(sum((i) => i.weightBytes))],
        ]}
      />
      <h3>{text.selectedKinds}</h3>
      <ul className="kind-list">
        {[...kinds].map(([name, count]) => (
          <li key={name}>
            {name}
            {count > 1 ? <span className="muted"> × {count}</span> : null}
          </li>
        ))}
      </ul>
      <p className="inspector-hint">{text.selectedHint}</p>
    </div>
  );
}
