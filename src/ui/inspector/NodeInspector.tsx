/**
 * One selected layer: what it is, what inference says about it, its
 * problems, its hyperparameters, and how it works.
 */
import { useId } from "react";
import { elementsPerSample, type GraphAnalysis, layerKind, type NodeDoc } from "../../graph";
import { CATEGORY_COLOURS, CATEGORY_ICONS } from "../canvas/categoryStyle";
import { useText } from "../i18n/catalog";
import { useLocale, useMessages } from "../i18n/locale";
import { inspectorText } from "./inspectorText";
import { LabelField } from "./LabelField";
import { LayerHelp } from "./LayerHelp";
import { NodeProblems } from "./NodeProblems";
import { NodeStats } from "./NodeStats";
import { ParamForm } from "./ParamForm";

interface Props {
  readonly node: NodeDoc;
  readonly analysis: GraphAnalysis;
}

export function NodeInspector({ node, analysis }: Props) {
  const locale = useLocale();
  const m = useMessages();
  const text = useText(inspectorText);
  const ids = { problems: useId(), params: useId() };
  const kind = layerKind(node.type);
  const info = analysis.nodes.get(node.id);
  const diagnostics = analysis.diagnostics.filter((d) => d.nodeId === node.id);
  const colour = kind ? CATEGORY_COLOURS[kind.category] : "#9ca3af";
  const firstInput = info?.inputs[0] ? analysis.edgeShapes.get(info.inputs[0].edge.id) : undefined;
  return (
    <div className="node-inspector" style={{ "--category": colour } as React.CSSProperties}>
      <header className="kind-header">
        <svg viewBox="0 0 16 16" width="22" height="22" aria-hidden="true" className="kind-icon">
          <path d={kind ? CATEGORY_ICONS[kind.category] : "M2 2h12v12H2z"} />
        </svg>
        <div className="kind-title">
          <h2>{kind ? kind.label[locale] : text.unknownKind}</h2>
          <p className="kind-meta">
            {kind ? m.categories[kind.category] : null} · <code>{node.type}</code>
          </p>
        </div>
      </header>
      <LabelField nodeId={node.id} label={node.label} />
      <p className="node-id">
        <span className="muted">{text.id}</span> <code>{node.id}</code>
      </p>
      {info ? <NodeStats info={info} analysis={analysis} /> : null}
      {diagnostics.length > 0 ? (
        <section className="inspector-section" aria-labelledby={ids.problems}>
          <h3 id={ids.problems}>{text.problems}</h3>
          <NodeProblems diagnostics={diagnostics} />
        </section>
      ) : null}
      {kind ? (
        <>
          <section className="inspector-section" aria-labelledby={ids.params}>
            <h3 id={ids.params}>{text.hyperparameters}</h3>
            <ParamForm
              node={node}
              kind={kind}
              inputElements={firstInput ? elementsPerSample(firstInput) : null}
            />
          </section>
          <LayerHelp kind={kind} />
        </>
      ) : (
        <p className="muted">{text.unknownKindHint}</p>
      )}
    </div>
  );
}
