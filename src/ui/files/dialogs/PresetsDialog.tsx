/**
 * The presets gallery: a card per example with its name, description and a
 * picture drawn from the graph itself. Arrow keys move between cards; Enter
 * opens one as a new graph.
 */
import { type KeyboardEvent, useRef } from "react";
import { formatCount, inferShapes } from "../../../graph";
import { useText } from "../../i18n/catalog";
import { useLocale } from "../../i18n/locale";
import { format } from "../../i18n/messages";
import { Dialog } from "../../layout/Dialog";
import { renderThumbnailSvg, svgDataUrl } from "../../render/thumbnailSvg";
import { filesText } from "../filesText";
import { notifyOpened, openAsNewGraph } from "../library";
import { descriptionText, PRESETS, type Preset } from "../presets";
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

const NEXT: Readonly<Record<string, number>> = {
  ArrowRight: 1,
  ArrowDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
};

export function PresetsDialog({ close }: { readonly close: () => void }) {
  const text = useText(filesText);
  const locale = useLocale();
  const grid = useRef<HTMLUListElement>(null);

  const onKeyDown = (event: KeyboardEvent) => {
    const buttons = [...(grid.current?.querySelectorAll<HTMLButtonElement>("button") ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    let next: number | undefined;
    if (event.key in NEXT) {
      // Up and down move a whole row: count the cards that share the first card's top.
      const perRow = buttons.filter((b) => b.offsetTop === buttons[0]!.offsetTop).length || 1;
      const step = event.key === "ArrowUp" || event.key === "ArrowDown" ? perRow : 1;
      next = at + NEXT[event.key]! * step;
    } else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = buttons.length - 1;
    const target = next === undefined ? undefined : buttons[next];
    if (!target) return;
    event.preventDefault();
    target.focus();
  };

  const choose = (preset: Preset) => {
    close();
    void openAsNewGraph(preset.document).then(() => notifyOpened(preset.document.name));
  };

  return (
    <Dialog title={text.presets} onClose={close} wide actions={<CloseButton close={close} />}>
      <p className="muted files-intro">{text.presetsIntro}</p>
      <ul className="files-gallery" ref={grid} onKeyDown={onKeyDown} aria-label={text.presets}>
        {PRESETS.map((preset) => {
          const card = cardOf(preset);
          const { document } = preset;
          const descriptionId = `preset-${preset.id}-description`;
          return (
            <li key={preset.id}>
              <button
                type="button"
                className="files-card"
                aria-describedby={descriptionId}
                onClick={() => choose(preset)}
              >
                <img className="files-card-thumb" src={card.thumbnail} alt="" />
                <span className="files-card-name">{document.name}</span>
                <span className="files-card-description" id={descriptionId}>
                  {descriptionText(document, locale)}
                </span>
                <span className="files-card-stats muted">
                  {format(text.layers, { count: document.nodes.length })} ·{" "}
                  {format(text.parameters, { count: formatCount(card.params) })}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </Dialog>
  );
}
