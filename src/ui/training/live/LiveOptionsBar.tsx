/** What to watch live: the probe sample, activations, histograms, and tinting the canvas. */
import { useId } from "react";
import { useText } from "../../i18n/catalog";
import { NumberInput } from "../../inspector/NumberInput";
import { readNumber } from "../../inspector/numberText";
import { setLive } from "../trainingActions";
import { useTrainingStore } from "../trainingStore";
import { liveText } from "./liveText";

export function LiveOptionsBar() {
  const text = useText(liveText);
  const live = useTrainingStore((s) => s.live);
  const tintNodes = useTrainingStore((s) => s.tintNodes);
  const probeId = useId();
  const onProbe = (value: string) => {
    const index = readNumber(value);
    if (index !== null && Number.isInteger(index) && index >= 0)
      setLive({ ...live, probeIndex: index });
  };
  return (
    <div className="live-options">
      <label htmlFor={probeId}>{text.probeSample}</label>
      <NumberInput
        id={probeId}
        text={String(live.probeIndex)}
        onText={onProbe}
        rule={{ whole: true, min: 0, max: 1_000_000 }}
        invalid={false}
        className="probe-input"
      />
      <label className="setup-check">
        <input
          type="checkbox"
          checked={live.activations}
          onChange={(e) => setLive({ ...live, activations: e.target.checked })}
        />
        {text.showActivations}
      </label>
      <label className="setup-check">
        <input
          type="checkbox"
          checked={live.histograms}
          onChange={(e) => setLive({ ...live, histograms: e.target.checked })}
        />
        {text.showHistograms}
      </label>
      <label className="setup-check">
        <input
          type="checkbox"
          checked={tintNodes}
          onChange={(e) => useTrainingStore.setState({ tintNodes: e.target.checked })}
        />
        {text.tintNodes}
      </label>
    </div>
  );
}
