/**
 * What a tfjs model.json cannot say about a Neurograph graph — node ids that
 * are not valid layer names, labels, groups, positions, input roles, the
 * graph's name, description and training setup — kept in the standard
 * `userDefinedMetadata` field under "neurograph", so that graph → model.json →
 * graph is the identity. Files from elsewhere have none, and import without it.
 */
import {
  type GraphDocument,
  type GroupDoc,
  groupSchema,
  localizedTextSchema,
  positionSchema,
} from "../../graph";
import { INPUT_ROLES, type InputRole } from "../../graph/layers/input";
import { isRecord } from "./json";

export const METADATA_KEY = "neurograph";

export interface NodeMetadata {
  /** The node id, when it differs from the tfjs layer name. */
  readonly id?: string;
  readonly label?: string;
  readonly group?: string;
  readonly position?: { readonly x: number; readonly y: number };
  readonly role?: InputRole;
}

export interface NeurographMetadata {
  readonly version: 1;
  readonly name?: string;
  readonly description?: GraphDocument["description"];
  readonly groups?: readonly GroupDoc[];
  readonly training?: Readonly<Record<string, unknown>>;
  /** Keyed by tfjs layer name. */
  readonly nodes: Readonly<Record<string, NodeMetadata>>;
}

/** The metadata of a document compiled with these layer names (node id → tfjs layer name). */
export function neurographMetadata(
  document: GraphDocument,
  layerNames: ReadonlyMap<string, string>,
): NeurographMetadata {
  const nodes: Record<string, NodeMetadata> = {};
  for (const node of document.nodes) {
    const name = layerNames.get(node.id) ?? node.id;
    const role = node.type === "input" ? node.params.role : undefined;
    nodes[name] = {
      ...(name !== node.id ? { id: node.id } : {}),
      ...(node.label !== undefined ? { label: node.label } : {}),
      ...(node.group !== undefined ? { group: node.group } : {}),
      position: { x: node.position.x, y: node.position.y },
      ...(typeof role === "string" && role !== "data" ? { role: role as InputRole } : {}),
    };
  }
  return {
    version: 1,
    name: document.name,
    ...(document.description !== undefined ? { description: document.description } : {}),
    groups: document.groups,
    training: document.training,
    nodes,
  };
}

/** model.json text with the document's metadata added under userDefinedMetadata.neurograph. */
export function withNeurographMetadata(
  modelJson: string,
  document: GraphDocument,
  layerNames: ReadonlyMap<string, string>,
): string {
  const model = JSON.parse(modelJson) as Record<string, unknown>;
  const existing = isRecord(model.userDefinedMetadata) ? model.userDefinedMetadata : {};
  model.userDefinedMetadata = {
    ...existing,
    [METADATA_KEY]: neurographMetadata(document, layerNames),
  };
  return JSON.stringify(model);
}

function readNode(value: unknown): NodeMetadata | null {
  if (!isRecord(value)) return null;
  const position = positionSchema.safeParse(value.position);
  const role = INPUT_ROLES.find((r) => r === value.role);
  const text = (v: unknown, max: number) =>
    typeof v === "string" && v.length <= max ? v : undefined;
  const id = text(value.id, 256);
  const label = text(value.label, 10_000);
  const group = text(value.group, 256);
  return {
    ...(id ? { id } : {}),
    ...(label !== undefined ? { label } : {}),
    ...(group ? { group } : {}),
    ...(position.success ? { position: { x: position.data.x, y: position.data.y } } : {}),
    ...(role ? { role } : {}),
  };
}

/** The metadata of a model.json, keeping every well-formed piece and dropping the rest. */
export function readNeurographMetadata(modelJson: unknown): NeurographMetadata | null {
  if (!isRecord(modelJson) || !isRecord(modelJson.userDefinedMetadata)) return null;
  const raw = modelJson.userDefinedMetadata[METADATA_KEY];
  if (!isRecord(raw)) return null;
  const nodes: Record<string, NodeMetadata> = {};
  if (isRecord(raw.nodes)) {
    for (const [name, value] of Object.entries(raw.nodes)) {
      const node = readNode(value);
      if (node) nodes[name] = node;
    }
  }
  const description = localizedTextSchema.safeParse(raw.description);
  const groups = Array.isArray(raw.groups)
    ? raw.groups.flatMap((g) => {
        const parsed = groupSchema.safeParse(g);
        return parsed.success ? [parsed.data] : [];
      })
    : undefined;
  return {
    version: 1,
    ...(typeof raw.name === "string" && raw.name.length <= 10_000 ? { name: raw.name } : {}),
    ...(raw.description !== undefined && description.success
      ? { description: description.data }
      : {}),
    ...(groups ? { groups } : {}),
    ...(isRecord(raw.training) ? { training: raw.training } : {}),
    nodes,
  };
}
