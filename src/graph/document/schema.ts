/**
 * The graph document's envelope — everything but the per-layer params — as a
 * zod schema. It is the single source of both the loader's structural
 * validation and (with the layer registry) the published JSON Schema.
 * Objects are "loose": fields we do not know survive a load/save round trip.
 */
import { z } from "zod";
import { lessonSchema } from "./lesson";

export const DOCUMENT_FORMAT = "neurograph";
export const CURRENT_VERSION = 1;

const id = z.string().min(1).max(256);
const text = z.string().max(10_000);

export const localizedTextSchema = z.union([
  text,
  z.looseObject({ en: text.optional(), zh: text.optional() }),
]);

export const positionSchema = z.looseObject({ x: z.number(), y: z.number() });

export const nodeSchema = z.looseObject({
  id,
  type: z.string().min(1).max(256),
  params: z.record(z.string(), z.unknown()).default({}),
  position: positionSchema.default({ x: 0, y: 0 }),
  label: text.optional(),
  group: id.optional(),
});

const handle = z.string().max(256).nullable().optional();

export const edgeSchema = z.looseObject({
  id,
  source: id,
  target: id,
  sourceHandle: handle,
  targetHandle: handle,
});

export const groupSchema = z.looseObject({
  id,
  label: text.optional(),
  /** What a training recipe takes the block to be: encoder, decoder, generator, discriminator, critic, or custom. */
  role: z.string().max(256).optional(),
  collapsed: z.boolean().optional(),
});

export const documentSchema = z.looseObject({
  format: z.literal(DOCUMENT_FORMAT),
  version: z.literal(CURRENT_VERSION),
  name: text.default("Untitled"),
  description: localizedTextSchema.optional(),
  nodes: z.array(nodeSchema),
  edges: z.array(edgeSchema),
  groups: z.array(groupSchema).default([]),
  training: z.record(z.string(), z.unknown()).default({}),
  /** Presets only: the curriculum topic, bilingual title and learning goal, and the checked expected outcome. */
  lesson: lessonSchema.optional(),
});

export type GraphDocument = z.output<typeof documentSchema>;
export type NodeDoc = z.output<typeof nodeSchema>;
export type EdgeDoc = z.output<typeof edgeSchema>;
export type GroupDoc = z.output<typeof groupSchema>;
/** What an author may write: defaults (params, position, groups, …) may be left out. */
export type GraphDocumentInput = z.input<typeof documentSchema>;
