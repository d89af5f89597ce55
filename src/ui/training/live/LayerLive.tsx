/** One layer's live view: its feature maps or activations, and its weight and gradient histograms. */
import { formatShape } from "../../../graph";
import type { LayerProbe } from "../../../training/protocol";
import { useText } from "../../i18n/catalog";
import { format } from "../../i18n/messages";
import { formatValue } from "../formatRun";
import { ActivationStrip } from "./ActivationStrip";
import { FeatureMaps } from "./FeatureMaps";
import { HistogramChart } from "./HistogramChart";
import { liveText } from "./liveText";

export function LayerLive({ name, probe }: { readonly name: string; readonly probe: LayerProbe }) {
  const text = useText(liveText);
  const { activation, shape } = probe;
  // The worker may cap what it sends (e.g. the first channels of a wide convolution).
  const sent = probe.activationShape ?? shape;
  return (
    <div className="layer-live" data-testid={`layer-live-${probe.nodeId}`}>
      <p className="muted">
        {format(text.outputShape, { shape: formatShape([null, ...shape]) })}
        {probe.meanAbsActivation !== undefined
          ? ` · ${format(text.meanAbs, { value: formatValue(probe.meanAbsActivation) })}`
          : ""}
      </p>
      {activation && sent.length === 3 ? (
        <FeatureMaps name={name} activation={activation} shape={sent} />
      ) : activation ? (
        <ActivationStrip name={name} activation={activation} />
      ) : null}
      <div className="histograms">
        {probe.weights ? (
          <HistogramChart title={text.weights} histogram={probe.weights} colour="#3b5bdb" />
        ) : null}
        {probe.gradients ? (
          <HistogramChart title={text.gradients} histogram={probe.gradients} colour="#e8590c" />
        ) : null}
      </div>
    </div>
  );
}
