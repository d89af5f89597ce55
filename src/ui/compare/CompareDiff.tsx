/** What each graph changes relative to the first (the baseline): nodes, parameters, connections. */
import { layerKind } from "../../graph";
import {
  type DiffEdge,
  type DiffNode,
  diffGraphs,
  formatParamValue,
  isEmptyDiff,
} from "../../graph/diff";
import { useText } from "../i18n/catalog";
import { useLocale } from "../i18n/locale";
import { format } from "../i18n/messages";
import { ColourSwatch } from "./ColourSwatch";
import type { CompareEntry } from "./compareStore";
import { compareText } from "./compareText";

function useKindName(): (type: string) => string {
  const locale = useLocale();
  return (type) => layerKind(type)?.label[locale] ?? type;
}

function NodeName({ node }: { readonly node: DiffNode }) {
  const kind = useKindName();
  return (
    <>
      <code>{node.label ?? node.id}</code> <span className="muted">({kind(node.type)})</span>
    </>
  );
}

const edgeText = (e: DiffEdge) =>
  `${e.source}${e.sourceHandle ? `.${e.sourceHandle}` : ""} → ${e.target}${e.targetHandle ? `.${e.targetHandle}` : ""}`;

function DiffList({
  title,
  children,
}: {
  readonly title: string;
  readonly children: React.ReactNode[];
}) {
  if (children.length === 0) return null;
  return (
    <div className="compare-diff-group">
      <h5>{title}</h5>
      <ul>{children}</ul>
    </div>
  );
}

function OneDiff({
  baseline,
  entry,
  index,
}: {
  readonly baseline: CompareEntry;
  readonly entry: CompareEntry;
  readonly index: number;
}) {
  const text = useText(compareText);
  const kind = useKindName();
  const diff = diffGraphs(baseline.document, entry.document);
  return (
    <article
      className="compare-diff"
      aria-label={format(text.diffAgainst, { name: entry.label, baseline: baseline.label })}
    >
      <h4>
        <ColourSwatch index={index} />
        {format(text.diffAgainst, { name: entry.label, baseline: baseline.label })}
      </h4>
      {isEmptyDiff(diff) ? (
        <p className="muted">{text.identical}</p>
      ) : (
        <div className="compare-diff-groups">
          <DiffList title={text.paramsChanged}>
            {diff.changedNodes.flatMap((change) => [
              ...(change.typeBefore !== undefined
                ? [
                    <li key={`${change.node.id}-type`} data-change="kind">
                      <NodeName node={change.node} />:{" "}
                      {format(text.kindChanged, {
                        before: kind(change.typeBefore),
                        after: kind(change.node.type),
                      })}
                    </li>,
                  ]
                : []),
              ...change.params.map((p) => (
                <li key={`${change.node.id}-${p.param}`} data-change="param">
                  <NodeName node={change.node} /> <code>{p.param}</code>:{" "}
                  {formatParamValue(p.before)} → <strong>{formatParamValue(p.after)}</strong>
                </li>
              )),
            ])}
          </DiffList>
          <DiffList title={text.nodesAdded}>
            {diff.addedNodes.map((n) => (
              <li key={n.id} data-change="added">
                <NodeName node={n} />
              </li>
            ))}
          </DiffList>
          <DiffList title={text.nodesRemoved}>
            {diff.removedNodes.map((n) => (
              <li key={n.id} data-change="removed">
                <NodeName node={n} />
              </li>
            ))}
          </DiffList>
          <DiffList title={text.edgesAdded}>
            {diff.addedEdges.map((e) => (
              <li key={edgeText(e)}>
                <code>{edgeText(e)}</code>
              </li>
            ))}
          </DiffList>
          <DiffList title={text.edgesRemoved}>
            {diff.removedEdges.map((e) => (
              <li key={edgeText(e)}>
                <code>{edgeText(e)}</code>
              </li>
            ))}
          </DiffList>
        </div>
      )}
    </article>
  );
}

export function CompareDiff({ entries }: { readonly entries: readonly CompareEntry[] }) {
  const text = useText(compareText);
  const [baseline, ...others] = entries;
  if (!baseline || others.length === 0) return null;
  return (
    <section className="compare-section" aria-labelledby="compare-diff">
      <h3 id="compare-diff">{text.diff}</h3>
      <div className="compare-diffs">
        {others.map((entry, i) => (
          <OneDiff key={entry.id} baseline={baseline} entry={entry} index={i + 1} />
        ))}
      </div>
    </section>
  );
}
