/**
 * Adversarial examples against the trained classifier: pick a validation
 * sample, ε and FGSM or PGD, and see the attack; then the accuracy against
 * ε, with the curves of earlier runs (clean against adversarial training).
 */
import { useEffect, useId, useRef } from "react";
import { ATTACKS } from "../../../graph/training/recipes/options";
import { useText } from "../../i18n/catalog";
import { format } from "../../i18n/messages";
import { NumberInput } from "../../inspector/NumberInput";
import { readNumber } from "../../inspector/numberText";
import { formatPercent } from "../formatRun";
import { useSetup } from "../setup/useSetup";
import { useTrainingStore } from "../trainingStore";
import { AttackResult } from "./AttackResult";
import { attackText } from "./attackText";
import { IndexPicker } from "./IndexPicker";
import { LabChart } from "./LabChart";
import { attackSample, clearRobustness, measureRobustness, ROBUSTNESS_SAMPLES } from "./labActions";
import { type AttackInput, useBusy, useLabStore } from "./labStore";
import { labText } from "./labText";
import { MeasureBar } from "./MeasureBar";

/** The panel's inputs: the user's, or the setup's adversarial options until touched. */
function useAttackInput(): [AttackInput, (patch: Partial<AttackInput>) => AttackInput] {
  const setup = useSetup().adversarial;
  const stored = useLabStore((s) => s.attackInput);
  const input: AttackInput = stored ?? {
    index: 0,
    epsilon: setup.epsilon,
    attack: setup.attack,
    steps: setup.steps,
    stepSize: setup.stepSize,
  };
  const change = (patch: Partial<AttackInput>) => {
    const next = { ...input, ...patch };
    useLabStore.setState({ attackInput: next });
    return next;
  };
  return [input, change];
}

/** ε changes re-run the attack shown, once the slider rests. */
function useRerunOnEpsilon(input: AttackInput): void {
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only ε moves re-run; other inputs have buttons
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!useLabStore.getState().attack) return;
    const timer = setTimeout(() => void attackSample(input), 300);
    return () => clearTimeout(timer);
  }, [input.epsilon]);
}

function AttackControls({
  input,
  change,
}: {
  input: AttackInput;
  change: (p: Partial<AttackInput>) => AttackInput;
}) {
  const text = useText(attackText);
  const common = useText(labText);
  const id = useId();
  const validationCount = useTrainingStore((s) => s.info?.validationCount ?? null);
  const busy = useBusy("attack");
  const pgd = input.attack === "pgd";
  return (
    <div className="lab-controls">
      <IndexPicker
        value={input.index}
        max={validationCount !== null && validationCount > 0 ? validationCount - 1 : null}
        onChange={(index, stepped) => {
          const next = change({ index });
          if (stepped) void attackSample(next);
        }}
        testId="adv"
      />
      <label htmlFor={`${id}-attack`}>{text.attack}</label>
      <select
        id={`${id}-attack`}
        className="select"
        value={input.attack}
        data-testid="adv-attack"
        onChange={(event) => change({ attack: event.target.value as AttackInput["attack"] })}
      >
        {ATTACKS.map((a) => (
          <option key={a} value={a}>
            {text[a]}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-epsilon`}>{text.epsilon}</label>
      <input
        id={`${id}-epsilon`}
        type="range"
        min={0}
        max={0.5}
        step={0.01}
        value={input.epsilon}
        data-testid="adv-epsilon"
        onChange={(event) => change({ epsilon: Number(event.target.value) })}
      />
      <output htmlFor={`${id}-epsilon`} data-testid="adv-epsilon-value">
        {input.epsilon.toFixed(2)}
      </output>
      {pgd ? (
        <>
          <label htmlFor={`${id}-steps`}>{text.steps}</label>
          <span data-testid="adv-steps">
            <NumberInput
              id={`${id}-steps`}
              text={String(input.steps)}
              onText={(t) => {
                const steps = readNumber(t);
                if (steps !== null && Number.isInteger(steps) && steps >= 1 && steps <= 100)
                  change({ steps });
              }}
              rule={{ whole: true, min: 1, max: 100 }}
              invalid={false}
              className="probe-input"
            />
          </span>
          <label htmlFor={`${id}-size`}>{text.stepSize}</label>
          <span data-testid="adv-step-size">
            <NumberInput
              id={`${id}-size`}
              text={String(input.stepSize)}
              onText={(t) => {
                const stepSize = readNumber(t);
                if (stepSize !== null && stepSize > 0 && stepSize <= 10) change({ stepSize });
              }}
              rule={{ whole: false, min: 0, max: 10, exclusiveMin: true }}
              invalid={false}
              className="probe-input"
            />
          </span>
        </>
      ) : null}
      <button
        type="button"
        className="button primary"
        disabled={busy}
        data-testid="adv-run"
        onClick={() => void attackSample(input)}
      >
        {text.run}
      </button>
      {busy ? <span className="muted">{common.working}</span> : null}
    </div>
  );
}

function Robustness({ input }: { readonly input: AttackInput }) {
  const text = useText(attackText);
  const curves = useLabStore((s) => s.robustness);
  const busy = useBusy("robustness");
  const { attack, steps, stepSize } = input;
  return (
    <section className="lab-figure" aria-label={text.robustness}>
      <MeasureBar
        label={text.robustness}
        busy={busy}
        onMeasure={() => void measureRobustness({ attack, steps, stepSize })}
        onClear={curves.length > 0 ? clearRobustness : null}
        testId="adv-robustness"
      />
      <p className="muted lab-hint">{format(text.robustnessHint, { count: ROBUSTNESS_SAMPLES })}</p>
      <LabChart
        curves={curves}
        label={text.robustnessChart}
        xLabel="ε"
        formatY={formatPercent}
        yDomain={[0, 1]}
        testId="adv-robustness-chart"
      />
    </section>
  );
}

export function AdversarialPanel() {
  const text = useText(attackText);
  const [input, change] = useAttackInput();
  const result = useLabStore((s) => s.attack);
  useRerunOnEpsilon(input);
  return (
    <section className="lab-panel" aria-label={text.panel} data-testid="adversarial-panel">
      <AttackControls input={input} change={change} />
      {result ? <AttackResult result={result} index={result.index} /> : null}
      <Robustness input={input} />
    </section>
  );
}
