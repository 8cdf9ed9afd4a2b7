import { z } from "zod";
import { type SchemaKind, schemaId, schemas } from "./registry";

/** A JSON Schema document (draft 2020-12). */
export type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema (draft 2020-12) of a kind, derived from its zod schema: the published
 * contract for vendors in any language. Describes the **input** shape: fields with a
 * default may be left out. Pure.
 *
 * @example
 * ```ts
 * const schema = toJsonSchema("trajectory-event");
 * schema.$id; // "https://schemas.miriam-kit.org/v1/trajectory-event.schema.json"
 * ```
 */
export function toJsonSchema(kind: SchemaKind): JsonSchema {
  const generated = z.toJSONSchema(schemas[kind], {
    target: "draft-2020-12",
    io: "input",
    unrepresentable: "throw",
  }) as JsonSchema;
  const { $schema, ...rest } = generated;
  return { $schema, $id: schemaId(kind), ...rest };
}
