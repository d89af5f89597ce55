/** The progress bar: epoch, batch, time left, samples per second. */
import { useText } from "../../i18n/catalog";
import { useLocale } from "../../i18n/locale";
import { format } from "../../i18n/messages";
import { formatDuration, formatRate } from "../formatRun";
import { useTrainingStore } from "../trainingStore";
import { trainingText } from "../trainingText";

export function RunProgress() {
  const text = useText(trainingText);
  const locale = useLocale();
  const progress = useTrainingStore((s) => s.progress);
  if (!progress) return null;
  const done = (progress.epoch - 1) * progress.batchesPerEpoch + progress.batch;
  const total = progress.epochs * progress.batchesPerEpoch;
  const fraction = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0;
  const epochText = format(text.epochOf, { epoch: progress.epoch, epochs: progress.epochs });
  const batchText = format(text.batchOf, {
    batch: progress.batch,
    batches: progress.batchesPerEpoch,
  });
  return (
    <div className="run-progress" data-testid="run-progress" data-step={done}>
      <div
        className="progress-track"
        role="progressbar"
        aria-label={text.progress}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(fraction * 100)}
        aria-valuetext={`${epochText}, ${batchText}`}
      >
        <div className="progress-fill" style={{ width: `${fraction * 100}%` }} />
      </div>
      <span data-testid="progress-epoch">{epochText}</span>
      <span data-testid="progress-batch">{batchText}</span>
      <span>
        {format(text.remaining, { time: formatDuration(progress.secondsRemaining, locale) })}
      </span>
      <span>{format(text.samplesPerSecond, { rate: formatRate(progress.samplesPerSecond) })}</span>
    </div>
  );
}
