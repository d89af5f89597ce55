/**
 * One fixture per way a document can be wrong (src/graph/fixtures/diagnostics/),
 * checked for the exact code, severity, node or edge at fault, a message that
 * names it, and a fix-it that really removes the problem.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DIAGNOSTIC_CODES, type Diagnostic, type DiagnosticCode } from "./diagnostics";
import type { GraphDocument } from "./document/schema";
import { applyFix } from "./fixes/apply";
import {
  DIAGNOSTIC_CASES,
  type DiagnosticCase,
  FIXTURE_DIRECTORY,
  INTERNAL_CODES,
  isWarningOnly,
} from "./fixtures/diagnostics/cases";
import { LAYER_KINDS } from "./layers/registry";
import { isRequired } from "./params";
import { quote } from "./text";
import { validateText, validateValue } from "./validate";

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;

function fixtureText(file: string): string {
  return readFileSync(new URL(file, FIXTURE_DIRECTORY), "utf8");
}

function validateFixture(c: DiagnosticCase) {
  return validateText(fixtureText(c.file));
}

/** The diagnostic a case is about: its code at its node and edge. */
function findTarget(c: DiagnosticCase, diagnostics: readonly Diagnostic[]): Diagnostic | undefined {
  return diagnostics.find(
    (d) => d.code === c.code && d.nodeId === c.nodeId && d.edgeId === c.edgeId,
  );
}

/** Same code at the same node (a fix may rewire the edge), or at the same edge when no node is named. */
function sameProblem(a: Diagnostic, b: Diagnostic): boolean {
  if (a.code !== b.code) return false;
  return a.nodeId !== undefined ? a.nodeId === b.nodeId : a.edgeId === b.edgeId;
}

function countAlike(d: Diagnostic, all: readonly Diagnostic[]): number {
  return all.filter((x) => sameProblem(d, x)).length;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

describe("diagnostic fixtures", () => {
  it("cover every diagnostic code a document can trigger", () => {
    const covered = new Set(DIAGNOSTIC_CASES.map((c) => c.code));
    const uncovered = (Object.keys(DIAGNOSTIC_CODES) as DiagnosticCode[]).filter(
      (code) => !covered.has(code) && !INTERNAL_CODES.includes(code),
    );
    expect(uncovered, "codes in DIAGNOSTIC_CODES without a fixture").toEqual([]);
  });

  it("list every fixture file exactly once", () => {
    const files = readdirSync(FIXTURE_DIRECTORY)
      .filter((f) => f.endsWith(".json") || f.endsWith(".txt"))
      .sort();
    const listed = DIAGNOSTIC_CASES.map((c) => c.file).sort();
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed).toEqual(files);
  });

  it.each(DIAGNOSTIC_CASES.map((c) => [c.file, c] as const))("%s", (_file, c) => {
    const result = validateFixture(c);
    const target = findTarget(c, result.diagnostics);
    expect(
      target,
      `expected ${c.code} at node ${c.nodeId ?? "-"} / edge ${c.edgeId ?? "-"}, got ${JSON.stringify(result.diagnostics, null, 2)}`,
    ).toBeDefined();
    const d = target!;
    expect(d.severity).toBe(c.severity);
    expect(d.severity).toBe(DIAGNOSTIC_CODES[c.code].severity);
    expect(d.nodeId).toBe(c.nodeId);
    expect(d.edgeId).toBe(c.edgeId);
    // The message names what is at fault, in both languages: the node, else the edge.
    const named = c.nodeId ?? c.edgeId;
    if (named !== undefined) {
      expect(d.message).toContain(quote(named));
      expect(d.messageZh).toContain(quote(named));
    }
    for (const text of c.mentions ?? []) expect(d.message).toContain(text);
    if (c.fix) expect(d.fix).toMatchObject(c.fix);
    else expect(d.fix).toBeUndefined();
    // Nothing else is reported: each fixture has one problem (plus its listed consequences).
    expect(result.diagnostics.map((x) => x.code).sort()).toEqual([...(c.codes ?? [c.code])].sort());
    expect(result.ok).toBe(isWarningOnly(c));
    for (const x of result.diagnostics) {
      expect(x.message.trim()).not.toBe("");
      expect(x.messageZh.trim()).not.toBe("");
      expect(x.message).not.toMatch(CONTROL_CHARACTERS);
      expect(x.messageZh).not.toMatch(CONTROL_CHARACTERS);
    }
  });
});

describe("fix-its", () => {
  const withFixes = DIAGNOSTIC_CASES.flatMap((c) => {
    const result = validateFixture(c);
    const only = result.diagnostics.length === 1;
    return result.document
      ? result.diagnostics
          .filter((d) => d.fix)
          .map(
            (d) =>
              [
                `${c.file}: ${d.code}`,
                result.document!,
                d,
                countAlike(d, result.diagnostics),
                only,
              ] as const,
          )
      : [];
  });

  it("are attached where the fixtures expect them", () => {
    expect(withFixes.length).toBeGreaterThanOrEqual(DIAGNOSTIC_CASES.filter((c) => c.fix).length);
  });

  it.each(withFixes)(
    "%s: applying the fix removes the diagnostic",
    (_name, document: GraphDocument, d, before, only) => {
      // Frozen, so that a fix mutating its input throws (modules run in strict mode).
      const outcome = applyFix(deepFreeze(structuredClone(document)), d.fix!);
      if (!outcome.ok) throw new Error(`fix not applicable: ${outcome.reason}`);
      const after = validateValue(JSON.parse(JSON.stringify(outcome.document)));
      // One fewer of that code at that node: a node may have several (two missing params, say).
      expect(countAlike(d, after.diagnostics), JSON.stringify(after.diagnostics, null, 2)).toBe(
        before - 1,
      );
      // When that was the document's only problem, the fix leaves a clean graph (no new problem).
      if (only) expect(after.diagnostics).toEqual([]);
    },
  );
});

describe("NG501: weights over the memory budget", () => {
  const c = DIAGNOSTIC_CASES.find((x) => x.file === "ng501-weights-over-budget.json")!;
  const text = fixtureText(c.file);

  it("is reported from arithmetic alone: fast, and nothing is allocated", () => {
    validateText(text); // warm up the modules
    const memoryBefore = process.memoryUsage();
    const start = performance.now();
    const result = validateText(text);
    const elapsed = performance.now() - start;
    const memoryAfter = process.memoryUsage();
    expect(result.analysis?.totals.params).toBe(1_000_000 * 1_000_000 + 1_000_000);
    expect(result.diagnostics.map((d) => d.code)).toEqual(["NG501"]);
    expect(elapsed).toBeLessThan(250);
    // 4 TB of weights would be 4e12 bytes; allow for ordinary garbage only.
    expect(memoryAfter.arrayBuffers - memoryBefore.arrayBuffers).toBeLessThan(16 * 1024 ** 2);
    expect(memoryAfter.heapUsed - memoryBefore.heapUsed).toBeLessThan(64 * 1024 ** 2);
  });

  it("follows the budget passed in", () => {
    const document = JSON.parse(text);
    document.nodes[0].params.shape = [784];
    document.nodes[1].params.units = 128;
    expect(validateValue(document).ok).toBe(true);
    const tight = validateValue(document, { memoryBudgetBytes: 1024 });
    expect(tight.diagnostics.map((d) => d.code)).toEqual(["NG501"]);
    expect(tight.diagnostics[0]!.nodeId).toBe("huge");
  });
});

describe("NG303 fix values", () => {
  it.each(LAYER_KINDS.map((k) => [k.type, k] as const))(
    "%s: the suggested value of every required param is accepted",
    (type, kind) => {
      const required = Object.entries(kind.params)
        .filter(([, spec]) => isRequired(spec))
        .map(([name]) => name);
      let document: GraphDocument = validateValue({
        format: "neurograph",
        version: 1,
        nodes: [{ id: "x", type, params: {} }],
        edges: [],
      }).document!;
      const missing = validateValue(document).diagnostics.filter((d) => d.code === "NG303");
      expect(missing.map((d) => d.fix?.kind === "setParam" && d.fix.param).sort()).toEqual(
        [...required].sort(),
      );
      for (const d of missing) {
        const outcome = applyFix(document, d.fix!);
        if (!outcome.ok) throw new Error(outcome.reason);
        document = outcome.document;
      }
      const paramProblems = validateValue(document).diagnostics.filter((d) =>
        ["NG301", "NG302", "NG303", "NG304"].includes(d.code),
      );
      expect(paramProblems).toEqual([]);
    },
  );
});
