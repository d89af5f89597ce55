/** Each compared graph drawn read-only, side by side (the same SVG as Export SVG). */
import { useMemo } from "react";
import { type GraphDocument, inferShapes, type Locale } from "../../graph";
import { useText } from "../i18n/catalog";
import { useLocale } from "../i18n/locale";
import { format } from "../i18n/messages";
import { renderGraphSvg } from "../render/graphSvg";
import { svgDataUrl } from "../render/thumbnailSvg";
import { ColourSwatch } from "./ColourSwatch";
import type { CompareEntry } from "./compareStore";
import { compareText } from "./compareText";

function GraphPicture({
  document,
  locale,
  name,
}: {
  readonly document: GraphDocument;
  readonly locale: Locale;
  readonly name: string;
}) {
  const image = useMemo(
    () => renderGraphSvg(document, inferShapes(document), locale),
    [document, locale],
  );
  return (
    <img
      src={svgDataUrl(image.svg)}
      alt={name}
      width={image.width}
      height={image.height}
      className="compare-canvas-image"
    />
  );
}

export function CompareCanvases({ entries }: { readonly entries: readonly CompareEntry[] }) {
  const text = useText(compareText);
  const locale = useLocale();
  if (entries.length === 0) return null;
  return (
    <section className="compare-section" aria-labelledby="compare-canvases">
      <h3 id="compare-canvases">{text.canvases}</h3>
      <div
        className="compare-canvases"
        style={{ gridTemplateColumns: `repeat(${entries.length}, minmax(0, 1fr))` }}
      >
        {entries.map((entry, i) => (
          <figure key={entry.id} className="compare-canvas">
            <figcaption>
              <ColourSwatch index={i} />
              {entry.label}
            </figcaption>
            <div className="compare-canvas-scroll">
              <GraphPicture
                document={entry.document}
                locale={locale}
                name={format(text.canvasOf, { name: entry.label })}
              />
            </div>
          </figure>
        ))}
      </div>
    </section>
  );
}
