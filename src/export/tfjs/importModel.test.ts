/**
 * The importer on files written outside Neurograph: Keras 2 and 3 configs,
 * Sequential models, shared layers, layers Neurograph cannot express, and
 * files that are not models at all. Pure: no tfjs.
 */
import { describe, expect, it } from "vitest";
import { type GraphDocument, hasErrors, inferShapes } from "../../graph";
import { KERAS2_FUNCTIONAL, KERAS2_SEQUENTIAL, KERAS3_FUNCTIONAL } from "./fixtures/kerasModels";
import { importTfjsModel, importTfjsModelText } from "./importModel";

type Layer = {
  name: string;
  class_name: string;
  config?: Record<string, unknown>;
  inbound?: string[] | string[][];
};

/** A tfjs-style functional model.json from a compact list of layers (inbound: one call, or several). */
function functional(layers: Layer[], inputs: string[], outputs: string[]) {
  return {
    format: "layers-model",
    modelTopology: {
      class_name: "Model",
      config: {
        name: "m",
        layers: layers.map((l) => {
          const calls = !l.inbound
            ? []
            : typeof l.inbound[0] === "string"
              ? [l.inbound as string[]]
              : (l.inbound as string[][]);
          return {
            name: l.name,
            class_name: l.class_name,
            config: { name: l.name, ...l.config },
            inbound_nodes: calls.map((call) => call.map((src) => [src, 0, 0, {}])),
          };
        }),
        input_layers: inputs.map((n) => [n, 0, 0]),
        output_layers: outputs.map((n) => [n, 0, 0]),
      },
    },
  };
}

const input = (name: string, shape: (number | null)[], dtype = "float32"): Layer => ({
  name,
  class_name: "InputLayer",
  config: { batch_input_shape: [null, ...shape], dtype },
});

function edgesOf(document: GraphDocument): string[] {
  return document.edges.map(
    (e) => `${e.source} → ${e.target}${e.targetHandle ? `@${e.targetHandle}` : ""}`,
  );
}

function node(document: GraphDocument, id: string) {
  const found = document.nodes.find((n) => n.id === id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
}

const codes = (result: { diagnostics: readonly { code: string }[] }) =>
  result.diagnostics.map((d) => d.code);

describe("Keras 2 (tensorflowjs_converter)", () => {
  const result = importTfjsModel(KERAS2_FUNCTIONAL);
  const document = result.document!;

  it("maps every layer, with attention's kwargs, a causal mask and axes counted from the end", () => {
    expect(document.nodes.map((n) => [n.id, n.type, n.params])).toEqual([
      ["tokens", "input", { shape: [6, 8] }],
      ["mha", "multiHeadAttention", { numHeads: 2, keyDim: 4, useCausalMask: true }],
      ["add", "add", {}],
      ["norm", "layerNormalization", { epsilon: 1e-6 }],
      ["pool", "globalAveragePooling1d", {}],
      ["out", "dense", { units: 3, activation: "softmax", kernelRegularizer: { l2: 0.01 } }],
    ]);
    // value = query (self-attention): one plain edge.
    expect(edgesOf(document)).toEqual([
      "tokens → mha",
      "tokens → add@in0",
      "mha → add@in1",
      "add → norm",
      "norm → pool",
      "pool → out",
    ]);
    expect(hasErrors(inferShapes(document).diagnostics)).toBe(false);
    expect(document.description).toEqual({
      en: "Imported from a TensorFlow.js Layers model written by 2.15.0.",
      zh: "从 TensorFlow.js Layers 模型导入（由 2.15.0 写入）。",
    });
  });

  it("says which training-only settings it dropped", () => {
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({
      code: "NG304",
      severity: "warning",
      nodeId: "out",
    });
    expect(result.diagnostics[0]!.message).toContain("kernel_constraint");
    expect(result.diagnostics[0]!.messageZh).toContain("kernel_constraint");
  });

  it("lays the layers out top to bottom by depth", () => {
    const y = (id: string) => node(document, id).position.y;
    expect(y("tokens")).toBe(0);
    expect(y("mha")).toBeGreaterThan(y("tokens"));
    expect(y("add")).toBeGreaterThan(y("mha"));
    expect(y("out")).toBeGreaterThan(y("pool"));
    expect(new Set(document.nodes.map((n) => `${n.position.x},${n.position.y}`)).size).toBe(6);
  });

  it("maps the weights to node ids", () => {
    const bytes = new Float32Array(8 * 2 * 4 * 3 + 2 * 4 * 3 + 2 * 4 * 8 + 8 + 8 + 8 + 8 * 3 + 3);
    bytes.forEach((_, i) => {
      bytes[i] = i;
    });
    const withWeights = importTfjsModel(KERAS2_FUNCTIONAL, { weightData: bytes.buffer });
    expect(codes(withWeights)).toEqual(["NG304"]);
    const byNode = withWeights.weights!.byNode;
    expect([...byNode.keys()]).toEqual(["mha", "norm", "out"]);
    expect(byNode.get("mha")!.map((w) => w.suffix)).toEqual([
      "query/kernel",
      "query/bias",
      "key/kernel",
      "key/bias",
      "value/kernel",
      "value/bias",
      "attention_output/kernel",
      "attention_output/bias",
    ]);
    const bias = byNode.get("out")![1]!;
    expect(Array.from(bias.values)).toEqual([bytes.length - 3, bytes.length - 2, bytes.length - 1]);
  });

  it("reports weight data that is too short, and imports the graph anyway", () => {
    const short = importTfjsModel(KERAS2_FUNCTIONAL, { weightData: new Uint8Array(100) });
    expect(short.document).not.toBeNull();
    expect(short.weights).toBeUndefined();
    const problem = short.diagnostics.find((d) => d.code === "NG104")!;
    expect(problem.message).toMatch(/too short.*mha\/query\/kernel/);
    expect(problem.messageZh).toMatch(/权重数据太短/);
  });
});

describe("Keras 3 (model.to_json)", () => {
  const result = importTfjsModel(KERAS3_FUNCTIONAL);
  const document = result.document!;

  it("reads list arguments, keras tensors in kwargs and dtype policies", () => {
    expect(document.nodes.map((n) => n.id)).toEqual(["a", "b", "concatenate", "cross", "out"]);
    expect(edgesOf(document)).toEqual([
      "a → concatenate@in0",
      "b → concatenate@in1",
      "concatenate → cross@query",
      "b → cross@value",
      "a → cross@key",
      "cross → out",
    ]);
    expect(node(document, "cross").params).toEqual({
      numHeads: 1,
      keyDim: 3,
      valueDim: 5,
      useBias: false,
    });
    // silu is tfjs's swish.
    expect(node(document, "out").params).toEqual({
      units: 2,
      activation: "swish",
      kernelRegularizer: { l2: 0.01 },
    });
    expect(hasErrors(inferShapes(document).diagnostics)).toBe(false);
  });

  it("warns that a frozen layer is imported as trainable", () => {
    expect(codes(result)).toEqual(["NG304"]);
    expect(result.diagnostics[0]!.message).toContain("trainable: false");
  });
});

describe("Sequential models", () => {
  it("chains the layers (Keras 2, layers named inside their config)", () => {
    const document = importTfjsModel(KERAS2_SEQUENTIAL).document!;
    expect(document.nodes.map((n) => `${n.id}:${n.type}`)).toEqual([
      "conv_input:input",
      "conv:conv2d",
      "pool:maxPooling2d",
      "flat:flatten",
      "dense:dense",
    ]);
    expect(edgesOf(document)).toEqual([
      "conv_input → conv",
      "conv → pool",
      "pool → flat",
      "flat → dense",
    ]);
    expect(node(document, "conv").params).toEqual({
      filters: 4,
      kernelSize: 3,
      activation: "relu",
    });
    expect(inferShapes(document).nodes.get("dense")!.outputShape).toEqual([null, 10]);
  });

  it("adds the input a tfjs Sequential only declares on its first layer", () => {
    const result = importTfjsModel({
      modelTopology: {
        class_name: "Sequential",
        config: {
          name: "s",
          layers: [
            {
              class_name: "Dense",
              config: {
                name: "dense_Dense1",
                units: 4,
                batch_input_shape: [32, 3],
                dtype: "int32",
              },
            },
          ],
        },
      },
    });
    const document = result.document!;
    expect(document.nodes.map((n) => [n.id, n.type, n.params])).toEqual([
      ["dense_Dense1_input", "input", { shape: [3], dtype: "int32" }],
      ["dense_Dense1", "dense", { units: 4 }],
    ]);
    // The fixed batch size is dropped, and said so.
    expect(codes(result)).toEqual(["NG304"]);
    expect(result.diagnostics[0]!.message).toContain("batch size 32");
  });
});

describe("structures a graph expresses differently", () => {
  it("a layer applied twice becomes two nodes sharing the weights", () => {
    const model = functional(
      [
        input("x", [4]),
        input("y", [4]),
        { name: "shared", class_name: "Dense", config: { units: 2 }, inbound: [["x"], ["y"]] },
        { name: "cat", class_name: "Concatenate", config: { axis: -1 }, inbound: ["shared"] },
      ],
      ["x", "y"],
      ["cat"],
    );
    // The second call is node 1 of "shared".
    const cat = model.modelTopology.config.layers[3]!;
    cat.inbound_nodes = [
      [
        ["shared", 0, 0, {}],
        ["shared", 1, 0, {}],
      ],
    ];
    model.modelTopology.config.layers.push({
      name: "w",
      class_name: "Dense",
      config: { name: "w" },
      inbound_nodes: [],
    });
    const manifest = [
      {
        paths: ["w.bin"],
        weights: [
          { name: "shared/kernel", shape: [4, 2], dtype: "float32" },
          { name: "shared/bias", shape: [2], dtype: "float32" },
        ],
      },
    ];
    const result = importTfjsModel(
      { ...model, weightsManifest: manifest },
      { weightData: new Map([["w.bin", new Uint8Array(new Float32Array(10).fill(0.5).buffer)]]) },
    );
    const document = result.document!;
    expect(edgesOf(document)).toEqual([
      "x → shared",
      "y → shared_2",
      "shared → cat@in0",
      "shared_2 → cat@in1",
    ]);
    expect(node(document, "shared_2").params).toEqual({ units: 2 });
    expect([...result.weights!.byNode.keys()]).toEqual(["shared", "shared_2"]);
    // "w" is never called: left out, and said so; the copy is named.
    expect(codes(result)).toEqual(["NG104", "NG304"]);
    expect(result.diagnostics[0]!.message).toContain("never called");
    expect(result.diagnostics[1]!.message).toContain("'shared_2' is a copy with the same weights");
  });

  it("an output that also feeds another layer gets an identity node, so it stays an output", () => {
    const result = importTfjsModel(
      functional(
        [
          input("x", [3]),
          { name: "h", class_name: "Dense", config: { units: 2 }, inbound: ["x"] },
          { name: "y", class_name: "Dense", config: { units: 1 }, inbound: ["h"] },
        ],
        ["x"],
        ["h", "y"],
      ),
    );
    const document = result.document!;
    expect(document.nodes.map((n) => n.id)).toEqual(["x", "h", "h_output", "y"]);
    const analysis = inferShapes(document);
    // Outputs in the model's order: h (through its identity), then y.
    expect(analysis.outputs).toEqual(["h_output", "y"]);
    expect(node(document, "h_output").params).toEqual({ activation: "linear" });
    expect(codes(result)).toEqual(["NG304"]);
  });
});

describe("layers Neurograph cannot express become marked nodes", () => {
  const model = functional(
    [
      input("x", [8, 8, 8, 1]),
      {
        name: "c3",
        class_name: "Conv3D",
        config: { filters: 2, kernel_size: [3, 3, 3] },
        inbound: ["x"],
      },
      { name: "after", class_name: "Flatten", inbound: ["c3"] },
      { name: "out", class_name: "Dense", config: { units: 1 }, inbound: ["after"] },
    ],
    ["x"],
    ["out"],
  );

  it("an unknown class: kept with its config, NG203 naming the layer and class, the rest intact", () => {
    const result = importTfjsModel(model);
    const document = result.document!;
    const marked = node(document, "c3");
    expect(marked.type).toBe("keras:Conv3D");
    expect(marked.label).toBe("Conv3D (c3)");
    expect(marked.params).toEqual({
      kerasClass: "Conv3D",
      kerasConfig: { filters: 2, kernel_size: [3, 3, 3] },
    });
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ code: "NG203", severity: "error", nodeId: "c3" });
    expect(result.diagnostics[0]!.message).toMatch(/'c3' is a Conv3D.*no such layer kind/);
    expect(result.diagnostics[0]!.messageZh).toMatch(/'c3' 是 Conv3D/);
    expect(edgesOf(document)).toEqual(["x → c3", "c3 → after", "after → out"]);
    // The graph opens: analysis reports the unknown kind on that node and nothing downstream.
    const problems = inferShapes(document).diagnostics.filter((d) => d.severity === "error");
    expect(problems.map((d) => [d.code, d.nodeId])).toEqual([["NG203", "c3"]]);
  });

  const cases: [string, Layer, RegExp][] = [
    [
      "GRU with reset_after",
      { name: "l", class_name: "GRU", config: { units: 3, reset_after: true }, inbound: ["x"] },
      /reset_after/,
    ],
    [
      "Conv2D channels_first",
      {
        name: "l",
        class_name: "Conv2D",
        config: { filters: 1, kernel_size: 3, data_format: "channels_first" },
        inbound: ["x"],
      },
      /channels_last/,
    ],
    [
      "LSTM returning its state",
      { name: "l", class_name: "LSTM", config: { units: 3, return_state: true }, inbound: ["x"] },
      /return_state/,
    ],
    [
      "Keras Bidirectional LSTM (sigmoid gates)",
      {
        name: "l",
        class_name: "Bidirectional",
        config: {
          layer: { class_name: "LSTM", config: { units: 3, recurrent_activation: "sigmoid" } },
        },
        inbound: ["x"],
      },
      /hard_sigmoid/,
    ],
    [
      "an activation tfjs lacks",
      {
        name: "l",
        class_name: "Dense",
        config: { units: 3, activation: "exponential" },
        inbound: ["x"],
      },
      /exponential/,
    ],
    [
      "Conv1D causal",
      {
        name: "l",
        class_name: "Conv1D",
        config: { filters: 1, kernel_size: 2, padding: "causal" },
        inbound: ["x"],
      },
      /causal/,
    ],
  ];
  for (const [title, layer, reason] of cases) {
    it(title, () => {
      const result = importTfjsModel(functional([input("x", [5, 4]), layer], ["x"], ["l"]));
      expect(node(result.document!, "l").type).toBe(`keras:${layer.class_name}`);
      expect(codes(result)).toEqual(["NG203"]);
      expect(result.diagnostics[0]!.message).toMatch(reason);
    });
  }
});

describe("files that are not Layers models: a bilingual message, never a throw", () => {
  const refusals: [string, unknown, RegExp][] = [
    ["null", null, /JSON object/],
    ["an array", [1, 2], /an array/],
    ["a string", "model", /a string/],
    ["a graph model", { format: "graph-model", modelTopology: { node: [] } }, /graph model/],
    [
      "a Neurograph document",
      { format: "neurograph", version: 1, nodes: [], edges: [] },
      /graph document/,
    ],
    ["no topology", { weightsManifest: [] }, /no model topology/],
    [
      "an unknown model class",
      { modelTopology: { class_name: "Estimator", config: {} } },
      /Estimator/,
    ],
    [
      "layers that are not a list",
      { modelTopology: { class_name: "Model", config: { layers: 3 } } },
      /"layers"/,
    ],
    [
      "no outputs",
      { modelTopology: { class_name: "Model", config: { layers: [], input_layers: [] } } },
      /output_layers/,
    ],
    [
      "an empty Sequential",
      { modelTopology: { class_name: "Sequential", config: { layers: [] } } },
      /no layers/,
    ],
    [
      "a Sequential never built",
      {
        modelTopology: {
          class_name: "Sequential",
          config: { layers: [{ class_name: "Dense", config: { name: "d", units: 1 } }] },
        },
      },
      /input shape/,
    ],
  ];
  for (const [title, raw, message] of refusals) {
    it(title, () => {
      const result = importTfjsModel(raw);
      expect(result.document).toBeNull();
      expect(codes(result)).toEqual(["NG102"]);
      expect(result.diagnostics[0]!.message).toMatch(message);
      expect(result.diagnostics[0]!.messageZh).toMatch(/[\u4e00-\u9fff]/);
    });
  }

  it("text that is not JSON", () => {
    const result = importTfjsModelText("{ modelTopology: ");
    expect(result.document).toBeNull();
    expect(codes(result)).toEqual(["NG101"]);
    expect(result.diagnostics[0]!.messageZh).toContain("不是有效的 JSON");
  });

  it("malformed entries are left out with a message; the rest is imported", () => {
    const model = functional(
      [input("x", [3]), { name: "d", class_name: "Dense", config: { units: 2 }, inbound: ["x"] }],
      ["x"],
      ["d"],
    );
    const layers = model.modelTopology.config.layers as unknown[];
    layers.push(
      42,
      { class_name: "Dense", config: {} },
      { name: "odd", class_name: "Dense", inbound_nodes: "x" },
    );
    layers.push({
      name: "ghost",
      class_name: "Dense",
      config: { units: 1 },
      inbound_nodes: [[["nowhere", 0, 0, {}]]],
    });
    const result = importTfjsModel(model);
    expect(result.document!.nodes.map((n) => n.id)).toEqual(["x", "ghost", "d"]);
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      'Layer #3: has no "class_name"; it was left out.',
      "Layer #4: has no name; it was left out.",
      "Layer 'odd': its \"inbound_nodes\" are in a format Neurograph does not know; it was left out.",
      "Layer 'ghost': its input 'nowhere' (call 0) is not a layer of the model; that connection was left out.",
    ]);
  });

  it("hostile values inside a layer config do not throw", () => {
    const garbage = [null, 3, "x", [], {}, { class_name: 5 }, [1, [2, [3]]], -1, 1e300, Number.NaN];
    for (const value of garbage) {
      for (const key of [
        "units",
        "activation",
        "kernel_size",
        "axis",
        "kernel_regularizer",
        "layer",
        "batch_input_shape",
        "target_shape",
        "axes",
        "merge_mode",
      ]) {
        for (const className of [
          "Dense",
          "Conv2D",
          "LayerNormalization",
          "Bidirectional",
          "InputLayer",
          "Reshape",
          "Dot",
          "MultiHeadAttention",
        ]) {
          const result = importTfjsModel(
            functional(
              [
                input("x", [4, 4]),
                { name: "l", class_name: className, config: { [key]: value }, inbound: ["x"] },
              ],
              ["x"],
              ["l"],
            ),
          );
          expect(result.document, `${className}.${key} = ${JSON.stringify(value)}`).not.toBeNull();
        }
      }
    }
  });
});
