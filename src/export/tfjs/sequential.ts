/** A Sequential model: a chain in which each layer takes the previous one's output. */
import { t } from "../../graph";
import { quote } from "../../graph/text";
import { field, isRecord, type JsonRecord } from "./json";
import { readLayerEntries, type Skipped } from "./layerEntries";
import type { LayerCall } from "./tensors";
import type { KerasLayer, TopologyResult } from "./topology";

function fail(en: string, zh: string): TopologyResult {
  return { ok: false, reason: t(en, zh) };
}

/** The batch shape a Sequential's first layer declares for the model's input. */
function declaredInputShape(config: JsonRecord): unknown {
  return (
    field(config, "batch_input_shape") ??
    field(config, "batch_shape") ??
    (Array.isArray(field(config, "input_shape"))
      ? [null, ...(field(config, "input_shape") as unknown[])]
      : undefined)
  );
}

/** A Sequential is a chain: each layer takes the previous one's output. */
export function readSequential(config: unknown, version: string | null): TopologyResult {
  // Keras before 2.2.3 wrote the layer list as the config itself.
  const list = Array.isArray(config) ? config : isRecord(config) ? config.layers : undefined;
  if (!Array.isArray(list)) {
    return fail(
      'the Sequential model\'s "config" has no "layers" list.',
      'Sequential 模型的 "config" 中没有 "layers" 列表。',
    );
  }
  const skipped: Skipped = [];
  const entries = readLayerEntries(list, skipped);
  const layers: KerasLayer[] = [];
  const first = entries[0];
  if (!first) return fail("the Sequential model has no layers.", "Sequential 模型中没有层。");
  if (first.className !== "InputLayer") {
    const shape = declaredInputShape(first.config);
    if (shape === undefined) {
      return fail(
        `the Sequential model's first layer ${quote(first.name)} does not declare its input shape ("batch_input_shape"), so the model was never built.`,
        `Sequential 模型的第一层 ${quote(first.name)} 没有声明输入形状（"batch_input_shape"），模型从未构建。`,
      );
    }
    const taken = new Set(entries.map((e) => e.name));
    let name = `${first.name}_input`;
    for (let k = 2; taken.has(name); k++) name = `${first.name}_input_${k}`;
    const dtype = first.config.dtype;
    layers.push({
      name,
      className: "InputLayer",
      config: { batch_input_shape: shape, ...(typeof dtype === "string" ? { dtype } : {}) },
      calls: [],
    });
  }
  for (const entry of entries) {
    const previous = layers[layers.length - 1];
    const calls: LayerCall[] =
      entry.className === "InputLayer" || !previous
        ? []
        : [{ args: [{ layer: previous.name, node: 0, tensor: 0 }], named: {}, options: {} }];
    layers.push({ ...entry, calls });
  }
  const input = layers[0]!;
  const output = layers[layers.length - 1]!;
  const name = isRecord(config) && typeof config.name === "string" ? config.name : "";
  return {
    ok: true,
    graph: {
      name,
      layers,
      inputs: [{ layer: input.name, node: 0, tensor: 0 }],
      outputs: [{ layer: output.name, node: 0, tensor: 0 }],
      kerasVersion: version,
      skipped,
      weightPrefixes: new Map(),
    },
  };
}
