/**
 * How the graph trains: the recipe, a one-line explanation of it, and the
 * chosen recipe's own options. Written through the editor store like every
 * other field of the setup (one undo step per choice or typing session).
 */
import { RECIPES, type RecipeName } from "../../../graph/training/recipes/options";
import type { TrainingSetup } from "../../../graph/training/setup";
import { useText } from "../../i18n/catalog";
import { RecipeOptionFields } from "./RecipeOptionFields";
import { recipeSetupText } from "./recipeSetupText";
import { SetupSelect } from "./SetupSelect";
import { useSetupEditor } from "./useSetup";

export const RECIPE_HINT: Readonly<Record<RecipeName, `${RecipeName}Hint`>> = {
  supervised: "supervisedHint",
  autoencoder: "autoencoderHint",
  vae: "vaeHint",
  gan: "ganHint",
  wgan: "wganHint",
  cgan: "cganHint",
  word2vec: "word2vecHint",
  adversarial: "adversarialHint",
};

export function RecipeFields({ setup }: { readonly setup: TrainingSetup }) {
  const text = useText(recipeSetupText);
  const recipe = useSetupEditor("recipe");
  return (
    <fieldset className="setup-group" data-testid="recipe-fields">
      <legend>{text.recipe}</legend>
      <SetupSelect
        label={text.recipe}
        value={setup.recipe}
        choices={RECIPES.map((r) => ({ value: r, label: text[r] }))}
        onChange={(value) => recipe.commit(value)}
        testId="recipe-select"
      />
      <p className="setup-note" data-testid="recipe-explanation">
        {text[RECIPE_HINT[setup.recipe]]}
      </p>
      <RecipeOptionFields setup={setup} />
    </fieldset>
  );
}
