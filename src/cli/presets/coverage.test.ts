/**
 * Every preset's expected outcome is proven by an outcome test through the
 * CLI (basics.cli.test.ts for topics 1–9, sequences.cli.test.ts for 10–12,
 * generative.cli.test.ts for 13–16).
 * This test makes sure none is forgotten: each preset file is named by one of
 * them.
 */
import { readdirSync, readFileSync } from "node:fs";
import { expect, it } from "vitest";

const here = new URL("./", import.meta.url);
const presets = new URL("../../../presets/", import.meta.url);

it("names every preset in an outcome test", () => {
  const tests = readdirSync(here)
    .filter((f) => f.endsWith(".cli.test.ts"))
    .map((f) => readFileSync(new URL(f, here), "utf8"))
    .join("\n");
  const ids = readdirSync(presets)
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.replace(/\.json$/, ""));
  const missing = ids.filter((id) => !new RegExp(`["'\`/]${id}(\\.json)?["'\`]`).test(tests));
  expect(missing).toEqual([]);
});
