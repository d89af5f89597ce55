import { describe, expect, it } from "vitest";
import lenet from "../../../presets/lenet-5.json";
import mnist from "../../../presets/mnist-mlp.json";
import { type GraphDocument, inferShapes, loadDocument } from "../../graph";
import { chainDocument } from "../../testing/documents";
import { NODE_HEIGHT } from "./geometry";
import { renderGraphSvg } from "./graphSvg";
import { rasterScale } from "./rasterize";
import { renderThumbnailSvg, THUMBNAIL_HEIGHT, THUMBNAIL_WIDTH } from "./thumbnailSvg";

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * A small XML well-formedness check (Node has no DOMParser): the text must be
 * a sequence of tags, comments and character data; every tag closes in
 * order; attributes are quoted; `&` only starts an entity; `<` never appears
 * in text or attributes.
 */
function expectWellFormed(xml: string): void {
  const body = xml.replace(/^<\?xml [^?]*\?>\s*/, "");
  const token =
    /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|<!--(?:(?!--)[\s\S])*-->|([^<]+)/y;
  const entity = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;
  const stack: string[] = [];
  let roots = 0;
  let at = 0;
  while (at < body.length) {
    token.lastIndex = at;
    const m = token.exec(body);
    if (!m) throw new Error(`not well-formed at ${at}: ${JSON.stringify(body.slice(at, at + 60))}`);
    at = token.lastIndex;
    const [, closing, name, attributes, selfClosing, text] = m;
    const bare = (s: string) => s.replace(entity, "");
    if (text !== undefined) {
      expect(bare(text)).not.toContain("&");
      if (stack.length === 0) expect(text.trim()).toBe("");
      continue;
    }
    if (!name) continue; // a comment
    expect(bare(attributes ?? "")).not.toContain("&");
    const names = [...(attributes ?? "").matchAll(/([\w:.-]+)=/g)].map((a) => a[1]);
    expect(new Set(names).size).toBe(names.length);
    if (closing) {
      expect(stack.pop()).toBe(name);
    } else if (!selfClosing) {
      if (stack.length === 0) roots++;
      stack.push(name);
    } else if (stack.length === 0) roots++;
  }
  expect(stack).toEqual([]);
  expect(roots).toBe(1);
  // Characters XML 1.0 forbids anywhere, and lone surrogates.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for forbidden characters
  expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
  expect(xml).not.toMatch(LONE_SURROGATE);
}

function load(raw: unknown): GraphDocument {
  const { document } = loadDocument(raw);
  if (!document) throw new Error("fixture did not load");
  return document;
}

function render(document: GraphDocument, locale: "en" | "zh" = "en") {
  return renderGraphSvg(document, inferShapes(document), locale);
}

const HOSTILE = "<img src=x onerror=alert(1)>";

function hostileDocument(): GraphDocument {
  const base = load(mnist);
  return {
    ...base,
    name: `<script>alert("x")</script> & 'friends'`,
    nodes: base.nodes.map((n, i) => ({
      ...n,
      label: [HOSTILE, "<b>bold</b>", "a\u0000b\u001bc\ud800", `]]> "quoted" & <!-- x -->`][i]!,
    })),
    groups: [{ id: "g", label: "<i>group</i>", role: "</svg>" }],
  } as GraphDocument;
}

describe("renderGraphSvg", () => {
  it("draws every node with its kind, label, key params and output shape, and labels edges", () => {
    const { svg, width, height } = render(load(mnist));
    expectWellFormed(svg);
    expect(svg).toContain("<title>MNIST MLP</title>");
    expect(svg).toMatch(new RegExp(`<svg [^>]*width="${width}" height="${height}"`));
    for (const label of ["in", "hidden", "drop", "out"]) expect(svg).toContain(`>${label}</text>`);
    expect(svg).toContain(">Dense</text>");
    expect(svg).toContain(">128 · relu</text>");
    expect(svg).toContain("[?, 128]");
    expect(svg).toContain("101,770 parameters");
    expect(svg.match(/marker-end=/g)).toHaveLength(3);
    expect(svg).toContain('fill="#3d63dd"'); // the core category's colour
  });

  it("speaks the chosen language", () => {
    const { svg } = render(load(mnist), "zh");
    expect(svg).toContain(">全连接层</text>");
    expect(svg).toContain("4 层 · 101,770 个参数");
  });

  it("escapes names, labels, groups and roles, and drops characters XML forbids", () => {
    const { svg } = render(hostileDocument());
    expectWellFormed(svg);
    expect(svg).not.toMatch(/<script|<img|<b>|<i>|<!-- x/);
    expect(svg.match(/<\/svg>/g)).toHaveLength(1);
    expect(svg).toContain(
      "<title>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;friends&apos;</title>",
    );
    expect(svg).toContain("&lt;img src=x onerror="); // cut to the box's width, still escaped
    expect(svg).toContain("&lt;b&gt;bold&lt;/b&gt;");
    expect(svg).toContain("a\ufffdb\ufffdc\ufffd");
  });

  it("fits the picture around nodes anywhere on the plane, header included", () => {
    const document = load(mnist);
    const moved = {
      ...document,
      nodes: document.nodes.map((n, i) => ({
        ...n,
        position: { x: -900 + i * 600, y: -400 - i * 10 },
      })),
    };
    const { svg, width, height } = render(moved);
    expectWellFormed(svg);
    // Four nodes 600 apart, 200 wide, plus 2 × 32 of padding.
    expect(width).toBe(3 * 600 + 200 + 64);
    const [, dx, dy] = svg.match(/<g transform="translate\(([-\d.]+),([-\d.]+)\)">/)!;
    expect(Number(dx) + -900).toBe(32);
    expect(Number(dy) + -430).toBe(32 + 58);
    expect(height).toBeGreaterThanOrEqual(NODE_HEIGHT + 58 + 64);
  });

  it("marks nodes with errors, and still draws a graph that has them", () => {
    const broken = chainDocument([784], [["conv2d", { filters: 8, kernelSize: 3 }]]);
    const { svg } = render(broken);
    expectWellFormed(svg);
    expect(svg).toContain("#c92a2a");
    expect(svg).toMatch(/ · 1 errors<\/desc>/);
  });

  it("draws an empty graph as a note, not an error", () => {
    const { svg, width } = render(load({ format: "neurograph", version: 1, nodes: [], edges: [] }));
    expectWellFormed(svg);
    expect(svg).toContain("This graph has no layers yet.");
    expect(width).toBeGreaterThan(200);
  });

  it("frames groups with their label and role, in the chosen language", () => {
    const document = load(mnist);
    const grouped = {
      ...document,
      groups: [
        { id: "g", label: "Body", role: "encoder" },
        { id: "h", role: "My role" },
      ],
      nodes: document.nodes.map((n, i) => ({ ...n, group: i < 2 ? "g" : "h" })),
    };
    const { svg } = render(grouped, "zh");
    expectWellFormed(svg);
    expect(svg).toContain(">Body · 编码器</text>");
    expect(svg).toContain(">h · My role</text>");
    expect(svg.match(/stroke-dasharray="6 4"/g)).toHaveLength(2);
  });

  it("cuts long labels with an ellipsis instead of overflowing the box", () => {
    const document = load(mnist);
    const long = {
      ...document,
      nodes: document.nodes.map((n) => ({ ...n, label: "x".repeat(500) })),
    };
    const { svg } = render(long);
    expect(svg).not.toContain("x".repeat(40));
    expect(svg).toContain("x…</text>");
  });
});

describe("renderThumbnailSvg", () => {
  it("is a fixed-size picture of boxes and edges without any text", () => {
    const svg = renderThumbnailSvg(hostileDocument());
    expectWellFormed(svg);
    expect(svg).toMatch(
      new RegExp(`^<svg [^>]*width="${THUMBNAIL_WIDTH}" height="${THUMBNAIL_HEIGHT}"`),
    );
    expect(svg).not.toMatch(/<text|script|onerror|bold/);
    expect(svg.match(/<rect /g)).toHaveLength(4);
    expect(svg.match(/<path /g)).toHaveLength(3);
  });

  it("frames larger graphs whole", () => {
    const svg = renderThumbnailSvg(load(lenet));
    expectWellFormed(svg);
    const [, x, y, w, h] = svg
      .match(/viewBox="([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+)"/)!
      .map(Number);
    for (const node of load(lenet).nodes) {
      expect(node.position.x).toBeGreaterThanOrEqual(x!);
      expect(node.position.y).toBeGreaterThanOrEqual(y!);
      expect(node.position.x + 200).toBeLessThanOrEqual(x! + w!);
      expect(node.position.y + NODE_HEIGHT).toBeLessThanOrEqual(y! + h!);
    }
  });

  it("shows an empty graph as a dashed outline", () => {
    const svg = renderThumbnailSvg(
      load({ format: "neurograph", version: 1, nodes: [], edges: [] }),
    );
    expectWellFormed(svg);
    expect(svg).toContain("stroke-dasharray");
  });
});

describe("rasterScale", () => {
  it("draws at the wanted scale when it fits, and shrinks huge pictures under the canvas limits", () => {
    expect(rasterScale(800, 600, 2)).toBe(2);
    expect(rasterScale(20_000, 500, 2) * 20_000).toBeLessThanOrEqual(16_384);
    const side = Math.floor(12_000 * rasterScale(12_000, 12_000, 2));
    expect(side * side).toBeLessThanOrEqual(2 ** 27);
  });
});
