/**
 * What the browser worker bundle can reach, checked by following its
 * imports: no Node built-ins (node: modules live in src/training/node and
 * src/cli only), and the WebGPU and wasm backends only through dynamic
 * import(), so a run on WebGL or cpu never downloads them.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const WORKER = resolve(__dirname, "worker.ts");
const NODE_ONLY = resolve(__dirname, "node");

interface Reached {
  readonly files: Set<string>;
  readonly staticPackages: Set<string>;
  readonly dynamicPackages: Set<string>;
}

function resolveFile(from: string, specifier: string): string {
  const base = resolve(from, "..", specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, resolve(base, "index.ts")])
    if (existsSync(candidate) && candidate.match(/\.tsx?$/)) return candidate;
  throw new Error(`cannot resolve ${specifier} from ${from}`);
}

function reach(entry: string): Reached {
  const reached: Reached = {
    files: new Set(),
    staticPackages: new Set(),
    dynamicPackages: new Set(),
  };
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (reached.files.has(file)) continue;
    reached.files.add(file);
    const text = readFileSync(file, "utf8");
    const found: [string, boolean][] = [];
    for (const m of text.matchAll(
      /^\s*(?:import|export)\s(?!type\b)[^'"]*?from\s+["']([^"']+)["']/gm,
    ))
      found.push([m[1]!, false]);
    for (const m of text.matchAll(/^\s*import\s+["']([^"']+)["']/gm)) found.push([m[1]!, false]);
    for (const m of text.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)) found.push([m[1]!, true]);
    for (const [specifier, dynamic] of found) {
      if (specifier.startsWith(".")) queue.push(resolveFile(file, specifier));
      else (dynamic ? reached.dynamicPackages : reached.staticPackages).add(specifier);
    }
  }
  return reached;
}

describe("the training worker bundle", () => {
  const reached = reach(WORKER);

  it("reaches the engine, the backends and the datasets", () => {
    expect([...reached.files].some((f) => f.endsWith("engine/trainer.ts"))).toBe(true);
    expect([...reached.files].some((f) => f.endsWith("datasets/index.ts"))).toBe(true);
  });

  it("never reaches a Node built-in or src/training/node", () => {
    expect(
      [...reached.staticPackages, ...reached.dynamicPackages].filter((p) => p.startsWith("node:")),
    ).toEqual([]);
    expect([...reached.files].filter((f) => f.startsWith(NODE_ONLY))).toEqual([]);
  });

  it("imports the WebGPU and wasm backends lazily (the wasm binaries as URLs only)", () => {
    expect(reached.dynamicPackages).toContain("@tensorflow/tfjs-backend-webgpu");
    expect(reached.dynamicPackages).toContain("@tensorflow/tfjs-backend-wasm");
    const eager = [...reached.staticPackages].filter((p) =>
      p.startsWith("@tensorflow/tfjs-backend-"),
    );
    expect(eager.every((p) => p.endsWith(".wasm?url"))).toBe(true);
  });
});
