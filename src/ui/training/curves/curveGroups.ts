/**
 * Which curves share a chart. A supervised run draws one chart per curve;
 * a recipe's numbers that belong together share one — a GAN's
 * discriminator and generator losses, D(real) beside D(fake), a VAE's
 * reconstruction beside its KL term — so that they can be read against each
 * other. Pure: the chart components only draw the plan.
 */
import type { I18nText } from "../../../graph";
import type { RecipeName, RecipeSeries } from "../../../training/recipeViews";
import type { curvesText } from "./curvesText";

export type CurveTextKey = keyof (typeof curvesText)["en"];

/** A label: from the curves catalog, from the recipe (both languages), or a bare series key. */
export type ChartLabel =
  | { readonly key: CurveTextKey }
  | { readonly text: I18nText }
  | { readonly raw: string };

export interface ChartMember {
  readonly name: string;
  readonly label: ChartLabel;
}

export interface ChartPlan {
  /** "losses", "verdicts", "split", or the curve's own name when it is alone. */
  readonly id: string;
  readonly title: ChartLabel;
  readonly members: readonly ChartMember[];
}

const KNOWN: ReadonlySet<string> = new Set([
  "loss",
  "accuracy",
  "meanAbsoluteError",
  "meanSquaredError",
]);

const GAN_FAMILY: ReadonlySet<RecipeName> = new Set(["gan", "wgan", "cgan"]);

interface Group {
  readonly id: string;
  readonly title: CurveTextKey;
  readonly takes: (name: string) => boolean;
}

/** What the main loss is, for each recipe (see RecipeStepResult.loss). */
function lossLabel(recipe: RecipeName | null): CurveTextKey {
  if (recipe === "gan" || recipe === "cgan") return "discriminatorLoss";
  if (recipe === "wgan") return "criticLoss";
  if (recipe === "vae") return "totalLoss";
  return "loss";
}

/** The groups of a recipe; series keys follow the recipes' naming (generatorLoss, dReal, dFake, reconstruction, kl). */
function groupsOf(recipe: RecipeName | null): readonly Group[] {
  if (recipe !== null && GAN_FAMILY.has(recipe))
    return [
      {
        id: "losses",
        title: recipe === "wgan" ? "wganLosses" : "ganLosses",
        takes: (name) => name === "loss" || /loss$/i.test(name),
      },
      {
        id: "verdicts",
        title: recipe === "wgan" ? "criticScores" : "verdicts",
        takes: (name) => /(real|fake)$/i.test(name),
      },
    ];
  if (recipe === "vae")
    return [
      {
        id: "split",
        title: "vaeSplit",
        takes: (name) => name === "loss" || /^recon/i.test(name) || /^kl/i.test(name),
      },
    ];
  return [];
}

export function memberLabel(
  name: string,
  recipe: RecipeName | null,
  series: readonly RecipeSeries[],
): ChartLabel {
  if (name === "loss") return { key: lossLabel(recipe) };
  const named = series.find((s) => s.key === name);
  if (named) return { text: named.label };
  if (KNOWN.has(name)) return { key: name as CurveTextKey };
  return { raw: name };
}

/** Charts in the order their first curve appears in `names` (the loss first). */
export function chartPlan(
  names: readonly string[],
  recipe: RecipeName | null,
  series: readonly RecipeSeries[],
): ChartPlan[] {
  const groups = groupsOf(recipe);
  const plans: ChartPlan[] = [];
  const byGroup = new Map<string, ChartMember[]>();
  for (const name of names) {
    const member = { name, label: memberLabel(name, recipe, series) };
    const group = groups.find((g) => g.takes(name));
    if (!group) {
      plans.push({ id: name, title: member.label, members: [member] });
      continue;
    }
    const members = byGroup.get(group.id);
    if (members) {
      members.push(member);
      continue;
    }
    const first = [member];
    byGroup.set(group.id, first);
    plans.push({ id: group.id, title: { key: group.title }, members: first });
  }
  return plans;
}
