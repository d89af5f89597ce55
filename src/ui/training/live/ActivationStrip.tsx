/**
 * Dense (or any flat) activations of the probe sample as a heat strip — one
 * cell per unit, viridis from the smallest to the largest value — wrapped
 * into rows so that 512 units still fit.
 */
import { useEffect, useRef } from "react";
import { useText } from "../../i18n/catalog";
import { format } from "../../i18n/messages";
import { finiteRange, viridis } from "../colorMap";
import { liveText } from "./liveText";

const PER_ROW = 64;

export function ActivationStrip({
  name,
  activation,
}: {
  readonly name: string;
  readonly activation: Float32Array;
}) {
  const text = useText(liveText);
  const canvas = useRef<HTMLCanvasElement>(null);
  const units = activation.length;
  const columns = Math.min(PER_ROW, Math.max(1, units));
  const rows = Math.ceil(units / columns);
  // Few units get big cells; a wide layer still fits in the panel.
  const cell = units <= 64 ? 14 : 8;
  useEffect(() => {
    const context = canvas.current?.getContext("2d");
    if (!context) return;
    const { min, max } = finiteRange(activation);
    const span = max - min > 1e-12 ? max - min : 1;
    context.clearRect(0, 0, columns * cell, rows * cell);
    for (let i = 0; i < units; i++) {
      const [r, g, b] = viridis((activation[i]! - min) / span);
      context.fillStyle = `rgb(${r} ${g} ${b})`;
      context.fillRect((i % columns) * cell, Math.floor(i / columns) * cell, cell - 1, cell - 1);
    }
  }, [activation, units, columns, rows, cell]);
  const label = format(text.activations, { name, units });
  return (
    <figure className="activation-strip" aria-label={label}>
      <figcaption>{label}</figcaption>
      <canvas
        ref={canvas}
        width={columns * cell}
        height={rows * cell}
        data-testid="activation-strip"
        role="img"
        aria-label={label}
      />
    </figure>
  );
}
