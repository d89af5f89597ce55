/**
 * Which commands the palette lists for a query, best first. Every token of
 * the query must match somewhere (either language's title, the keywords or
 * the id); titles count more than keywords; a title that starts with the
 * whole query wins; recently used commands win ties. With no query, recently
 * used commands come first, then the registry's order.
 */
import type { I18nText, Locale } from "../../graph";
import { matchToken, queryTokens } from "./fuzzy";

export interface Rankable {
  readonly id: string;
  readonly title: I18nText;
  readonly keywords?: string;
}

export interface Ranked<C extends Rankable> {
  readonly command: C;
  /** Matched character indices in the title in the display language, for highlighting. */
  readonly positions: readonly number[];
  readonly recent: boolean;
}

/** How much each field's match counts, relative to the title in the display language. */
const WEIGHT = { title: 1, otherTitle: 0.9, keywords: 0.6, id: 0.5 } as const;
const PREFIX_BONUS = 40;
const SUBSTRING_BONUS = 20;
/** Per place in the recent list (most recent gets the most). */
const RECENT_BONUS = 3;

function other(locale: Locale): Locale {
  return locale === "en" ? "zh" : "en";
}

interface Scored<C extends Rankable> extends Ranked<C> {
  readonly score: number;
  readonly index: number;
}

function scoreCommand<C extends Rankable>(
  command: C,
  tokens: readonly string[],
  whole: string,
  locale: Locale,
): { score: number; positions: number[] } | null {
  const title = command.title[locale];
  const fields: [string, number][] = [
    [command.title[other(locale)], WEIGHT.otherTitle],
    [command.keywords ?? "", WEIGHT.keywords],
    [command.id, WEIGHT.id],
  ];
  let score = 0;
  const positions = new Set<number>();
  for (const token of tokens) {
    const inTitle = matchToken(token, title);
    let best = inTitle ? inTitle.score * WEIGHT.title : Number.NEGATIVE_INFINITY;
    for (const [text, weight] of fields) {
      const match = matchToken(token, text);
      if (match && match.score * weight > best) best = match.score * weight;
    }
    if (best === Number.NEGATIVE_INFINITY) return null;
    score += best;
    if (inTitle) for (const p of inTitle.positions) positions.add(p);
  }
  for (const text of [title, command.title[other(locale)]]) {
    const at = text.toLowerCase().indexOf(whole);
    if (at === 0) score += PREFIX_BONUS;
    else if (at > 0) score += SUBSTRING_BONUS;
  }
  return { score, positions: [...positions].sort((a, b) => a - b) };
}

export function rankCommands<C extends Rankable>(
  commands: readonly C[],
  query: string,
  locale: Locale,
  recent: readonly string[],
): Ranked<C>[] {
  const recentRank = new Map(recent.map((id, i) => [id, i]));
  const tokens = queryTokens(query);
  if (tokens.length === 0) {
    const indexed = commands.map((command, index) => ({ command, index }));
    const rankOf = (id: string) => recentRank.get(id) ?? Number.POSITIVE_INFINITY;
    indexed.sort((a, b) => rankOf(a.command.id) - rankOf(b.command.id) || a.index - b.index);
    return indexed.map(({ command }) => ({
      command,
      positions: [],
      recent: recentRank.has(command.id),
    }));
  }
  const whole = tokens.join(" ").toLowerCase();
  const scored: Scored<C>[] = [];
  commands.forEach((command, index) => {
    const result = scoreCommand(command, tokens, whole, locale);
    if (!result) return;
    const rank = recentRank.get(command.id);
    const bonus = rank === undefined ? 0 : (recent.length - rank) * RECENT_BONUS;
    scored.push({
      command,
      positions: result.positions,
      recent: rank !== undefined,
      score: result.score + bonus,
      index,
    });
  });
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      a.command.title[locale].length - b.command.title[locale].length ||
      a.index - b.index,
  );
  return scored.map(({ command, positions, recent: isRecent }) => ({
    command,
    positions,
    recent: isRecent,
  }));
}
