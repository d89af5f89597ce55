import { colourOf } from "./compareColours";

/** The small square that ties a graph to its lines in the charts. */
export function ColourSwatch({ index }: { readonly index: number }) {
  return (
    <span className="compare-swatch" style={{ background: colourOf(index) }} aria-hidden="true" />
  );
}
