/**
 * A tfjs Layers model.json (as `model.save` or `tensorflowjs_converter` write
 * it) → a Neurograph graph document, with the model's weights mapped to node
 * ids. Never throws: a file that is not such a model comes back as a
 * bilingual diagnostic and no document; a layer Neurograph cannot express
 * becomes a marked node (unknown kind, NG203) so the rest of the graph opens.
 */
import {
  CURRENT_VERSION,
  type Diagnostic,
  DOCUMENT_FORMAT,
  diagnostic,
  type GraphDocument,
  loadDocument,
  t,
} from "../../graph";
import { buildGraph } from "./buildGraph";
import { isRecord } from "./json";
import { layeredPositions } from "./layout";
import { notAModel, weightProblem } from "./messages";
import { readNeurographMetadata } from "./metadata";
import { inlineNestedModels } from "./nested";
import { axesFromEnd, tidyParams } from "./normalize";
import { type KerasGraph, readTopology } from "./topology";
import { type ImportedWeights, readWeights, type WeightBytes } from "./weightData";

export interface ImportOptions {
  /**
   * The weight files' bytes: everything concatenated in manifest order, or a
   * map from each path in the manifest (or its base name) to its bytes.
   * Without it the document is imported without weights.
   */
  readonly weightData?: WeightBytes;
}

export interface ImportResult {
  /** null only when the file is not a Layers model at all. */
  readonly document: GraphDocument | null;
  /** The import's own findings; analyse the document for the usual ones. */
  readonly diagnostics: readonly Diagnostic[];
  /** Present when weight data was given and could be read. */
  readonly weights?: ImportedWeights;
  /** tfjs layer name → the node ids made from it (one per call). */
  readonly nodeIds?: ReadonlyMap<string, readonly string[]>;
}

function importedDescription(version: string | null): GraphDocument["description"] {
  const by = version ? ` written by ${version}` : "";
  const byZh = version ? `（由 ${version} 写入）` : "";
  return {
    en: `Imported from a TensorFlow.js Layers model${by}.`,
    zh: `从 TensorFlow.js Layers 模型导入${byZh}。`,
  };
}

/** The file's positions when it placed every node; otherwise a fresh layered layout. */
function place(document: GraphDocument, positioned: ReadonlySet<string>): GraphDocument {
  if (document.nodes.every((n) => positioned.has(n.id))) return document;
  const positions = layeredPositions(document.nodes, document.edges);
  return {
    ...document,
    nodes: document.nodes.map((n) => ({ ...n, position: positions.get(n.id) ?? n.position })),
  };
}

function importModel(raw: unknown, options: ImportOptions): ImportResult {
  const topology = readTopology(raw);
  if (!topology.ok) return { document: null, diagnostics: [notAModel(topology.reason)] };
  const graph = inlineNestedModels(topology.graph);
  const meta = readNeurographMetadata(raw);
  const built = buildGraph(graph, meta);
  const draft = axesFromEnd({
    format: DOCUMENT_FORMAT,
    version: CURRENT_VERSION,
    name: meta?.name ?? (graph.name || "Imported model"),
    description: meta?.description ?? importedDescription(graph.kerasVersion),
    nodes: built.nodes,
    edges: built.edges,
    groups: [...(meta?.groups ?? [])],
    training: { ...(meta?.training ?? {}) },
  });
  const loaded = loadDocument(
    place({ ...draft, nodes: draft.nodes.map(tidyParams) }, built.positioned),
  );
  const diagnostics = [...built.diagnostics, ...loaded.diagnostics];
  if (!loaded.document) return { document: null, diagnostics };
  const base = { document: loaded.document, nodeIds: built.nodeIds };
  if (options.weightData === undefined) return { ...base, diagnostics };
  const read = importWeights(raw, options.weightData, graph, built.nodeIds);
  return {
    ...base,
    diagnostics: [...diagnostics, ...read.diagnostics],
    ...(read.weights ? { weights: read.weights } : {}),
  };
}

/** The weights, by node: a layer's own name or (inside nested models) "outer/inner" prefixes its weights. */
function importWeights(
  raw: unknown,
  data: WeightBytes,
  graph: KerasGraph,
  nodeIds: ReadonlyMap<string, readonly string[]>,
): { weights: ImportedWeights | null; diagnostics: Diagnostic[] } {
  const manifest = isRecord(raw) ? raw.weightsManifest : undefined;
  if (manifest === undefined) {
    const problem = weightProblem(
      t(
        'weight data was given, but the model.json has no "weightsManifest" saying what it holds.',
        '提供了权重数据，但 model.json 中没有说明其内容的 "weightsManifest"。',
      ),
    );
    return { weights: null, diagnostics: [problem] };
  }
  const owners = new Map(nodeIds);
  for (const [prefix, layer] of graph.weightPrefixes) {
    const ids = nodeIds.get(layer);
    if (ids && !owners.has(prefix)) owners.set(prefix, ids);
  }
  return readWeights(manifest, data, owners);
}

export function importTfjsModel(modelJson: unknown, options: ImportOptions = {}): ImportResult {
  try {
    return importModel(modelJson, options);
  } catch (error) {
    // Our bug, not the file's; say so rather than throw at the caller.
    const detail = (error instanceof Error ? error.message : String(error)).slice(0, 200);
    return {
      document: null,
      diagnostics: [
        diagnostic(
          "NG901",
          t(
            `Neurograph failed while importing the model (${detail}). This is a bug; please report it with the model.json.`,
            `Neurograph 导入模型时出错（${detail}）。这是程序缺陷，请附上 model.json 报告。`,
          ),
        ),
      ],
    };
  }
}

/** The text of a model.json; text that is not JSON is refused with NG101. */
export function importTfjsModelText(text: string, options: ImportOptions = {}): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).slice(0, 200);
    return {
      document: null,
      diagnostics: [
        diagnostic(
          "NG101",
          t(`The model file is not valid JSON: ${detail}.`, `模型文件不是有效的 JSON：${detail}。`),
        ),
      ],
    };
  }
  return importTfjsModel(raw, options);
}
