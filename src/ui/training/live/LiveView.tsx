/**
 * The live layer view. The layer shown is the editor's selection: clicking
 * a node on the canvas during training opens its view; the probed layers
 * are also listed here as buttons, for the keyboard.
 */
import { useEffect } from "react";
import { useText } from "../../i18n/catalog";
import { format } from "../../i18n/messages";
import { useEditorStore, useSelectedNodeId } from "../../store/editorStore";
import { useTrainingStore } from "../trainingStore";
import { useNodeNames } from "../useNodeNames";
import { GradientNormChart } from "./GradientNormChart";
import { LayerLive } from "./LayerLive";
import { LiveOptionsBar } from "./LiveOptionsBar";
import { liveText } from "./liveText";

export function LiveView() {
  const text = useText(liveText);
  const selected = useSelectedNodeId();
  const probes = useTrainingStore((s) => s.probes);
  const probeStep = useTrainingStore((s) => s.probeStep);
  const live = useTrainingStore((s) => s.live);
  const names = useNodeNames();
  useEffect(() => {
    useTrainingStore.setState({ liveViewOpen: true });
    return () => useTrainingStore.setState({ liveViewOpen: false });
  }, []);
  const probe = selected ? probes.get(selected) : undefined;
  const off = !live.activations && !live.histograms;
  return (
    <section className="live-view" aria-label={text.live}>
      <LiveOptionsBar />
      {off ? <p className="muted">{text.liveOff}</p> : null}
      {probes.size > 0 ? (
        <nav className="probe-layers" aria-label={text.layers}>
          {[...probes.keys()].map((id) => (
            <button
              key={id}
              type="button"
              className="chip"
              aria-pressed={id === selected}
              onClick={() => useEditorStore.getState().focusNode(id)}
            >
              {names.get(id) ?? id}
            </button>
          ))}
          {probeStep !== null ? (
            <span className="muted">{format(text.probeStep, { step: probeStep })}</span>
          ) : null}
        </nav>
      ) : null}
      {selected === null ? (
        <p className="muted">{text.pickLayer}</p>
      ) : probe ? (
        <LayerLive name={names.get(selected) ?? selected} probe={probe} />
      ) : (
        <p className="muted">{text.noProbe}</p>
      )}
      <GradientNormChart names={names} />
    </section>
  );
}
