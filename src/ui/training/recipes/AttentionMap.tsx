/** One attention head as a heat map, queries down and keys across, with token labels on both sides. */
import { useMemo } from "react";
import { useText } from "../../i18n/catalog";
import { format } from "../../i18n/messages";
import { type AttentionMapData, cellSize, paintHead, tokenLabel } from "./attentionMaps";
import { PixelCanvas } from "./PixelCanvas";
import { sequenceText } from "./sequenceText";

interface Props {
  readonly map: AttentionMapData;
  readonly head: number;
  readonly node: string;
  readonly tokens: readonly string[];
}

export function AttentionMap({ map, head, node, tokens }: Props) {
  const text = useText(sequenceText);
  const pixels = useMemo(() => paintHead(map, head), [map, head]);
  const cell = cellSize(Math.max(map.queries, map.keys));
  const labelled = cell >= 10;
  const title = format(text.headOf, { node, head: head + 1 });
  const keyLabels = Array.from({ length: map.keys }, (_, k) => tokenLabel(tokens, k));
  const queryLabels = Array.from({ length: map.queries }, (_, q) => tokenLabel(tokens, q));
  return (
    <figure
      className="attention-map"
      data-testid="attention-map"
      data-node={map.nodeId}
      data-head={head}
    >
      <figcaption>{title}</figcaption>
      <div className="attention-grid" style={{ gridTemplateColumns: `auto ${map.keys * cell}px` }}>
        <span />
        <div
          className="attention-keys"
          aria-hidden="true"
          style={{ height: labelled ? undefined : 0 }}
        >
          {labelled
            ? keyLabels.map((k, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: tokens repeat; positions do not
                <span key={i} style={{ width: cell }}>
                  {k}
                </span>
              ))
            : null}
        </div>
        <div className="attention-queries" aria-hidden="true">
          {labelled
            ? queryLabels.map((q, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: tokens repeat; positions do not
                <span key={i} style={{ height: cell, lineHeight: `${cell}px` }}>
                  {q}
                </span>
              ))
            : null}
        </div>
        <PixelCanvas
          pixels={pixels}
          width={map.keys * cell}
          height={map.queries * cell}
          className="attention-cells"
          label={format(text.headMap, { node, head: head + 1 })}
        />
      </div>
    </figure>
  );
}
