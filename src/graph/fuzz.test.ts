/**
 * Property-based robustness of the core: documents come from strangers, so
 * whatever they hold — generated graphs of real layer kinds, those graphs
 * mutated with hostile values, random JSON, truncated text — validation must
 * answer with well-formed diagnostics and never throw or report NG901.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inferShapes } from "./analyze";
import { DIAGNOSTIC_CODES, type Diagnostic } from "./diagnostics";
import { loadDocument } from "./document/load";
import { applyFix } from "./fixes/apply";
import { LAYER_KINDS, LAYER_TYPES } from "./layers/registry";
import type { LayerKind } from "./layers/types";
import type { ParamSpec } from "./params";
import { type ValidationResult, validateText, validateValue } from "./validate";

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * fc.assert runs synchronously, so vitest's timeout cannot stop a runaway
 * shrink; fast-check's own limit does (a normal run takes a few seconds).
 */
fc.configureGlobal({ interruptAfterTimeLimit: 45_000, markInterruptAsFailure: true });

/** Documents checked by each property; together well over 10,000, in a few seconds. */
const RUNS = {
  generated: 3000,
  mutated: 4000,
  randomJson: 1500,
  randomValues: 1000,
  truncated: 1500,
  analyzeOptions: 500,
} as const;

// ── invariants ──────────────────────────────────────────────────────────────

function checkDiagnostic(d: Diagnostic): void {
  if (!Object.hasOwn(DIAGNOSTIC_CODES, d.code)) throw new Error(`unknown code ${String(d.code)}`);
  if (d.code === "NG901") throw new Error(`internal error reported: ${d.message}`);
  if (d.severity !== DIAGNOSTIC_CODES[d.code].severity)
    throw new Error(`${d.code} has severity ${d.severity}`);
  for (const text of [d.message, d.messageZh]) {
    if (typeof text !== "string" || text.trim() === "")
      throw new Error(`${d.code} has an empty message`);
    if (CONTROL_CHARACTERS.test(text))
      throw new Error(`${d.code} message holds a control character: ${JSON.stringify(text)}`);
  }
}

function checkResult(result: ValidationResult): void {
  result.diagnostics.forEach(checkDiagnostic);
  const hasError = result.diagnostics.some((d) => d.severity === "error");
  if (result.ok === hasError) throw new Error(`ok is ${result.ok} but errors are ${hasError}`);
  if (result.document === null && result.diagnostics.length === 0)
    throw new Error("no document and no diagnostic");
  const analysis = result.analysis;
  if (!analysis) return;
  const totals = analysis.totals;
  if (!(totals.params >= 0) || !(totals.weightBytes >= 0))
    throw new Error(`bad totals ${JSON.stringify(totals)}`);
  if (!result.ok) return;
  // A document that validates has a concrete, tfjs-shaped output at every node.
  for (const [id, node] of analysis.nodes) {
    const shape = node.outputShape;
    if (!shape || shape[0] !== null)
      throw new Error(`valid document, but node ${id} has shape ${JSON.stringify(shape)}`);
    for (const dim of shape.slice(1)) {
      if (dim !== null && !(Number.isSafeInteger(dim) && dim > 0)) {
        throw new Error(`valid document, but node ${id} has shape ${JSON.stringify(shape)}`);
      }
    }
    if (!(node.trainableParams >= 0 && node.nonTrainableParams >= 0))
      throw new Error(`node ${id} has bad param counts`);
  }
}

function validates(raw: unknown): void {
  checkResult(validateValue(raw));
}

function validatesText(text: string): void {
  checkResult(validateText(text));
}

// ── generated graphs of real layer kinds ──────────────────────────────────

type Raw = Record<string, unknown>;
interface RawDocument extends Raw {
  nodes: Raw[];
  edges: Raw[];
}

const HANDLES = [
  "in",
  "in0",
  "in1",
  "in2",
  "in63",
  "in64",
  "query",
  "value",
  "key",
  "bogus",
  "",
] as const;

function smallInt(min: number, max: number): fc.Arbitrary<number> {
  const lo = Math.max(min, -8);
  return fc.integer({ min: lo, max: Math.max(lo, Math.min(max, lo + 32)) });
}

/** A plausible value for a param: in range most of the time, so that many graphs get deep into inference. */
function plausibleValue(spec: ParamSpec): fc.Arbitrary<unknown> {
  switch (spec.kind) {
    case "int":
      return spec.default === null
        ? fc.option(smallInt(spec.min, spec.max), { nil: null })
        : smallInt(spec.min, spec.max);
    case "float":
      return fc.double({ min: spec.min, max: Math.min(spec.max, spec.min + 4), noNaN: true });
    case "bool":
      return fc.boolean();
    case "enum":
      return fc.constantFrom(...spec.options);
    case "tuple":
      return fc.oneof(
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: spec.rank, maxLength: spec.rank }),
      );
    case "shape": {
      const dim: fc.Arbitrary<number | null> = fc.oneof(
        { arbitrary: fc.integer({ min: 1, max: 12 }), weight: 8 },
        { arbitrary: spec.allowNull ? fc.constant(null) : fc.constant(1), weight: 1 },
        { arbitrary: spec.allowMinusOne ? fc.constant(-1) : fc.constant(2), weight: 1 },
      );
      return fc.array(dim, { minLength: 1, maxLength: Math.min(4, spec.maxRank) });
    }
    case "regularizer":
      return fc.constantFrom(null, { l2: 0.01 }, { l1: 0.001, l2: 0.01 });
    case "axes":
      return fc.oneof(
        fc.integer({ min: -2, max: 3 }),
        fc.tuple(fc.integer({ min: -2, max: 2 }), fc.integer({ min: -2, max: 2 })),
      );
  }
}

function paramsFor(kind: LayerKind): fc.Arbitrary<Raw> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, spec] of Object.entries(kind.params)) model[name] = plausibleValue(spec);
  // Required params are usually present; optional ones come and go.
  return fc.record(model, { requiredKeys: [] }).chain((given) =>
    fc.boolean().map((complete) => {
      if (!complete) return given;
      const all: Raw = { ...given };
      for (const [name, spec] of Object.entries(kind.params)) {
        if (
          !(name in all) &&
          spec.kind !== "bool" &&
          spec.kind !== "regularizer" &&
          !("default" in spec)
        ) {
          all[name] = "initial" in spec ? spec.initial : undefined;
        }
      }
      return all;
    }),
  );
}

const INPUT_KIND = LAYER_KINDS.find((k) => k.type === "input")!;
const LAYERS = LAYER_KINDS.filter((k) => k.type !== "input");

const inputArb = fc.record({
  shape: plausibleValue(INPUT_KIND.params.shape!),
  dtype: fc.constantFrom("float32", "float32", "int32"),
});

const layerArb = fc.constantFrom(...LAYERS).chain((kind) =>
  fc.record({
    type: fc.constant(kind.type),
    params: paramsFor(kind),
    sources: fc.array(fc.nat(), {
      minLength: kind.ports.kind === "ordered" ? 1 : 0,
      maxLength: kind.ports.kind === "ordered" ? 3 : 2,
    }),
    // Mostly plain edges; now and then a handle, right or wrong.
    handles: fc.array(
      fc.oneof(
        { arbitrary: fc.constant(undefined), weight: 9 },
        { arbitrary: fc.constantFrom(...HANDLES), weight: 1 },
      ),
      { minLength: 3, maxLength: 3 },
    ),
    group: fc.option(fc.constantFrom("encoder", "decoder"), { nil: undefined, freq: 4 }),
  }),
);

/** A DAG of random kinds: every layer draws its inputs from earlier nodes. */
const randomGraphArb: fc.Arbitrary<RawDocument> = fc
  .record({
    inputs: fc.array(inputArb, { minLength: 1, maxLength: 2 }),
    layers: fc.array(layerArb, { maxLength: 7 }),
    groups: fc.constantFrom(["encoder", "decoder"], ["encoder", "decoder"], ["encoder"]),
  })
  .map(({ inputs, layers, groups }) => {
    const nodes: Raw[] = inputs.map((p, i) => ({ id: `in${i}`, type: "input", params: p }));
    const edges: Raw[] = [];
    layers.forEach((layer, i) => {
      const index = nodes.length;
      const id = `n${i}`;
      const node: Raw = {
        id,
        type: layer.type,
        params: layer.params,
        position: { x: i * 10, y: i * 20 },
      };
      if (layer.group !== undefined) node.group = layer.group;
      nodes.push(node);
      layer.sources.forEach((s, k) => {
        const edge: Raw = { id: `e${edges.length}`, source: nodes[s % index]!.id, target: id };
        const handle = layer.handles[k];
        if (handle !== undefined) edge.targetHandle = handle;
        edges.push(edge);
      });
    });
    return {
      format: "neurograph",
      version: 1,
      name: "fuzz",
      nodes,
      edges,
      groups: groups.map((g) => ({ id: g })),
    };
  });

/** Input ranks (batch included) each kind accepts, and the rank it outputs. A test below fails when a new kind is missing. */
const RANKS: Readonly<
  Record<
    string,
    { readonly accepts: readonly number[]; readonly out: (rank: number, params: Raw) => number }
  >
> = (() => {
  const same = (accepts: readonly number[]) => ({ accepts, out: (rank: number) => rank });
  const fixed = (accepts: readonly number[], rank: number) => ({ accepts, out: () => rank });
  const recurrent = {
    accepts: [3],
    out: (_: number, p: Raw) => (p.returnSequences === true ? 3 : 2),
  };
  return {
    dense: same([2, 3, 4]),
    activation: same([2, 3, 4, 5]),
    dropout: same([2, 3, 4, 5]),
    batchNormalization: same([2, 3, 4]),
    layerNormalization: same([2, 3, 4]),
    flatten: fixed([3, 4, 5], 2),
    reshape: {
      accepts: [2, 3, 4, 5],
      out: (_, p) => (Array.isArray(p.targetShape) ? p.targetShape.length + 1 : 2),
    },
    embedding: { accepts: [2, 3], out: (rank) => rank + 1 },
    conv1d: fixed([3], 3),
    maxPooling1d: fixed([3], 3),
    averagePooling1d: fixed([3], 3),
    globalMaxPooling1d: fixed([3], 2),
    globalAveragePooling1d: fixed([3], 2),
    conv2d: fixed([4], 4),
    conv2dTranspose: fixed([4], 4),
    upSampling2d: fixed([4], 4),
    maxPooling2d: fixed([4], 4),
    averagePooling2d: fixed([4], 4),
    stochasticPooling2d: fixed([4], 4),
    globalMaxPooling2d: fixed([4], 2),
    globalAveragePooling2d: fixed([4], 2),
    simpleRNN: recurrent,
    lstm: recurrent,
    gru: recurrent,
    bidirectional: recurrent,
    multiHeadAttention: fixed([3], 3),
    positionalEncoding: fixed([3], 3),
    add: same([2, 3, 4]),
    multiply: same([2, 3, 4]),
    concatenate: same([2, 3, 4]),
    sampling: same([2, 3]),
    dot: { accepts: [2, 3], out: (rank) => (rank === 2 ? 2 : 2 * rank - 3) },
  };
})();

/** Params that usually fit: small windows, and reshapes that keep the element count. */
function fittingValue(name: string, spec: ParamSpec): fc.Arbitrary<unknown> {
  if (name === "targetShape") return fc.constantFrom([-1], [-1, 1], [1, -1], [-1, 1, 1]);
  if (spec.kind === "tuple")
    return fc.oneof(
      fc.integer({ min: 1, max: 3 }),
      fc.constant(Array.from({ length: spec.rank }, () => 2)),
    );
  if (spec.kind === "int" && spec.min >= 1) return fc.integer({ min: spec.min, max: spec.min + 8 });
  return plausibleValue(spec);
}

/**
 * A graph whose every layer fits the rank of what feeds it, so that inference
 * runs all the way through; merges join nodes of the same rank.
 */
function buildTypedGraph(g: fc.GeneratorValue): RawDocument {
  const nodes: Raw[] = [];
  const ranks: number[] = [];
  const edges: Raw[] = [];
  const inputCount = g(fc.integer, { min: 1, max: 2 });
  for (let i = 0; i < inputCount; i++) {
    const shape: (number | null)[] = g(() =>
      fc.array(fc.integer({ min: 2, max: 12 }), { minLength: 1, maxLength: 3 }),
    );
    if (shape.length > 1 && g(fc.integer, { min: 0, max: 9 }) === 0) shape[0] = null;
    const dtype = g(fc.constantFrom, "float32", "float32", "int32");
    nodes.push({ id: `in${i}`, type: "input", params: { shape, dtype } });
    ranks.push(shape.length + 1);
  }
  const layerCount = g(fc.integer, { min: 1, max: 10 });
  for (let k = 0; k < layerCount; k++) {
    const source = nodes.length - 1 - g(fc.integer, { min: 0, max: Math.min(2, nodes.length - 1) });
    const rank = ranks[source]!;
    const fitting = LAYERS.filter((kind) => RANKS[kind.type]?.accepts.includes(rank));
    if (fitting.length === 0) break;
    const kind = fitting[g(fc.integer, { min: 0, max: fitting.length - 1 })]!;
    const params: Raw = {};
    for (const [name, spec] of Object.entries(kind.params)) {
      const needed = spec.kind !== "bool" && spec.kind !== "regularizer" && !("default" in spec);
      if (needed || g(fc.integer, { min: 0, max: 3 }) === 0)
        params[name] = g(() => fittingValue(name, spec));
    }
    const id = `n${k}`;
    nodes.push({ id, type: kind.type, params });
    edges.push({ id: `e${edges.length}`, source: nodes[source]!.id, target: id });
    if (kind.ports.kind === "ordered") {
      const peers = ranks.map((r, i) => (r === rank ? i : -1)).filter((i) => i >= 0);
      const count = kind.ports.max === 2 ? 1 : g(fc.integer, { min: 1, max: 2 });
      for (let j = 0; j < count; j++) {
        const peer = peers[g(fc.integer, { min: 0, max: peers.length - 1 })]!;
        edges.push({ id: `e${edges.length}`, source: nodes[peer]!.id, target: id });
      }
    }
    ranks.push(RANKS[kind.type]!.out(rank, params));
  }
  return { format: "neurograph", version: 1, name: "typed", nodes, edges, groups: [] };
}

// Not shrunk: fast-check's shrinker loops on values drawn with fc.gen() inside map. The graphs are small anyway.
const typedGraphArb: fc.Arbitrary<RawDocument> = fc.noShrink(fc.gen()).map(buildTypedGraph);

const graphArb: fc.Arbitrary<RawDocument> = fc.oneof(typedGraphArb, randomGraphArb);

// ── hostile values ────────────────────────────────────────────────────────

const hostileString = fc.oneof(
  fc.constantFrom(
    "__proto__",
    "constructor",
    "prototype",
    "toString",
    "hasOwnProperty",
    "valueOf",
    "",
    " ",
    "\u0000",
    "\u001b[2J\u001b[31mred\u0007",
    "\u009b31m",
    "\u202eevil",
    "\ud800",
    "NaN",
    "Infinity",
    "-1",
    "64",
    "1e309",
    "null",
    "same",
    "relu",
    "dense",
    "in0",
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.integer({ min: 200, max: 20_000 }).map((n) => "x".repeat(n)),
);

const hostileNumber = fc.oneof(
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    0,
    0.5,
    2.5,
    -1,
    1e308,
    -1e308,
    5e-324,
    2 ** 31,
    -(2 ** 31),
    2 ** 53 + 2,
    Number.MAX_SAFE_INTEGER,
    1 << 20,
    (1 << 20) + 1,
    (1 << 24) + 1,
  ),
  fc.double(),
  fc.integer(),
);

/** A fresh object holding itself. */
const cyclic = fc.constant(null).map(() => {
  const o: Raw = { l2: 0.01 };
  o.self = o;
  return o;
});

/** An own "__proto__" key, as JSON.parse makes it. */
const protoKeyed = fc
  .constantFrom(
    '{"__proto__": {"polluted": true}, "l2": 0.01}',
    '{"constructor": {"prototype": {"polluted": true}}}',
    '[{"__proto__": null}]',
  )
  .map((text) => JSON.parse(text) as unknown);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileNumber,
  hostileString,
  fc.constantFrom(null, undefined, true, false),
  fc.constant(null).map(() => []),
  fc.constant(null).map(() => ({})),
  fc.array(hostileNumber, { maxLength: 5 }),
  fc.array(fc.oneof(hostileNumber, hostileString, fc.constant(null)), { maxLength: 5 }),
  fc.jsonValue({ maxDepth: 3 }),
  fc.anything({
    maxDepth: 2,
    withBigInt: true,
    withNullPrototype: true,
    withObjectString: true,
    withBoxedValues: true,
    withSparseArray: true,
    withDate: true,
    withTypedArray: true,
    withMap: true,
    withSet: true,
  }),
  cyclic,
  protoKeyed,
);

const paramName = fc.oneof(
  fc.constantFrom(...new Set(LAYER_KINDS.flatMap((k) => Object.keys(k.params)))),
  hostileString,
);

const nodeField = fc.constantFrom("id", "type", "params", "position", "group", "label");
const edgeField = fc.constantFrom("id", "source", "target", "sourceHandle", "targetHandle");
const topField = fc.constantFrom(
  "format",
  "version",
  "name",
  "description",
  "nodes",
  "edges",
  "groups",
  "training",
);

const mutationArb = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant("deleteNode" as const), i: fc.nat() }), weight: 3 },
  { arbitrary: fc.record({ op: fc.constant("duplicateNode" as const), i: fc.nat() }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant("deleteEdge" as const), i: fc.nat() }), weight: 3 },
  { arbitrary: fc.record({ op: fc.constant("duplicateEdge" as const), i: fc.nat() }), weight: 2 },
  {
    arbitrary: fc.record({
      op: fc.constant("addEdge" as const),
      from: fc.nat(),
      to: fc.nat(),
      handle: fc.option(fc.constantFrom(...HANDLES), { nil: undefined }),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      op: fc.constant("retype" as const),
      i: fc.nat(),
      type: fc.constantFrom(...LAYER_TYPES),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      op: fc.constant("setParam" as const),
      i: fc.nat(),
      name: paramName,
      value: hostileValue,
    }),
    weight: 6,
  },
  {
    arbitrary: fc.record({ op: fc.constant("deleteParam" as const), i: fc.nat(), name: paramName }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      op: fc.constant("setNodeField" as const),
      i: fc.nat(),
      field: nodeField,
      value: hostileValue,
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      op: fc.constant("setEdgeField" as const),
      i: fc.nat(),
      field: edgeField,
      value: hostileValue,
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      op: fc.constant("setTopField" as const),
      field: topField,
      value: hostileValue,
    }),
    weight: 1,
  },
);

type Mutation = typeof mutationArb extends fc.Arbitrary<infer M> ? M : never;

function at<T>(list: T[], i: number): T | undefined {
  return list.length === 0 ? undefined : list[i % list.length];
}

/** Applies mutations to a copy of the document (which stays JSON-free: values may be anything). */
function mutate(document: RawDocument, mutations: readonly Mutation[]): Raw {
  const doc: RawDocument = {
    ...document,
    nodes: document.nodes.map((n) => ({ ...n, params: { ...(n.params as Raw) } })),
    edges: document.edges.map((e) => ({ ...e })),
  };
  // Replacing "nodes" or "edges" wholesale comes last, so the other edits always have lists to work on.
  const ordered = [
    ...mutations.filter((m) => m.op !== "setTopField"),
    ...mutations.filter((m) => m.op === "setTopField"),
  ];
  for (const m of ordered) {
    switch (m.op) {
      case "deleteNode":
        if (doc.nodes.length > 0) doc.nodes.splice(m.i % doc.nodes.length, 1);
        break;
      case "duplicateNode": {
        const node = at(doc.nodes, m.i);
        if (node) doc.nodes.push({ ...node });
        break;
      }
      case "deleteEdge":
        if (doc.edges.length > 0) doc.edges.splice(m.i % doc.edges.length, 1);
        break;
      case "duplicateEdge": {
        const edge = at(doc.edges, m.i);
        if (edge) doc.edges.push({ ...edge });
        break;
      }
      case "addEdge": {
        const from = at(doc.nodes, m.from);
        const to = at(doc.nodes, m.to);
        if (from && to) {
          const edge: Raw = { id: `x${doc.edges.length}`, source: from.id, target: to.id };
          if (m.handle !== undefined) edge.targetHandle = m.handle;
          doc.edges.push(edge);
        }
        break;
      }
      case "retype": {
        const node = at(doc.nodes, m.i);
        if (node) node.type = m.type;
        break;
      }
      case "setParam": {
        const node = at(doc.nodes, m.i);
        const params = node?.params;
        if (typeof params === "object" && params !== null) {
          Object.defineProperty(params, m.name, {
            value: m.value,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
        break;
      }
      case "deleteParam": {
        const params = at(doc.nodes, m.i)?.params;
        if (typeof params === "object" && params !== null) delete (params as Raw)[m.name];
        break;
      }
      case "setNodeField": {
        const node = at(doc.nodes, m.i);
        if (node) node[m.field] = m.value;
        break;
      }
      case "setEdgeField": {
        const edge = at(doc.edges, m.i);
        if (edge) edge[m.field] = m.value;
        break;
      }
      case "setTopField":
        (doc as Raw)[m.field] = m.value;
        break;
    }
  }
  return doc;
}

// ── properties ────────────────────────────────────────────────────────────

describe("validation never throws and reports only well-formed diagnostics", () => {
  it("knows the ranks of every layer kind in the registry", () => {
    expect(Object.keys(RANKS).sort()).toEqual(LAYERS.map((k) => k.type).sort());
  });

  it("on generated graphs of real layer kinds", () => {
    const validKinds = new Set<string>();
    let valid = 0;
    fc.assert(
      fc.property(graphArb, (doc) => {
        const result = validateValue(doc);
        checkResult(result);
        if (result.ok && doc.nodes.length > 1) {
          valid++;
          for (const node of doc.nodes) validKinds.add(String(node.type));
        }
        validatesText(JSON.stringify(doc));
        if (!result.document) return;
        // Loading is a fixed point: the loaded document, saved and loaded again, says the same.
        const again = validateValue(JSON.parse(JSON.stringify(result.document)));
        expect(again.diagnostics).toEqual(result.diagnostics);
        // Every fix-it applies, and removes the problem it is attached to (one of that code at that node fewer).
        const alike = (d: Diagnostic) => (x: Diagnostic) =>
          x.code === d.code &&
          x.nodeId === d.nodeId &&
          (d.nodeId !== undefined || x.edgeId === d.edgeId);
        for (const d of result.diagnostics) {
          if (!d.fix) continue;
          const fixed = applyFix(result.document, d.fix);
          if (!fixed.ok) throw new Error(`${d.code} fix does not apply: ${fixed.reason}`);
          const after = validateValue(JSON.parse(JSON.stringify(fixed.document)));
          checkResult(after);
          const left = after.diagnostics.filter(alike(d));
          if (left.length >= result.diagnostics.filter(alike(d)).length) {
            throw new Error(
              `${d.code} fix ${JSON.stringify(d.fix)} leaves ${JSON.stringify(left)}`,
            );
          }
        }
      }),
      { numRuns: RUNS.generated },
    );
    // The generators must reach deep into inference: many valid graphs, using every kind.
    expect(valid).toBeGreaterThan(RUNS.generated / 5);
    expect([...validKinds].sort()).toEqual([...LAYER_TYPES].sort());
  });

  it("on graphs mutated with deleted, duplicated and rewired entries and hostile values", () => {
    fc.assert(
      fc.property(
        graphArb,
        fc.array(mutationArb, { minLength: 1, maxLength: 5 }),
        (doc, mutations) => {
          const mutated = mutate(doc, mutations);
          validates(mutated);
          let text: string | undefined;
          try {
            text = JSON.stringify(mutated);
          } catch {
            // BigInt and cycles have no JSON form; the value check above is what counts.
          }
          if (text !== undefined) validatesText(text);
        },
      ),
      { numRuns: RUNS.mutated },
    );
    expect(({} as Raw).polluted).toBeUndefined();
  });

  it("on random JSON, as a value and as text", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        validates(value);
        validatesText(JSON.stringify(value));
      }),
      { numRuns: RUNS.randomJson },
    );
  });

  it("on random JavaScript values and random text", () => {
    const envelope = fc.record(
      {
        format: fc.oneof(fc.constant("neurograph"), hostileValue),
        version: fc.oneof(fc.constant(1), hostileValue),
        nodes: fc.oneof(fc.array(hostileValue, { maxLength: 4 }), hostileValue),
        edges: fc.oneof(fc.array(hostileValue, { maxLength: 4 }), hostileValue),
        groups: hostileValue,
        name: hostileValue,
      },
      { requiredKeys: ["format", "version"] },
    );
    fc.assert(
      fc.property(
        fc.oneof(hostileValue, envelope),
        fc.string({ unit: "binary", maxLength: 200 }),
        (value, text) => {
          validates(value);
          validatesText(text);
        },
      ),
      { numRuns: RUNS.randomValues },
    );
    expect(({} as Raw).polluted).toBeUndefined();
  });

  it("on truncated and corrupted document text", () => {
    fc.assert(
      fc.property(
        graphArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.string({ unit: "binary", maxLength: 3 }),
        (doc, fraction, junk) => {
          const text = JSON.stringify(doc, null, 2);
          const cut = Math.floor(text.length * fraction);
          validatesText(text.slice(0, cut));
          validatesText(text.slice(0, cut) + junk + text.slice(cut + 1));
        },
      ),
      { numRuns: RUNS.truncated },
    );
  });

  it("in inferShapes with any memory budget", () => {
    const budget = fc.oneof(
      fc.constantFrom(0, -1, 1, Number.NaN, Number.POSITIVE_INFINITY, 1024 ** 3),
      fc.double(),
      fc.nat(),
    );
    fc.assert(
      fc.property(
        graphArb,
        fc.array(mutationArb, { maxLength: 2 }),
        budget,
        (doc, mutations, memoryBudgetBytes) => {
          const loaded = loadDocument(mutate(doc, mutations));
          if (!loaded.document) return;
          const analysis = inferShapes(loaded.document, { memoryBudgetBytes });
          analysis.diagnostics.forEach(checkDiagnostic);
          if (analysis.nodes.size > loaded.document.nodes.length)
            throw new Error("more analysed nodes than nodes");
        },
      ),
      { numRuns: RUNS.analyzeOptions },
    );
  });
});
