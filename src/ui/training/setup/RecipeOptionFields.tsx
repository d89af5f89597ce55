/**
 * The chosen recipe's own options (training.gan, .wgan, .vae, .word2vec,
 * .adversarial). Each field is named by its setup path; its label is the
 * catalog entry of the option's name, its range comes from the option's
 * schema (recipeRanges.ts). Fields that do not apply (λ under weight
 * clipping, PGD steps under FGSM) are hidden, their stored values kept.
 */
import type { z } from "zod";
import {
  adversarialOptionsSchema,
  ganOptionsSchema,
  vaeOptionsSchema,
  wganOptionsSchema,
  word2vecOptionsSchema,
} from "../../../graph/training/recipes/options";
import type { TrainingSetup } from "../../../graph/training/setup";
import { useText } from "../../i18n/catalog";
import { ruleOf } from "./recipeRanges";
import { recipeSetupText } from "./recipeSetupText";
import { SetupNumber } from "./SetupNumber";
import { SetupSelect } from "./SetupSelect";
import type { RecipeOptionPath } from "./setupPaths";
import { useSetupEditor } from "./useSetup";

type Text = (typeof recipeSetupText)["en"];

const SCHEMAS = {
  gan: ganOptionsSchema,
  wgan: wganOptionsSchema,
  vae: vaeOptionsSchema,
  word2vec: word2vecOptionsSchema,
  adversarial: adversarialOptionsSchema,
} as const;

type Section = keyof typeof SCHEMAS;

interface FieldProps {
  readonly setup: TrainingSetup;
  readonly path: RecipeOptionPath;
}

/** The option's section, name, stored value, schema and label. */
function useOption({ setup, path }: FieldProps) {
  const text = useText(recipeSetupText);
  const [section, name] = path.split(".") as [Section, string];
  const value = (setup[section] as Readonly<Record<string, unknown>>)[name];
  const schema = (SCHEMAS[section].shape as Readonly<Record<string, z.ZodType>>)[name];
  return { value, schema, label: text[name as keyof Text], text };
}

function RecipeNumber(props: FieldProps) {
  const { value, schema, label } = useOption(props);
  if (typeof value !== "number" || !schema) return null;
  return (
    <SetupNumber
      label={label}
      path={props.path}
      value={value}
      rule={ruleOf(schema as z.ZodDefault<z.ZodNumber>)}
      testId={props.path}
    />
  );
}

/** A choice whose values are catalog keys (their labels). */
function RecipeChoice(props: FieldProps & { readonly choices: readonly (keyof Text)[] }) {
  const { value, label, text } = useOption(props);
  const editor = useSetupEditor(props.path);
  return (
    <SetupSelect
      label={label}
      value={String(value)}
      choices={props.choices.map((c) => ({ value: c, label: text[c] }))}
      onChange={(next) => editor.commit(next)}
      testId={props.path}
    />
  );
}

function RecipeToggle(props: FieldProps) {
  const { value, label } = useOption(props);
  const editor = useSetupEditor(props.path);
  return (
    <label className="setup-check">
      <input
        type="checkbox"
        data-testid={props.path}
        checked={value === true}
        onChange={(event) => editor.commit(event.target.checked)}
      />
      {label}
    </label>
  );
}

export function RecipeOptionFields({ setup }: { readonly setup: TrainingSetup }) {
  const text = useText(recipeSetupText);
  switch (setup.recipe) {
    case "gan":
    case "cgan":
      return (
        <>
          <p className="setup-note muted">{text.batchIsM}</p>
          <RecipeNumber setup={setup} path="gan.discriminatorSteps" />
          <RecipeToggle setup={setup} path="gan.nonSaturating" />
          <RecipeNumber setup={setup} path="gan.discriminatorLearningRateScale" />
        </>
      );
    case "wgan":
      return (
        <>
          <RecipeNumber setup={setup} path="wgan.criticSteps" />
          <RecipeChoice
            setup={setup}
            path="wgan.constraint"
            choices={["clip", "gradientPenalty"]}
          />
          {setup.wgan.constraint === "clip" ? (
            <RecipeNumber key="clip" setup={setup} path="wgan.clipValue" />
          ) : (
            <RecipeNumber key="penalty" setup={setup} path="wgan.penaltyWeight" />
          )}
        </>
      );
    case "vae":
      return <RecipeNumber setup={setup} path="vae.klWeight" />;
    case "word2vec":
      return (
        <>
          <RecipeChoice setup={setup} path="word2vec.model" choices={["skipGram", "cbow"]} />
          <RecipeChoice
            setup={setup}
            path="word2vec.objective"
            choices={["negativeSampling", "hierarchicalSoftmax"]}
          />
          <RecipeNumber setup={setup} path="word2vec.window" />
          {setup.word2vec.objective === "negativeSampling" ? (
            <RecipeNumber setup={setup} path="word2vec.negatives" />
          ) : null}
          <RecipeNumber setup={setup} path="word2vec.subsample" />
        </>
      );
    case "adversarial":
      return (
        <>
          <RecipeChoice setup={setup} path="adversarial.attack" choices={["fgsm", "pgd"]} />
          <RecipeNumber setup={setup} path="adversarial.epsilon" />
          {setup.adversarial.attack === "pgd" ? (
            <>
              <RecipeNumber setup={setup} path="adversarial.steps" />
              <RecipeNumber setup={setup} path="adversarial.stepSize" />
            </>
          ) : null}
          <RecipeNumber setup={setup} path="adversarial.mix" />
        </>
      );
    case "supervised":
    case "autoencoder":
      return null;
  }
}
