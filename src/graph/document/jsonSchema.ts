/**
 * The JSON Schema of graph documents, generated from the same sources as the
 * validator: the zod envelope (schema.ts) and every layer kind's param specs.
 * Published as docs/graph-document.schema.json (kept in sync by a test).
 */
import { z } from "zod";
import { LAYER_KINDS } from "../layers/registry";
import type { LayerKind } from "../layers/types";
import { isRequired, MAX_REGULARIZATION, type ParamSpec } from "../params";
import { CURRENT_VERSION, documentSchema } from "./schema";

type JsonSchema = Record<string, unknown>;

const integer = (minimum: number, maximum: number): JsonSchema => ({
  type: "integer",
  minimum,
  maximum,
});

export function paramJsonSchema(spec: ParamSpec): JsonSchema {
  const described = (schema: JsonSchema, defaultValue?: unknown): JsonSchema => ({
    ...schema,
    description: spec.help.en,
    ...(defaultValue !== undefined ? { default: defaultValue } : {}),
  });
  switch (spec.kind) {
    case "int":
      return described(
        spec.default === null
          ? { oneOf: [integer(spec.min, spec.max), { type: "null" }] }
          : integer(spec.min, spec.max),
        spec.default,
      );
    case "float":
      return described(
        {
          type: "number",
          ...(spec.exclusiveMin ? { exclusiveMinimum: spec.min } : { minimum: spec.min }),
          ...(spec.exclusiveMax ? { exclusiveMaximum: spec.max } : { maximum: spec.max }),
        },
        spec.default,
      );
    case "bool":
      return described({ type: "boolean" }, spec.default);
    case "enum":
      return described({ enum: [...spec.options] }, spec.default);
    case "tuple": {
      const item = integer(spec.min, spec.max);
      const list = { type: "array", items: item, minItems: spec.rank, maxItems: spec.rank };
      const options: JsonSchema[] = [item, list];
      if (spec.default === null) options.push({ type: "null" });
      return described({ oneOf: options }, spec.default ?? undefined);
    }
    case "shape": {
      const dims: JsonSchema[] = [integer(1, spec.max)];
      if (spec.allowNull) dims.push({ type: "null" });
      if (spec.allowMinusOne) dims.push({ const: -1 });
      return described({
        type: "array",
        minItems: 1,
        maxItems: spec.maxRank,
        items: dims.length === 1 ? dims[0] : { oneOf: dims },
      });
    }
    case "regularizer": {
      const factor = { type: "number", minimum: 0, maximum: MAX_REGULARIZATION };
      return described(
        {
          oneOf: [
            { type: "null" },
            {
              type: "object",
              properties: { l1: factor, l2: factor },
              additionalProperties: false,
              minProperties: 1,
            },
          ],
        },
        null,
      );
    }
    case "axes":
      return described(
        {
          oneOf: [
            { type: "integer" },
            { type: "array", items: { type: "integer" }, minItems: 2, maxItems: 2 },
          ],
        },
        spec.default,
      );
  }
}

function paramsSchema(kind: LayerKind): JsonSchema {
  const required = Object.entries(kind.params)
    .filter(([, spec]) => isRequired(spec))
    .map(([name]) => name);
  return {
    type: "object",
    properties: Object.fromEntries(
      Object.entries(kind.params).map(([name, spec]) => [name, paramJsonSchema(spec)]),
    ),
    ...(required.length > 0 ? { required } : {}),
    // Unknown params are kept and warned about (NG304), not rejected.
    additionalProperties: true,
  };
}

export function graphDocumentJsonSchema(): JsonSchema {
  const envelope = z.toJSONSchema(documentSchema, {
    io: "input",
    target: "draft-2020-12",
  }) as JsonSchema & {
    properties: Record<
      string,
      JsonSchema & { items: JsonSchema & { properties: Record<string, JsonSchema> } }
    >;
  };
  const node = envelope.properties.nodes!.items;
  node.properties.type = { ...node.properties.type, enum: LAYER_KINDS.map((k) => k.type) };
  node.allOf = LAYER_KINDS.map((kind) => {
    const params = paramsSchema(kind);
    return {
      if: { properties: { type: { const: kind.type } }, required: ["type"] },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, not a thenable
      then: {
        properties: { params },
        ...("required" in params ? { required: ["params"] } : {}),
      },
    };
  });
  return {
    $schema: envelope.$schema,
    $id: "https://neurograph.dev/schema/graph-document-v1.json",
    title: `Neurograph graph document, version ${CURRENT_VERSION}`,
    description:
      "A neural network as a graph of layer nodes. Generated from src/graph (the validator's own sources); see docs/document-format.md.",
    ...envelope,
  };
}
