/**
 * Draw a digit and let the model guess: strokes on a 224×224 canvas are
 * turned into an MNIST-like 28×28 image (see padDownsample.ts) and sent to
 * the worker as a "predict" request; the answer shows as class probabilities.
 */
import { useRef } from "react";
import { useText } from "../../i18n/catalog";
import { downsampleDrawing } from "../padDownsample";
import { predict } from "../trainingActions";
import { evaluationText } from "./evaluationText";
import { Probabilities } from "./Probabilities";

const SIZE = 224;
const PEN = 16;

function inkOf(context: CanvasRenderingContext2D): Float32Array {
  const pixels = context.getImageData(0, 0, SIZE, SIZE).data;
  const ink = new Float32Array(SIZE * SIZE);
  for (let i = 0; i < ink.length; i++) ink[i] = pixels[i * 4]! / 255;
  return ink;
}

export function DrawingPad() {
  const text = useText(evaluationText);
  const canvas = useRef<HTMLCanvasElement>(null);
  const last = useRef<{ x: number; y: number } | null>(null);
  const pending = useRef(false);

  const context = () => canvas.current?.getContext("2d", { willReadFrequently: true }) ?? null;
  const guess = () => {
    // At most one request in flight per frame: drawing stays smooth.
    if (pending.current) return;
    pending.current = true;
    requestAnimationFrame(() => {
      pending.current = false;
      const ctx = context();
      if (ctx) void predict(downsampleDrawing(inkOf(ctx), SIZE));
    });
  };
  const point = (event: React.PointerEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return {
      x: ((event.clientX - box.left) / box.width) * SIZE,
      y: ((event.clientY - box.top) / box.height) * SIZE,
    };
  };
  const draw = (event: React.PointerEvent<HTMLCanvasElement>) => {
    const ctx = context();
    if (!ctx || !last.current) return;
    const next = point(event);
    ctx.strokeStyle = "#fff";
    ctx.lineWidth = PEN;
    ctx.lineCap = "round";
    ctx.lineJoin = "round";
    ctx.beginPath();
    ctx.moveTo(last.current.x, last.current.y);
    ctx.lineTo(next.x, next.y);
    ctx.stroke();
    last.current = next;
    guess();
  };
  const clear = () => {
    const ctx = context();
    if (!ctx) return;
    ctx.fillStyle = "#000";
    ctx.fillRect(0, 0, SIZE, SIZE);
  };

  return (
    <section className="drawing-pad" aria-label={text.drawingPad}>
      <h4>{text.drawingPad}</h4>
      <p className="muted">{text.drawHint}</p>
      <div className="drawing-row">
        <canvas
          ref={(node) => {
            canvas.current = node;
            if (node && !node.dataset.ready) {
              node.dataset.ready = "1";
              clear();
            }
          }}
          width={SIZE}
          height={SIZE}
          className="drawing-canvas"
          aria-label={text.drawingPad}
          data-testid="drawing-pad"
          onPointerDown={(event) => {
            event.currentTarget.setPointerCapture(event.pointerId);
            last.current = point(event);
            draw(event);
          }}
          onPointerMove={draw}
          onPointerUp={() => {
            last.current = null;
            guess();
          }}
        />
        <Probabilities />
      </div>
      <button type="button" className="button" onClick={clear}>
        {text.clear}
      </button>
    </section>
  );
}
