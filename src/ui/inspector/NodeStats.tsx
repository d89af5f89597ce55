/** What inference says about one node: its input and output shapes, weights, FLOPs and memory. */
import {
  formatBytes,
  formatCount,
  formatShape,
  type GraphAnalysis,
  type NodeAnalysis,
} from "../../graph";
import { useText } from "../i18n/catalog";
import { format } from "../i18n/messages";
import { inspectorText } from "./inspectorText";

interface Props {
  readonly info: NodeAnalysis;
  readonly analysis: GraphAnalysis;
}

export function NodeStats({ info, analysis }: Props) {
  const text = useText(inspectorText);
  const inputs = info.inputs.map((input) => {
    const shape = analysis.edgeShapes.get(input.edge.id);
    return { port: input.port, shape: shape ? formatShape(shape) : text.unknown };
  });
  const params = info.trainableParams + info.nonTrainableParams;
  // Without an output shape, inference could not count this layer: say so rather than show zeros.
  const known = info.outputShape !== null;
  const unknown = <span className="muted">{text.unknown}</span>;
  return (
    <dl className="stats">
      {inputs.map((input) => (
        <div key={`${input.port}-${input.shape}`}>
          <dt>
            {text.input}
            {inputs.length > 1 ? <span className="port-name"> {input.port}</span> : null}
          </dt>
          <dd>
            <code>{input.shape}</code>
          </dd>
        </div>
      ))}
      <div>
        <dt>{text.outputShape}</dt>
        <dd>
          {info.outputShape ? (
            <code data-testid="inspector-output-shape">{formatShape(info.outputShape)}</code>
          ) : (
            <span className="muted">{text.shapeUnknown}</span>
          )}
        </dd>
      </div>
      <div>
        <dt>{text.params}</dt>
        <dd>
          {known ? <span className="stat-main">{formatCount(params)}</span> : unknown}
          {known && params > 0 ? (
            <span className="stat-sub">
              {format(text.paramSplit, {
                trainable: formatCount(info.trainableParams),
                nonTrainable: formatCount(info.nonTrainableParams),
              })}
            </span>
          ) : null}
        </dd>
      </div>
      <div>
        <dt>{text.flops}</dt>
        <dd>{!known || info.flops === null ? unknown : formatCount(info.flops)}</dd>
      </div>
      <div>
        <dt>{text.weightMemory}</dt>
        <dd>{known ? formatBytes(info.weightBytes) : unknown}</dd>
      </div>
    </dl>
  );
}
