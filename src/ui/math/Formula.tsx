/**
 * A layer kind's formula, rendered as MathML. The box scrolls sideways when a
 * line is wider than the inspector, so it is focusable and named for keyboard
 * and screen-reader users.
 */
import { lazy, Suspense } from "react";
import "./math.css";

const MathLines = lazy(() => import("./MathLines"));

interface Props {
  readonly lines: readonly string[];
  /** The formula box's caption (read by screen readers, hidden on screen), e.g. "Formula: Dense". */
  readonly label: string;
}

export function Formula({ lines, label }: Props) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: the box scrolls sideways; keyboard users must be able to scroll it
    <figure className="formula" tabIndex={0}>
      <figcaption className="visually-hidden">{label}</figcaption>
      <Suspense
        fallback={
          <div className="formula-loading" style={{ minHeight: `${lines.length * 2.2}em` }} />
        }
      >
        <MathLines lines={lines} />
      </Suspense>
    </figure>
  );
}
