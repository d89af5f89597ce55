import { readdirSync, readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { validateValue } from "../src/graph";
import { graphDocumentJsonSchema } from "../src/graph/document/jsonSchema";
import { GENERATED_DOCS } from "./docs/generated";

const root = new URL("../", import.meta.url);

describe("generated docs", () => {
  for (const doc of GENERATED_DOCS) {
    it(`${doc.path} is current (run \`npm run docs\` after changing the code it comes from)`, () => {
      expect(readFileSync(new URL(doc.path, root), "utf8")).toBe(doc.render());
    });
  }
});

describe("the published JSON Schema agrees with the validator", () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const check = ajv.compile(graphDocumentJsonSchema());

  const presets = readdirSync(new URL("presets/", root)).filter((f) => f.endsWith(".json"));
  for (const file of presets) {
    it(`accepts preset ${file}`, () => {
      const document = JSON.parse(readFileSync(new URL(`presets/${file}`, root), "utf8"));
      expect(check(document), JSON.stringify(check.errors)).toBe(true);
      expect(validateValue(document).ok).toBe(true);
    });
  }

  const base = () => ({
    format: "neurograph",
    version: 1,
    nodes: [
      { id: "in", type: "input", params: { shape: [4] } },
      { id: "d", type: "dense", params: { units: 3 } as Record<string, unknown> },
    ],
    edges: [{ id: "e", source: "in", target: "d" }],
  });
  const mutations: [string, (d: ReturnType<typeof base>) => void, string][] = [
    ["wrong param type", (d) => (d.nodes[1]!.params.units = "3"), "NG301"],
    ["param out of range", (d) => (d.nodes[1]!.params.units = -3), "NG302"],
    ["missing required param", (d) => delete d.nodes[1]!.params.units, "NG303"],
    ["bad regularizer", (d) => (d.nodes[1]!.params.kernelRegularizer = { l3: 1 }), "NG301"],
    ["unknown layer kind", (d) => (d.nodes[1]!.type = "dense2"), "NG203"],
    ["future version", (d) => ((d as { version: number }).version = 2), "NG103"],
    ["malformed node", (d) => ((d.nodes[1] as { id: unknown }).id = 3), "NG104"],
  ];
  it("accepts the unmutated document", () => {
    expect(check(base())).toBe(true);
  });
  for (const [name, mutate, code] of mutations) {
    it(`rejects what the validator rejects: ${name} (${code})`, () => {
      const document = base();
      mutate(document);
      expect(check(document)).toBe(false);
      expect(validateValue(document).diagnostics.map((d) => d.code)).toContain(code);
    });
  }
});
