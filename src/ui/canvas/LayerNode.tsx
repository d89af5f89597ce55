/** A layer on the canvas: kind, label, key params, output shape, parameter count and problems. */
import { Handle, type NodeProps, Position } from "@xyflow/react";
import { memo, useId } from "react";
import { formatCount } from "../../graph";
import { useText } from "../i18n/catalog";
import { useLocale } from "../i18n/locale";
import { format } from "../i18n/messages";
import { viridisCss } from "../training/colorMap";
import { useTrainingStore } from "../training/trainingStore";
import { canvasText } from "./canvasText";
import { CATEGORY_COLOURS, CATEGORY_ICONS } from "./categoryStyle";
import type { LayerFlowNode } from "./flowTypes";

function LayerNodeView({ data, selected }: NodeProps<LayerFlowNode>) {
  const locale = useLocale();
  const text = useText(canvasText);
  const tooltipId = useId();
  const colour = data.category ? CATEGORY_COLOURS[data.category] : "#9ca3af";
  const kindName = data.kindLabel ? data.kindLabel[locale] : text.unknownKind;
  const errors = data.problems.filter((p) => p.severity === "error");
  const warnings = data.problems.filter((p) => p.severity === "warning");
  const worst = errors.length > 0 ? "error" : warnings.length > 0 ? "warning" : null;
  const ports = data.ports;
  // Only this node's own level is selected, so a probe update re-renders the nodes whose tint changed.
  const activation = useTrainingStore((s) => (s.tintNodes ? s.tint[data.nodeId] : undefined));
  const tinted = activation !== undefined;
  return (
    <article
      className={`layer-node${selected ? " selected" : ""}${worst ? ` has-${worst}` : ""}${tinted ? " tinted" : ""}`}
      style={
        {
          "--category": colour,
          ...(tinted ? { "--activation-colour": viridisCss(activation) } : {}),
        } as React.CSSProperties
      }
      {...(tinted ? { "data-activation": activation.toFixed(2) } : {})}
      data-testid={`node-${data.nodeId}`}
      aria-label={`${kindName} ${data.label ?? data.nodeId}`}
    >
      {ports.map((port, i) => (
        <Handle
          key={port.id ?? "in"}
          type="target"
          position={Position.Top}
          {...(port.id !== null ? { id: port.id } : {})}
          className="port"
          style={{ left: `${((i + 1) / (ports.length + 1)) * 100}%` }}
          title={port.label?.[locale]}
          aria-label={port.label?.[locale] ?? text.output}
        >
          {ports.length > 1 && port.label ? (
            <span className="port-label">{port.label[locale]}</span>
          ) : null}
        </Handle>
      ))}
      <div className="layer-node-head">
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" className="layer-icon">
          <path d={data.category ? CATEGORY_ICONS[data.category] : "M2 2h12v12H2z"} />
        </svg>
        <span className="layer-kind">{kindName}</span>
        {worst ? (
          <span className="problem-badge-wrap">
            <button
              type="button"
              className={`problem-badge ${worst}`}
              aria-describedby={tooltipId}
              aria-label={format(worst === "error" ? text.errors : text.warnings, {
                count: worst === "error" ? errors.length : warnings.length,
              })}
            >
              {worst === "error" ? "!" : "?"}
            </button>
            <span role="tooltip" id={tooltipId} className="problem-tooltip">
              {data.problems.map((p) => (
                <span key={`${p.code}-${p.message.en}`} className={`problem-line ${p.severity}`}>
                  <strong>{p.code}</strong> {p.message[locale]}
                </span>
              ))}
            </span>
          </span>
        ) : null}
      </div>
      <div className="layer-name">{data.label ?? data.nodeId}</div>
      {data.keyParams ? <div className="layer-params">{data.keyParams}</div> : null}
      <div className="layer-foot">
        <span className="layer-shape">{data.shape ?? text.noShape}</span>
        {data.params > 0 ? (
          <span className="layer-count">
            {format(text.params, { count: formatCount(data.params) })}
          </span>
        ) : null}
      </div>
      <Handle
        type="source"
        position={Position.Bottom}
        className="port port-out"
        aria-label={text.output}
      />
    </article>
  );
}

export const LayerNode = memo(LayerNodeView);
