/** Which metrics are computed beside the loss, as checkboxes. */
import { METRICS, type MetricName } from "../../../graph/training/setup";
import { useText } from "../../i18n/catalog";
import { setupText } from "./setupText";
import { useSetupEditor } from "./useSetup";

export function MetricsField({ metrics }: { readonly metrics: readonly MetricName[] }) {
  const text = useText(setupText);
  const editor = useSetupEditor("metrics");
  const toggle = (metric: MetricName, on: boolean) =>
    editor.commit(METRICS.filter((m) => (m === metric ? on : metrics.includes(m))));
  return (
    <fieldset className="setup-group">
      <legend>{text.metrics}</legend>
      {METRICS.map((metric) => (
        <label key={metric} className="setup-check">
          <input
            type="checkbox"
            checked={metrics.includes(metric)}
            onChange={(event) => toggle(metric, event.target.checked)}
          />
          {text[metric]}
        </label>
      ))}
    </fieldset>
  );
}
