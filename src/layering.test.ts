/**
 * The layering of ARCHITECTURE.md, enforced: a lower layer never imports a
 * higher one, and the core stays free of frameworks. (Biome's
 * noRestrictedImports checks package imports too; this test also covers
 * relative imports between our own folders.)
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = resolve(__dirname);
const PRESETS = resolve(SRC, "..", "presets") + sep;

/** Which of our layers each layer may import. */
const ALLOWED: Record<string, readonly string[]> = {
  graph: ["graph"],
  compiler: ["graph", "compiler"],
  training: ["graph", "compiler", "export", "training"],
  export: ["graph", "compiler", "export"],
  cli: ["graph", "compiler", "training", "export", "cli"],
  ui: ["graph", "compiler", "training", "export", "ui"],
  testing: ["graph", "testing"],
};

/** Packages each layer must not import. */
const FORBIDDEN_PACKAGES: Record<string, RegExp> = {
  graph: /^(react|react-dom|@xyflow\/|zustand|recharts|@tensorflow\/|node:)/,
  compiler: /^(react|react-dom|@xyflow\/|zustand|recharts|node:)/,
  training: /^(react|react-dom|@xyflow\/|zustand|recharts)/,
  ui: /^@tensorflow\//,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function layerOf(path: string): string {
  return relative(SRC, path).split(sep)[0]!;
}

function importsOf(path: string): string[] {
  const text = readFileSync(path, "utf8");
  const found: string[] = [];
  for (const match of text.matchAll(
    /(?:import|export)\s[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g,
  )) {
    found.push((match[1] ?? match[2])!);
  }
  return found;
}

describe("layering", () => {
  const files = sourceFiles(SRC).filter((f) => relative(SRC, f).includes(sep));

  it("finds the layers it guards", () => {
    const layers = new Set(files.map(layerOf));
    for (const layer of ["graph", "compiler", "cli", "ui"]) expect(layers.has(layer)).toBe(true);
  });

  for (const file of files) {
    const layer = layerOf(file);
    it(`${relative(SRC, file)} imports only what ${layer} may`, () => {
      for (const specifier of importsOf(file)) {
        if (specifier.startsWith(".")) {
          const resolved = resolve(file, "..", specifier);
          if (!resolved.startsWith(SRC + sep)) {
            // Outside src/, only the shipped presets (data) may be imported.
            expect(resolved.startsWith(PRESETS), `${specifier} is outside src/`).toBe(true);
            continue;
          }
          const target = layerOf(resolved);
          expect(ALLOWED[layer] ?? [layer], `${specifier} (layer ${target})`).toContain(target);
        } else {
          const forbidden = FORBIDDEN_PACKAGES[layer];
          if (forbidden)
            expect(forbidden.test(specifier), `${specifier} is forbidden in src/${layer}`).toBe(
              false,
            );
        }
      }
    });
  }
});
