/** One attack: the original, the perturbation (amplified, and by how much) and the adversarial image, with predictions. */
import type { ReactNode } from "react";
import type { Prediction1, RecipeAnswer, SampleSet } from "../../../training/recipeViews";
import { useText } from "../../i18n/catalog";
import { format } from "../../i18n/messages";
import { formatPercent } from "../formatRun";
import { attackText } from "./attackText";
import { amplify, factorText } from "./draw";
import { SampleTiles } from "./SampleTiles";

type AttackAnswer = Extract<RecipeAnswer, { kind: "attack" }>;

const SCALE = 4;

/** One of the three images, large, with its caption and the lines under it. */
function AttackImage(props: {
  readonly caption: string;
  readonly set: SampleSet;
  readonly label: string;
  readonly testId: string;
  readonly children: ReactNode;
}) {
  return (
    <figure className="lab-figure">
      <figcaption>{props.caption}</figcaption>
      <SampleTiles
        set={props.set}
        columns={1}
        scale={SCALE}
        label={props.label}
        testId={props.testId}
      />
      {props.children}
    </figure>
  );
}

export function AttackResult({
  result,
  index,
}: {
  readonly result: AttackAnswer;
  readonly index: number;
}) {
  const text = useText(attackText);
  const nameOf = (label: number) => result.classNames[label] ?? String(label);
  const { sample: shownPerturbation, factor } = amplify(result.perturbation);
  const times = factorText(factor);
  const amplified = format(text.perturbationHint, { factor: times });
  const fooled = result.before.label !== result.after.label;
  const predicted = (p: Prediction1) =>
    format(text.predicted, { name: nameOf(p.label), confidence: formatPercent(p.confidence) });
  const imageOf = (what: string) => format(text.imageOf, { what, index });
  return (
    <div className="attack-result" data-testid="adv-result" data-fooled={fooled}>
      <AttackImage
        caption={text.original}
        set={result.original}
        label={imageOf(text.original)}
        testId="adv-original"
      >
        <span className="muted">{format(text.label, { name: nameOf(result.label) })}</span>
        <span data-testid="adv-before" data-label={result.before.label}>
          {predicted(result.before)}
        </span>
      </AttackImage>
      <AttackImage
        caption={format(text.perturbation, { factor: times })}
        set={shownPerturbation}
        label={amplified}
        testId="adv-perturbation"
      >
        <span className="muted" data-testid="adv-amplification" data-factor={factor}>
          {amplified}
        </span>
      </AttackImage>
      <AttackImage
        caption={`${text.adversarial} (ε = ${result.epsilon}, ${text[result.attack]})`}
        set={result.adversarial}
        label={imageOf(text.adversarial)}
        testId="adv-adversarial"
      >
        <span data-testid="adv-after" data-label={result.after.label}>
          {predicted(result.after)}
        </span>
        <strong className={fooled ? "attack-fooled" : "attack-held"} data-testid="adv-verdict">
          {fooled ? text.fooled : text.notFooled}
        </strong>
      </AttackImage>
    </div>
  );
}
