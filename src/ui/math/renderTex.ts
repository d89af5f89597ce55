/**
 * TeX to MathML with KaTeX. MathML output only: Chromium, Firefox and Safari
 * render it natively, so no KaTeX stylesheet or fonts need shipping, and
 * screen readers read it as mathematics. The TeX comes only from our own code
 * (each layer kind's `formula`), never from a document, so the markup KaTeX
 * returns is safe to insert; KaTeX escapes text itself as well.
 */
import katex from "katex";
import { applyMathVariants } from "./mathVariants";

const cache = new Map<string, string>();

/** One display line of mathematics as a `<math>` element's markup (memoised: formulas never change). */
export function texToMathML(tex: string): string {
  let markup = cache.get(tex);
  if (markup === undefined) {
    markup = applyMathVariants(
      katex.renderToString(tex, {
        output: "mathml",
        displayMode: true,
        throwOnError: false,
        // Our formulas use only standard macros; refuse anything that could reach out (\href, \includegraphics).
        trust: false,
        strict: "ignore",
      }),
    );
    cache.set(tex, markup);
  }
  return markup;
}
