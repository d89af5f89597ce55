/**
 * model.json → the model's layers and calls, whatever wrote it: tfjs's
 * `model.save` (modelTopology is the model config), `tensorflowjs_converter`
 * (modelTopology.model_config), or a bare Keras config (`model.to_json()`);
 * functional (`Model`, `Functional`) or `Sequential`, Keras 2 or 3.
 */
import { type I18nText, t } from "../../graph";
import { quote } from "../../graph/text";
import { field, isRecord, type JsonRecord } from "./json";
import { readLayerEntries, type Skipped } from "./layerEntries";
import { readSequential } from "./sequential";
import { type LayerCall, parseInboundNodes, parseRefList, type TensorRef } from "./tensors";

export interface KerasLayer {
  readonly name: string;
  readonly className: string;
  readonly config: JsonRecord;
  /** Input layers have none; a layer applied twice (shared weights) has two. */
  readonly calls: readonly LayerCall[];
}

export interface KerasGraph {
  readonly name: string;
  readonly layers: readonly KerasLayer[];
  readonly inputs: readonly TensorRef[];
  readonly outputs: readonly TensorRef[];
  /** The Keras version that wrote the file, when it says ("2.x", "3.x", tfjs writes "tfjs-layers x"). */
  readonly kerasVersion: string | null;
  /** Layer entries that could not be read, with why; the others are imported. */
  readonly skipped: readonly { readonly where: string; readonly reason: I18nText }[];
  /** Other prefixes of a layer's weight names ("outer/inner" for a layer of a nested model) → layer name. */
  readonly weightPrefixes: ReadonlyMap<string, string>;
}

export type TopologyResult =
  | { readonly ok: true; readonly graph: KerasGraph }
  | { readonly ok: false; readonly reason: I18nText };

const MODEL_CLASSES = new Set(["Model", "Functional"]);

/** Classes of models, which may also appear as layers of another model. */
export function isModelClass(className: string): boolean {
  return className === "Sequential" || MODEL_CLASSES.has(className);
}

function fail(en: string, zh: string): TopologyResult {
  return { ok: false, reason: t(en, zh) };
}

/** The `{ class_name, config }` of the model inside whatever envelope holds it. */
function findModelConfig(raw: JsonRecord): { model: JsonRecord; version: string | null } | null {
  const topology = isRecord(raw.modelTopology) ? raw.modelTopology : raw;
  const model = isRecord(topology.model_config) ? topology.model_config : topology;
  if (typeof model.class_name !== "string") return null;
  const version = topology.keras_version ?? model.keras_version;
  return { model, version: typeof version === "string" ? version : null };
}

export function readTopology(raw: unknown): TopologyResult {
  if (!isRecord(raw)) {
    return fail(
      `expected a JSON object (model.json), but the file holds ${Array.isArray(raw) ? "an array" : raw === null ? "null" : `a ${typeof raw}`}.`,
      `应为 JSON 对象（model.json），但文件内容是${Array.isArray(raw) ? "数组" : raw === null ? " null" : ` ${typeof raw}`}。`,
    );
  }
  if (raw.format === "graph-model") {
    return fail(
      'it is a tfjs graph model ("format": "graph-model", converted from a SavedModel or frozen graph), which holds operations, not layers. Convert the Keras model instead (tensorflowjs_converter --input_format keras).',
      '它是 tfjs 图模型（"format": "graph-model"，由 SavedModel 或冻结图转换而来），只含运算而不含层。请改为转换 Keras 模型（tensorflowjs_converter --input_format keras）。',
    );
  }
  if (raw.format === "neurograph") {
    return fail(
      "it is a Neurograph graph document; open it as a graph, not as a model.",
      "它是 Neurograph 图文档；请作为图打开，而不是作为模型导入。",
    );
  }
  const found = findModelConfig(raw);
  if (!found) {
    return fail(
      'no model topology found: a model.json has "modelTopology" with a Keras "class_name" and "config".',
      '未找到模型拓扑：model.json 应含 "modelTopology"，其中有 Keras 的 "class_name" 与 "config"。',
    );
  }
  return readModel(found.model, found.version);
}

/** `{ class_name, config }` of a Sequential or functional model (also one nested as a layer). */
export function readModel(model: JsonRecord, version: string | null): TopologyResult {
  const className = model.class_name;
  if (className === "Sequential") return readSequential(model.config, version);
  if (typeof className === "string" && MODEL_CLASSES.has(className))
    return readFunctional(model.config, version);
  return fail(
    `the model's class is ${quote(String(className))}; Neurograph opens Sequential and functional (Model, Functional) models.`,
    `模型的类是 ${quote(String(className))}；Neurograph 只能打开 Sequential 与函数式（Model、Functional）模型。`,
  );
}

function readFunctional(config: unknown, version: string | null): TopologyResult {
  if (!isRecord(config) || !Array.isArray(config.layers)) {
    return fail(
      'the functional model\'s "config" has no "layers" list.',
      '函数式模型的 "config" 中没有 "layers" 列表。',
    );
  }
  const skipped: Skipped = [];
  const layers: KerasLayer[] = [];
  for (const entry of readLayerEntries(config.layers, skipped)) {
    const calls = parseInboundNodes(entry.inbound);
    if (!calls) {
      skipped.push({
        where: quote(entry.name),
        reason: t(
          'its "inbound_nodes" are in a format Neurograph does not know; it was left out.',
          '其 "inbound_nodes" 的格式无法识别，已略去。',
        ),
      });
      continue;
    }
    layers.push({ ...entry, calls });
  }
  const inputs = parseRefList(field(config, "input_layers"));
  const outputs = parseRefList(field(config, "output_layers"));
  if (!inputs || !outputs || outputs.length === 0) {
    return fail(
      'the functional model does not list its "input_layers" and "output_layers".',
      '函数式模型没有列出 "input_layers" 与 "output_layers"。',
    );
  }
  const name = typeof config.name === "string" ? config.name : "";
  return {
    ok: true,
    graph: {
      name,
      layers,
      inputs,
      outputs,
      kerasVersion: version,
      skipped,
      weightPrefixes: new Map(),
    },
  };
}
