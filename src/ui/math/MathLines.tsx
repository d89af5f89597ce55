/**
 * Display lines of mathematics. Loaded lazily (see Formula.tsx): KaTeX is a
 * quarter of a megabyte that nobody needs before opening a layer's help.
 */
import { texToMathML } from "./renderTex";

export default function MathLines({ lines }: { readonly lines: readonly string[] }) {
  return (
    <>
      {lines.map((tex) => (
        <div
          key={tex}
          className="formula-line"
          // biome-ignore lint/security/noDangerouslySetInnerHtml: KaTeX's MathML for TeX written in our own layer modules (never from documents); KaTeX escapes all text it emits.
          dangerouslySetInnerHTML={{ __html: texToMathML(tex) }}
        />
      ))}
    </>
  );
}
