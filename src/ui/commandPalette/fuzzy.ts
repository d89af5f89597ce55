/**
 * Fuzzy matching for the command palette, in the spirit of VS Code's and
 * fzf's: the letters of a query token must appear in order, and matches that
 * start words ("ad" in "Add Dense") or run together score higher than
 * scattered ones. Works for Chinese too: every CJK character starts a word.
 */

export interface TokenMatch {
  readonly score: number;
  /** Indices in the text of the matched characters, ascending. */
  readonly positions: readonly number[];
}

const WORD_START = 8;
const CONSECUTIVE = 6;
/** Charged for each jump over unmatched characters, so a run beats a scatter. */
const GAP = 3;
const TEXT_START = 4;

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const ALNUM = /[\p{L}\p{N}]/u;

function isWordStart(text: string, i: number): boolean {
  if (i === 0) return true;
  const ch = text[i]!;
  const prev = text[i - 1]!;
  if (CJK.test(ch)) return true;
  if (!ALNUM.test(prev)) return true;
  // camelCase and letter→digit boundaries: "Conv2D", "multiHeadAttention".
  if (prev === prev.toLowerCase() && ch !== ch.toLowerCase()) return true;
  return /\d/.test(ch) !== /\d/.test(prev);
}

/**
 * The best-scoring way to find `token`'s characters, in order, in `text`
 * (case-insensitive), or null when they are not all there. Dynamic
 * programming over (token char, text position), O(token × text).
 */
export function matchToken(token: string, text: string): TokenMatch | null {
  const query = token.toLowerCase();
  const lower = text.toLowerCase();
  const n = query.length;
  const m = lower.length;
  if (n === 0) return { score: 0, positions: [] };
  if (n > m) return null;
  const charScore = new Array<number>(m);
  for (let j = 0; j < m; j++) charScore[j] = 1 + (isWordStart(text, j) ? WORD_START : 0);

  // best[i][j]: best score with query[i] matched at text[j]; from[i][j]: where query[i-1] was.
  const NONE = Number.NEGATIVE_INFINITY;
  const best: number[][] = [];
  const from: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row = new Array<number>(m).fill(NONE);
    const back = new Array<number>(m).fill(-1);
    let runMax = NONE; // max of best[i-1][k] for k < j-1
    let runArg = -1;
    for (let j = i; j < m; j++) {
      if (i > 0 && j >= 2) {
        const candidate = best[i - 1]![j - 2]!;
        if (candidate > runMax) {
          runMax = candidate;
          runArg = j - 2;
        }
      }
      if (lower[j] !== query[i]) continue;
      if (i === 0) {
        row[j] = charScore[j]! + (j === 0 ? TEXT_START : 0);
        continue;
      }
      const adjacent = best[i - 1]![j - 1]!;
      const viaAdjacent = adjacent === NONE ? NONE : adjacent + CONSECUTIVE;
      if (viaAdjacent !== NONE && viaAdjacent >= runMax - GAP) {
        row[j] = viaAdjacent + charScore[j]!;
        back[j] = j - 1;
      } else if (runMax !== NONE) {
        row[j] = runMax - GAP + charScore[j]!;
        back[j] = runArg;
      }
    }
    best.push(row);
    from.push(back);
  }
  const last = best[n - 1]!;
  let end = -1;
  for (let j = 0; j < m; j++) if (last[j]! !== NONE && (end < 0 || last[j]! > last[end]!)) end = j;
  if (end < 0) return null;
  const positions = new Array<number>(n);
  for (let i = n - 1, j = end; i >= 0; i--) {
    positions[i] = j;
    j = from[i]![j]!;
  }
  return { score: last[end]!, positions };
}

/** Splits a query into tokens on whitespace ("add dense" → ["add", "dense"]). */
export function queryTokens(query: string): string[] {
  return query.trim().split(/\s+/).filter(Boolean);
}
