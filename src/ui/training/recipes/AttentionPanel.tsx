/**
 * Attention maps of every head for one validation sample: asked when the
 * panel opens or the sample changes, on Refresh, and every few seconds while
 * training runs, so the heads can be watched while they learn where to look.
 */
import { useEffect } from "react";
import { useText } from "../../i18n/catalog";
import { hasModel } from "../trainingActions";
import { useTrainingStore } from "../trainingStore";
import { useNodeNames } from "../useNodeNames";
import { AttentionMap } from "./AttentionMap";
import { IndexPicker } from "./IndexPicker";
import { showAttention } from "./labActions";
import { useBusy, useLabStore } from "./labStore";
import { labText } from "./labText";
import { sequenceText } from "./sequenceText";

export const ATTENTION_REFRESH_MS = 2000;

/** Asks again while training runs (skipping a beat when the last question is still out). */
function useLiveRefresh(index: number): void {
  const running = useTrainingStore((s) => s.status === "running");
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => {
      if ((useLabStore.getState().busy.attention ?? 0) === 0) void showAttention(index);
    }, ATTENTION_REFRESH_MS);
    return () => clearInterval(timer);
  }, [running, index]);
}

export function AttentionPanel() {
  const text = useText(sequenceText);
  const common = useText(labText);
  const index = useLabStore((s) => s.attentionIndex);
  const answer = useLabStore((s) => s.attention);
  const busy = useBusy("attention");
  const status = useTrainingStore((s) => s.status);
  const validationCount = useTrainingStore((s) => s.info?.validationCount ?? null);
  const names = useNodeNames();
  useLiveRefresh(index);
  // The sample changed or the run moved on: show the maps, when a model is there to ask
  // (opening the tab never starts one; Refresh does, from the checkpoint).
  // biome-ignore lint/correctness/useExhaustiveDependencies: status is the trigger, hasModel() reads it
  useEffect(() => {
    if (hasModel()) void showAttention(index);
  }, [index, status]);
  return (
    <section className="lab-panel" aria-label={text.attentionPanel} data-testid="attention-panel">
      <div className="lab-controls">
        <IndexPicker
          value={index}
          max={validationCount !== null && validationCount > 0 ? validationCount - 1 : null}
          onChange={(attentionIndex) => useLabStore.setState({ attentionIndex })}
          testId="attn"
        />
        <button
          type="button"
          className="button"
          disabled={busy}
          data-testid="attn-refresh"
          onClick={() => void showAttention(index)}
        >
          {text.refresh}
        </button>
        {busy ? <span className="muted">{common.working}</span> : null}
      </div>
      <p className="muted lab-hint">{text.attentionHint}</p>
      {answer ? (
        <div
          className="attention-maps"
          data-testid="attention-maps"
          data-tokens={answer.tokens.join(" ")}
        >
          {answer.maps.flatMap((map) =>
            Array.from({ length: map.heads }, (_, head) => (
              <AttentionMap
                // biome-ignore lint/suspicious/noArrayIndexKey: a head is its index within its node
                key={`${map.nodeId}-${head}`}
                map={map}
                head={head}
                node={names.get(map.nodeId) ?? map.nodeId}
                tokens={answer.tokens}
              />
            )),
          )}
        </div>
      ) : null}
    </section>
  );
}
