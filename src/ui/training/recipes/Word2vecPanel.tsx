/**
 * word2vec while it trains: a word's nearest neighbours (asked once, or
 * watched live), analogies a − b + c, the 2-D projection of the most
 * frequent words, and the export for the Embedding Projector.
 */
import { useId } from "react";
import type { RecipeView } from "../../../training/recipeViews";
import { useText } from "../../i18n/catalog";
import { format } from "../../i18n/messages";
import { EmbeddingExport } from "./EmbeddingExport";
import { findNeighbours, solveAnalogy, watchWord } from "./labActions";
import { useBusy, useLabStore } from "./labStore";
import { labText } from "./labText";
import { NeighbourBars } from "./NeighbourBars";
import { ProjectionScatter } from "./ProjectionScatter";
import { wordText } from "./wordText";

type WordView = Extract<RecipeView, { kind: "word2vec" }>;

const cleanWord = (word: string) => word.trim().toLowerCase();

function lookUp(word: string): void {
  const clean = cleanWord(word);
  if (!clean) return;
  useLabStore.setState({ word: clean });
  void findNeighbours(clean);
}

function WordBox() {
  const text = useText(wordText);
  const id = useId();
  const word = useLabStore((s) => s.word);
  const neighbours = useLabStore((s) => s.neighbours);
  const busy = useBusy("neighbours");
  return (
    <section className="lab-figure" aria-label={text.neighbours}>
      <h4>{text.neighbours}</h4>
      <form
        className="lab-controls"
        onSubmit={(event) => {
          event.preventDefault();
          lookUp(word);
        }}
      >
        <label htmlFor={id}>{text.word}</label>
        <input
          id={id}
          type="text"
          className="text-input"
          placeholder={text.wordPlaceholder}
          value={word}
          data-testid="w2v-word"
          onChange={(event) => useLabStore.setState({ word: event.target.value })}
        />
        <button
          type="submit"
          className="button"
          disabled={busy || !cleanWord(word)}
          data-testid="w2v-find"
        >
          {text.findNeighbours}
        </button>
        <button
          type="button"
          className="button"
          title={text.watchHint}
          disabled={!cleanWord(word)}
          data-testid="w2v-watch"
          onClick={() => void watchWord(cleanWord(word))}
        >
          {text.watch}
        </button>
      </form>
      {neighbours ? (
        <NeighbourBars
          neighbours={neighbours.neighbours}
          label={format(text.neighboursOf, { word: neighbours.word })}
          testId="w2v-neighbours"
        />
      ) : null}
    </section>
  );
}

function AnalogyRow() {
  const text = useText(wordText);
  const id = useId();
  const words = useLabStore((s) => s.analogyWords);
  const analogy = useLabStore((s) => s.analogy);
  const busy = useBusy("analogy");
  const clean = words.map(cleanWord);
  const ready = clean.every((w) => w.length > 0);
  const labels = [text.analogyA, text.analogyB, text.analogyC];
  const set = (i: number, value: string) =>
    useLabStore.setState({
      analogyWords: words.map((w, j) => (j === i ? value : w)) as [string, string, string],
    });
  return (
    <section className="lab-figure" aria-label={text.analogy}>
      <h4>{text.analogy}</h4>
      <form
        className="lab-controls"
        onSubmit={(event) => {
          event.preventDefault();
          if (ready) void solveAnalogy(clean[0]!, clean[1]!, clean[2]!);
        }}
      >
        {words.map((word, i) => (
          <span key={labels[i]}>
            {i === 1 ? " − " : i === 2 ? " + " : null}
            <input
              id={`${id}-${i}`}
              type="text"
              className="text-input analogy-word"
              aria-label={labels[i]}
              value={word}
              data-testid={`w2v-analogy-${"abc"[i]}`}
              onChange={(event) => set(i, event.target.value)}
            />
          </span>
        ))}
        <button
          type="submit"
          className="button"
          disabled={busy || !ready}
          data-testid="w2v-analogy-solve"
        >
          {text.solve}
        </button>
      </form>
      <p className="muted lab-hint">{text.analogyHint}</p>
      {analogy ? (
        <NeighbourBars
          neighbours={analogy.results}
          label={format(text.analogyResults, {
            a: analogy.query[0],
            b: analogy.query[1],
            c: analogy.query[2],
          })}
          testId="w2v-analogy-results"
        />
      ) : null}
    </section>
  );
}

function Watched({ view }: { readonly view: WordView }) {
  const text = useText(wordText);
  if (view.watched.length === 0) return null;
  return (
    <section className="lab-figure" aria-label={text.watched} data-testid="w2v-watched">
      <h4>{text.watched}</h4>
      <div className="lab-row">
        {view.watched.map((w) => (
          <NeighbourBars
            key={w.word}
            neighbours={w.neighbours}
            label={format(text.neighboursOf, { word: w.word })}
            testId={`w2v-watched-${w.word}`}
          />
        ))}
      </div>
    </section>
  );
}

export function Word2vecPanel({ view }: { readonly view: WordView | null }) {
  const text = useText(wordText);
  const common = useText(labText);
  return (
    <section className="lab-panel" aria-label={text.panel} data-testid="word2vec-panel">
      {view ? (
        <p className="muted" data-testid="w2v-stats">
          {format(text.stats, { vocabulary: view.vocabularySize, pairs: view.pairsPerEpoch })}
          {view.benchmark ? (
            <>
              <br />
              <span data-testid="w2v-benchmark">
                {format(view.benchmark.within === 1 ? text.benchmarkFirst : text.benchmarkWithin, {
                  found: view.benchmark.found,
                  asked: view.benchmark.asked,
                  within: view.benchmark.within,
                  share: `${Math.round(100 * view.benchmark.value)} %`,
                })}
              </span>
            </>
          ) : null}
        </p>
      ) : (
        <p className="muted">{common.noView}</p>
      )}
      <div className="lab-row">
        <div className="lab-column">
          <WordBox />
          <AnalogyRow />
        </div>
        {view && view.projection.words.length > 0 ? (
          <figure className="lab-figure">
            <figcaption>{text.projection}</figcaption>
            <ProjectionScatter
              words={view.projection.words}
              points={view.projection.points}
              onPick={lookUp}
              label={text.projectionLabel}
            />
          </figure>
        ) : null}
      </div>
      {view ? <Watched view={view} /> : null}
      <EmbeddingExport />
    </section>
  );
}
