/**
 * MathML Core (what Chromium implements) dropped the `mathvariant` attribute
 * except "normal": a bold x must be the character 𝐱 (U+1D431), ℝ must be ℝ.
 * KaTeX still writes `<mi mathvariant="bold">x</mi>`, which Chromium shows as
 * a plain italic x — vectors would look like scalars and ℝ like R. So we turn
 * those into the Unicode Mathematical Alphanumeric Symbols, as the MathML
 * Working Group's polyfill does.
 */

type Variant = "bold" | "italic" | "bold-italic" | "script" | "double-struck" | "monospace";

interface Ranges {
  readonly upper?: number;
  readonly lower?: number;
  readonly digits?: number;
  readonly greekUpper?: number;
  readonly greekLower?: number;
  /** Letters that were encoded earlier, in the Letterlike Symbols block. */
  readonly holes?: Readonly<Record<string, number>>;
}

const RANGES: Readonly<Record<Variant, Ranges>> = {
  bold: {
    upper: 0x1d400,
    lower: 0x1d41a,
    digits: 0x1d7ce,
    greekUpper: 0x1d6a8,
    greekLower: 0x1d6c2,
  },
  italic: {
    upper: 0x1d434,
    lower: 0x1d44e,
    greekUpper: 0x1d6e2,
    greekLower: 0x1d6fc,
    holes: { h: 0x210e },
  },
  "bold-italic": { upper: 0x1d468, lower: 0x1d482, greekUpper: 0x1d71c, greekLower: 0x1d736 },
  script: {
    upper: 0x1d49c,
    lower: 0x1d4b6,
    holes: {
      B: 0x212c,
      E: 0x2130,
      F: 0x2131,
      H: 0x210b,
      I: 0x2110,
      L: 0x2112,
      M: 0x2133,
      R: 0x211b,
      e: 0x212f,
      g: 0x210a,
      o: 0x2134,
    },
  },
  "double-struck": {
    upper: 0x1d538,
    lower: 0x1d552,
    digits: 0x1d7d8,
    holes: { C: 0x2102, H: 0x210d, N: 0x2115, P: 0x2119, Q: 0x211a, R: 0x211d, Z: 0x2124 },
  },
  monospace: { upper: 0x1d670, lower: 0x1d68a, digits: 0x1d7f6 },
};

/** One character in a variant, or null when Unicode has no such character. */
export function variantChar(char: string, variant: Variant): string | null {
  const r = RANGES[variant];
  const hole = r.holes?.[char];
  if (hole !== undefined) return String.fromCodePoint(hole);
  const c = char.codePointAt(0)!;
  const at = (base: number | undefined, first: number) =>
    base === undefined ? null : String.fromCodePoint(base + c - first);
  if (c >= 0x41 && c <= 0x5a) return at(r.upper, 0x41);
  if (c >= 0x61 && c <= 0x7a) return at(r.lower, 0x61);
  if (c >= 0x30 && c <= 0x39) return at(r.digits, 0x30);
  if (c >= 0x391 && c <= 0x3a9) return at(r.greekUpper, 0x391);
  if (c >= 0x3b1 && c <= 0x3c9) return at(r.greekLower, 0x3b1);
  return null;
}

const TOKEN = /<(mi|mn|mo|mtext) mathvariant="([a-z-]+)"([^>]*)>([^<]*)<\/\1>/g;

/** Rewrites KaTeX's MathML so that Chromium shows bold, script, double-struck and monospace letters. */
export function applyMathVariants(markup: string): string {
  return markup.replace(
    TOKEN,
    (whole, tag: string, variant: string, rest: string, text: string) => {
      if (!(variant in RANGES)) return whole;
      const chars = [...text];
      const mapped = chars.map((ch) => variantChar(ch, variant as Variant));
      if (mapped.some((m) => m === null)) return whole;
      // A single mapped letter in <mi> would be italicised again by the browser: say it is already styled.
      const normal = tag === "mi" && chars.length === 1 ? ' mathvariant="normal"' : "";
      return `<${tag}${normal}${rest}>${mapped.join("")}</${tag}>`;
    },
  );
}
