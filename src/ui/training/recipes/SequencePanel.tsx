/**
 * The vanishing-gradient lab: ‖∂L/∂x_t‖ for each input time step on a log
 * scale, for this run and the runs before it, each named by its recurrent
 * layers — SimpleRNN, LSTM and GRU side by side.
 */
import { useText } from "../../i18n/catalog";
import { format } from "../../i18n/messages";
import { LabChart } from "./LabChart";
import { clearTimeGradients, measureTimeGradients, TIME_GRADIENT_SAMPLES } from "./labActions";
import { useBusy, useLabStore } from "./labStore";
import { MeasureBar } from "./MeasureBar";
import { sequenceText } from "./sequenceText";

export function SequencePanel() {
  const text = useText(sequenceText);
  const curves = useLabStore((s) => s.timeGradients);
  const busy = useBusy("timeGradients");
  return (
    <section className="lab-panel" aria-label={text.sequencePanel} data-testid="sequence-panel">
      <MeasureBar
        label={text.measure}
        busy={busy}
        onMeasure={() => void measureTimeGradients()}
        onClear={curves.length > 0 ? clearTimeGradients : null}
        testId="seq-measure"
      />
      <p className="muted lab-hint">
        {format(text.timeGradientsHint, { count: TIME_GRADIENT_SAMPLES })}
      </p>
      <LabChart
        curves={curves}
        label={text.timeGradients}
        xLabel={text.timeStep}
        log
        testId="seq-time-gradients"
      />
    </section>
  );
}
