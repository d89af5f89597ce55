/**
 * Every layer kind becomes a Keras layer call that compiles in Python, with
 * the conversions that are not obvious checked line by line.
 */
import { describe, expect, it } from "vitest";
import { LAYER_TYPES } from "../../graph";
import { singleLayerDocument } from "../../testing/documents";
import { unsupportedKinds } from "./diagnostics";
import { exportKeras } from "./exportKeras";
import { KERAS_MAPPERS } from "./layers/registry";
import { LAYER_CASES, type LayerCase } from "./testing/cases";
import { pyCompile } from "./testing/python";

function moduleOf(c: LayerCase): string {
  const result = exportKeras(singleLayerDocument(c.type, c.params, c.inputs));
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  return (result.files.find((f) => f.path.endsWith(".py")) as { text: string }).text;
}

/** The build_model() of a module, each statement on one line (calls are wrapped at 99 columns). */
function model(text: string): string {
  return text
    .slice(text.indexOf("def build_model"), text.indexOf("return keras.Model"))
    .replace(/,?\n\s*\)/g, ")")
    .replace(/\(\n\s*/g, "(")
    .replace(/,\n\s*/g, ", ");
}

const find = (type: string, params: Record<string, unknown> = {}) =>
  moduleOf(
    LAYER_CASES.find(
      (c) =>
        c.type === type &&
        Object.entries(params).every(
          ([k, value]) => JSON.stringify(c.params[k]) === JSON.stringify(value),
        ),
    )!,
  );

describe("Keras layers", () => {
  it("has a mapper for every layer kind but Input, and no other", () => {
    expect([...KERAS_MAPPERS.keys(), "input"].sort()).toEqual([...LAYER_TYPES].sort());
  });

  it("names the nodes of a kind without a Keras mapping (for kinds added later)", () => {
    const d = unsupportedKinds([{ id: "q1", type: "quantum" }]);
    expect(d).toMatchObject({ code: "KX101", severity: "error", nodeIds: ["q1"] });
    expect(d.message).toBe(
      "Keras cannot express this node: 'q1' (quantum). Replace it with layers Keras has, or export to tfjs instead.",
    );
  });

  it("covers every layer kind but Input with at least two configurations", () => {
    for (const type of LAYER_TYPES.filter((t) => t !== "input"))
      expect(LAYER_CASES.filter((c) => c.type === type).length, type).toBeGreaterThanOrEqual(2);
  });

  it("writes modules that all compile with /usr/bin/python3", () => {
    const sources = new Map(LAYER_CASES.map((c, i) => [`case_${i}_${c.type}.py`, moduleOf(c)]));
    const compiled = pyCompile(sources);
    expect(compiled.output).toBe("");
    expect(compiled.ok).toBe(true);
  });

  it("keeps tfjs's recurrent gates: hard sigmoid spelled out, GRU without reset_after", () => {
    const lstm = find("lstm", { units: 32 });
    expect(model(lstm)).toContain(
      'layers.LSTM(32, recurrent_activation=tfjs_hard_sigmoid, name="x")(in_0)',
    );
    expect(lstm).toContain("return tf.clip_by_value(0.2 * x + 0.5, 0.0, 1.0)");
    const gru = model(find("gru", { units: 8 }));
    expect(gru).toContain("reset_after=False");
    expect(gru).toContain("# reset_after=False: TensorFlow.js's GRU applies the reset gate");
    // Explicit choices come through; sigmoid gates are Keras's default and are left out.
    const custom = model(find("lstm", { units: 5 }));
    expect(custom).not.toContain("recurrent_activation");
    for (const arg of [
      "return_sequences=True",
      "go_backwards=True",
      "dropout=0.1",
      "recurrent_dropout=0.2",
      "unit_forget_bias=False",
      "kernel_regularizer=keras.regularizers.L1L2(l1=0.0, l2=0.001)",
      "recurrent_regularizer=keras.regularizers.L1L2(l1=0.001, l2=0.0)",
    ])
      expect(custom).toContain(arg);
  });

  it("wraps the inner layer of Bidirectional with tfjs's defaults", () => {
    expect(model(find("bidirectional", { layer: "gru" }))).toContain(
      'layers.Bidirectional(layers.GRU(5, recurrent_activation=tfjs_hard_sigmoid, reset_after=False), merge_mode="sum", name="x")(in_0)',
    );
  });

  it("uses Keras's MultiHeadAttention with query, value, key and the causal mask on the call", () => {
    expect(model(find("multiHeadAttention", { keyDim: 8 }))).toContain(
      'layers.MultiHeadAttention(num_heads=2, key_dim=8, name="x")(in_0, in_0)',
    );
    expect(model(find("multiHeadAttention", { keyDim: 4 }))).toContain(
      'num_heads=3, key_dim=4, value_dim=6, output_shape=12, dropout=0.1, name="x"',
    );
    expect(model(find("multiHeadAttention", { keyDim: 5 }))).toContain(
      'layers.MultiHeadAttention(num_heads=2, key_dim=5, use_bias=False, name="x")(in_0, in_1, key=in_2, use_causal_mask=True)',
    );
  });

  it("writes Neurograph's own layers as classes, only when used", () => {
    const pooling = find("stochasticPooling2d", { poolSize: 3 });
    expect(pooling).toContain("class StochasticPooling2D(layers.Layer):");
    expect(model(pooling)).toContain(
      'StochasticPooling2D(pool_size=(3, 3), strides=(2, 2), padding="same", name="x")(in_0)',
    );
    expect(pooling).not.toContain("class Sampling");
    const sampling = find("sampling", { klWeight: 0.5 });
    expect(sampling).toContain("self.add_loss(self.kl_weight * tf.reduce_mean(kl))");
    expect(model(sampling)).toContain('Sampling(kl_weight=0.5, name="x")([in_0, in_1])');
    expect(model(find("positionalEncoding", { maxWavelength: 100 }))).toContain(
      'PositionalEncoding(max_wavelength=100.0, name="x")(in_0)',
    );
  });

  it("resolves what tfjs resolves: reshape's -1, dot's negative axes, pooling strides", () => {
    expect(model(find("reshape", { targetShape: [-1, 3] }))).toContain(
      'layers.Reshape((4, 3), name="x")(in_0)',
    );
    expect(model(find("reshape", { targetShape: [2, 2] }))).toContain(
      'layers.Reshape((2, 2), name="x")(in_0)',
    );
    expect(model(find("dot", { normalize: true }))).toContain(
      'layers.Dot(axes=(1, 1), normalize=True, name="x")([in_0, in_1])',
    );
    expect(model(find("maxPooling1d", { poolSize: 3 }))).toContain(
      'layers.MaxPooling1D(pool_size=3, strides=1, padding="same", name="x")(in_0)',
    );
    expect(model(find("conv1d", { filters: 3 }))).toContain(
      'layers.Conv1D(3, 3, dilation_rate=2, name="x")(in_0)',
    );
  });

  it("passes LeakyReLU's slope by position and spells out activations Keras lacks", () => {
    expect(model(find("activation", { activation: "leakyRelu" }))).toContain(
      'layers.LeakyReLU(0.1, name="x")(in_0)',
    );
    const relu6 = find("activation", { activation: "relu6" });
    expect(model(relu6)).toContain('layers.Activation(tfjs_relu6, name="x")(in_0)');
    expect(relu6).toContain("def tfjs_relu6(x):");
    expect(relu6).not.toContain("def tfjs_mish(x):");
    expect(model(find("activation", { activation: "gelu" }))).toContain(
      'layers.Activation("gelu", name="x")(in_0)',
    );
  });
});
