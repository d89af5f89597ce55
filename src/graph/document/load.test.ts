import { describe, expect, it } from "vitest";
import { loadDocument, loadDocumentText } from "./load";
import { MIGRATIONS, type Migration, runMigrations } from "./migrations";
import { serializeDocument } from "./save";
import { CURRENT_VERSION } from "./schema";

const minimal = {
  format: "neurograph",
  version: 1,
  nodes: [{ id: "in", type: "input", params: { shape: [3] } }],
  edges: [],
};

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe("loading documents", () => {
  it("fills defaults for omitted fields", () => {
    const { document, diagnostics } = loadDocument(minimal);
    expect(diagnostics).toEqual([]);
    expect(document?.name).toBe("Untitled");
    expect(document?.groups).toEqual([]);
    expect(document?.training).toEqual({});
    expect(document?.nodes[0]?.position).toEqual({ x: 0, y: 0 });
  });

  it("keeps unknown fields (top level, nodes, edges, groups) through a load/save round trip", () => {
    const withExtras = {
      ...minimal,
      futureFeature: { layout: "radial" },
      nodes: [
        { ...minimal.nodes[0], colour: "teal" },
        { id: "d", type: "dense", params: { units: 2 }, note: "x" },
      ],
      edges: [{ id: "e", source: "in", target: "d", style: "dashed" }],
      groups: [{ id: "g", label: "G", role: "encoder", folded: true }],
    };
    const once = loadDocument(withExtras).document!;
    const twice = loadDocumentText(serializeDocument(once)).document!;
    expect(twice).toEqual(once);
    expect(twice.futureFeature).toEqual({ layout: "radial" });
    expect(twice.nodes[0]!.colour).toBe("teal");
    expect(twice.edges[0]!.style).toBe("dashed");
    expect(twice.groups[0]!.folded).toBe(true);
    expect(Object.keys(JSON.parse(serializeDocument(once))).slice(0, 3)).toEqual([
      "format",
      "version",
      "name",
    ]);
  });

  it("does not mutate its input", () => {
    const input = deepFreeze(structuredClone(minimal));
    expect(() => loadDocument(input)).not.toThrow();
  });

  it("refuses a newer version with a message that says so", () => {
    const { document, diagnostics } = loadDocument({ ...minimal, version: CURRENT_VERSION + 1 });
    expect(document).toBeNull();
    expect(diagnostics[0]?.code).toBe("NG103");
    expect(diagnostics[0]?.message).toMatch(/newer Neurograph/);
    expect(diagnostics[0]?.messageZh).toMatch(/更新/);
  });

  it("gives line and column for JSON syntax errors", () => {
    const { diagnostics } = loadDocumentText('{\n  "format": "neurograph",\n  "version": 1,,\n}');
    expect(diagnostics[0]?.code).toBe("NG101");
    expect(diagnostics[0]?.message).toMatch(/line 3, column/);
  });
});

describe("migrations", () => {
  const chain: Migration[] = [
    {
      name: "rename-links-to-edges",
      from: 1,
      to: 2,
      migrate: ({ links, ...rest }) => ({ ...rest, edges: links }),
    },
    {
      name: "add-training",
      from: 2,
      to: 3,
      migrate: (doc) => ({ ...doc, training: doc.training ?? {} }),
    },
  ];

  it("apply in order, record their names, and never mutate their input", () => {
    const old = deepFreeze({ format: "neurograph", version: 1, nodes: [], links: [{ id: "e" }] });
    const outcome = runMigrations(old, 1, 3, chain);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.applied).toEqual(["rename-links-to-edges", "add-training"]);
    expect(outcome.document).toEqual({
      format: "neurograph",
      version: 3,
      nodes: [],
      edges: [{ id: "e" }],
      training: {},
    });
    expect(old).toEqual({ format: "neurograph", version: 1, nodes: [], links: [{ id: "e" }] });
  });

  it("stop where a step is missing", () => {
    expect(runMigrations({ version: 1 }, 1, 3, [chain[0]!])).toEqual({ ok: false, stuckAt: 2 });
  });

  it("are listed in order, each one step forward, with unique names", () => {
    MIGRATIONS.forEach((m, i) => {
      expect(m.to).toBe(m.from + 1);
      if (i > 0) expect(m.from).toBe(MIGRATIONS[i - 1]!.to);
    });
    expect(new Set(MIGRATIONS.map((m) => m.name)).size).toBe(MIGRATIONS.length);
    expect(MIGRATIONS.at(-1)?.to ?? CURRENT_VERSION).toBe(CURRENT_VERSION);
  });
});
