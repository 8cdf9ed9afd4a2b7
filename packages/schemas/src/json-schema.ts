import { z } from "zod";
import { toContractSchema } from "./_json-schema-contract";
import { type SchemaKind, schemaId, schemas } from "./registry";

/** A JSON Schema document (draft 2020-12). */
export type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema (draft 2020-12) of a kind, derived from its zod schema: the published
 * contract for vendors in any language. Describes the **input** shape: fields with a
 * default may be left out. Digit patterns are ASCII (`[0-9]`) in every regex dialect, and
 * a union of records that differ by one field (`type` of an event) selects its branch by
 * that field (`if`/`then`), so a standard validator reports the errors of that branch only.
 * Pure.
 *
 * @example
 * ```ts
 * const schema = toJsonSchema("trajectory-event");
 * schema.$id; // "https://schemas.miriam-kit.org/v1/trajectory-event.schema.json"
 * ```
 */
export function toJsonSchema(kind: SchemaKind): JsonSchema {
  return toContractSchema(zodJsonSchema(kind));
}

/**
 * @internal zod's own JSON Schema of a kind, before {@link toJsonSchema}'s rewrite: the
 * input of the generated `.d.ts`, since json-schema-to-typescript reads `oneOf` but not
 * `if`/`then`. Pure.
 */
export function zodJsonSchema(kind: SchemaKind): JsonSchema {
  const generated = z.toJSONSchema(schemas[kind], {
    target: "draft-2020-12",
    io: "input",
    unrepresentable: "throw",
  }) as JsonSchema;
  const { $schema, ...rest } = generated;
  return { $schema, $id: schemaId(kind), ...rest };
}
