/**
 * The presets gallery: a card per example with its name, description and a
 * picture drawn from the graph itself. Arrow keys move between cards; Enter
 * opens one as a new graph.
 */
import { type KeyboardEvent, useRef } from "react";
import { formatCount, inferShapes, topicTitle } from "../../../graph";
import { useText } from "../../i18n/catalog";
import { useLocale } from "../../i18n/locale";
import { format } from "../../i18n/messages";
import { Dialog } from "../../layout/Dialog";
import { renderThumbnailSvg, svgDataUrl } from "../../render/thumbnailSvg";
import { filesText } from "../filesText";
import { notifyOpened, openAsNewGraph } from "../library";
import {
  descriptionText,
  learningGoal,
  type Preset,
  presetsByTopic,
  presetTitle,
} from "../presets";
import { CloseButton } from "./CloseButton";

interface Card {
  readonly thumbnail: string;
  readonly params: number;
}

/** Presets never change while the app runs: draw and count each once. */
const cards = new Map<string, Card>();
function cardOf(preset: Preset): Card {
  let card = cards.get(preset.id);
  if (!card) {
    card = {
      thumbnail: svgDataUrl(renderThumbnailSvg(preset.document)),
      params: inferShapes(preset.document).totals.params,
    };
    cards.set(preset.id, card);
  }
  return card;
}

/**
 * The card a key moves to: left/right the previous/next card; up/down the
 * card nearest in the row above/below (rows differ in length between topics).
 */
function nextCard(
  buttons: readonly HTMLButtonElement[],
  at: number,
  key: string,
): number | undefined {
  if (key === "ArrowRight") return at + 1;
  if (key === "ArrowLeft") return at - 1;
  if (key === "Home") return 0;
  if (key === "End") return buttons.length - 1;
  if (key !== "ArrowDown" && key !== "ArrowUp") return undefined;
  const boxes = buttons.map((b) => b.getBoundingClientRect());
  const here = boxes[at]!;
  const down = key === "ArrowDown";
  const rows = boxes
    .map((b) => b.top)
    .filter((top) => (down ? top > here.top + 1 : top < here.top - 1));
  if (rows.length === 0) return undefined;
  const row = down ? Math.min(...rows) : Math.max(...rows);
  let best: number | undefined;
  boxes.forEach((b, i) => {
    if (Math.abs(b.top - row) > 1) return;
    if (
      best === undefined ||
      Math.abs(b.left - here.left) < Math.abs(boxes[best]!.left - here.left)
    )
      best = i;
  });
  return best;
}

export function PresetsDialog({ close }: { readonly close: () => void }) {
  const text = useText(filesText);
  const locale = useLocale();
  const grid = useRef<HTMLDivElement>(null);

  const onKeyDown = (event: KeyboardEvent) => {
    const buttons = [...(grid.current?.querySelectorAll<HTMLButtonElement>("button") ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const next = nextCard(buttons, at, event.key);
    const target = next === undefined ? undefined : buttons[next];
    if (!target) return;
    event.preventDefault();
    target.focus();
  };

  const choose = (preset: Preset) => {
    close();
    // The graph takes the name the reader saw on the card, in their language.
    const document = { ...preset.document, name: presetTitle(preset, locale) };
    void openAsNewGraph(document).then(() => notifyOpened(document.name));
  };

  return (
    <Dialog title={text.presets} onClose={close} wide actions={<CloseButton close={close} />}>
      <p className="muted files-intro">{text.presetsIntro}</p>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: arrow keys move focus between the cards inside */}
      <div className="files-topics" ref={grid} onKeyDown={onKeyDown}>
        {presetsByTopic().map(({ topic, presets }) => {
          const title = topicTitle(topic);
          const headingId = `preset-topic-${topic}`;
          return (
            <section key={topic} className="files-topic" aria-labelledby={headingId}>
              <h3 className="files-topic-title" id={headingId}>
                {title ? `${topic}. ${title[locale]}` : text.otherPresets}
              </h3>
              <ul className="files-gallery" aria-labelledby={headingId}>
                {presets.map((preset) => (
                  <PresetCard key={preset.id} preset={preset} choose={choose} />
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </Dialog>
  );
}

function PresetCard({
  preset,
  choose,
}: {
  readonly preset: Preset;
  readonly choose: (preset: Preset) => void;
}) {
  const text = useText(filesText);
  const locale = useLocale();
  const card = cardOf(preset);
  const { document } = preset;
  const descriptionId = `preset-${preset.id}-description`;
  const goal = learningGoal(preset, locale);
  return (
    <li>
      <button
        type="button"
        className="files-card"
        data-preset={preset.id}
        aria-describedby={descriptionId}
        onClick={() => choose(preset)}
      >
        <img className="files-card-thumb" src={card.thumbnail} alt="" />
        <span className="files-card-name">{presetTitle(preset, locale)}</span>
        <span className="files-card-description" id={descriptionId}>
          {descriptionText(document, locale)}
        </span>
        {goal && (
          <span className="files-card-goal">
            <strong>{text.learningGoal}</strong> {goal}
          </span>
        )}
        <span className="files-card-stats muted">
          {format(text.layers, { count: document.nodes.length })} ·{" "}
          {format(text.parameters, { count: formatCount(card.params) })}
        </span>
      </button>
    </li>
  );
}
