import Ajv2020 from "ajv/dist/2020";
import standaloneCode from "ajv/dist/standalone";
import type { JsonSchema } from "../src/json-schema";

// The fast path of event validation (docs/decisions.md, "The event log"): the published
// event schema compiled by ajv into plain JavaScript once, here, so the package needs
// neither ajv nor `new Function` at run time. The compiled function only says yes or no; zod
// stays the source of truth and of every problem's wording (the line checker asks zod
// whenever this function says no).

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node =>
  typeof value === "object" && value !== null && !Array.isArray(value);

// Words that do not change what a schema accepts; left out, the module is smaller.
const ANNOTATIONS = new Set(["$schema", "title", "description", "format", "examples"]);

/**
 * The published schema as ajv compiles it fastest, accepting the same values: annotations
 * dropped, and each `if`/`then` union on one field (the contract's form of a discriminated
 * union) back to a `oneOf` with ajv's `discriminator`, which picks the branch by a lookup
 * instead of trying some thirty `if`s.
 */
function forAjv(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(forAjv);
  if (!isNode(node)) return node;
  const out: Node = {};
  for (const [key, child] of Object.entries(node)) {
    if (ANNOTATIONS.has(key) && typeof child === "string") continue;
    out[key] =
      key === "properties" && isNode(child)
        ? Object.fromEntries(Object.entries(child).map(([name, value]) => [name, forAjv(value)]))
        : forAjv(child);
  }
  const branches = out.allOf;
  if (!Array.isArray(branches) || branches.length < 2) return out;
  const fields = branches.map((branch) =>
    isNode(branch) && isNode(branch.if) && isNode(branch.if.properties) && "then" in branch
      ? Object.keys(branch.if.properties)
      : [],
  );
  const field = fields[0]?.[0];
  if (field === undefined || !fields.every((names) => names.length === 1 && names[0] === field))
    return out;
  const { allOf: _, ...rest } = out;
  return {
    ...rest,
    type: "object",
    discriminator: { propertyName: field },
    oneOf: branches.map((branch) => (branch as Node).then),
  };
}

// ajv's one run-time helper the module needs, written in: a text's length in code points
// (as JSON Schema and zod count it), counted only when the text holds a surrogate pair.
const UCS2LENGTH = 'require("ajv/dist/runtime/ucs2length").default';
const codePointLength = `(text) => {
  if (!/[\\uD800-\\uDBFF]/.test(text)) return text.length;
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++)
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  return count;
}`;

/**
 * The module `src/generated/event-validator.ts`: `isEvent(value)`, true exactly when the
 * published event schema accepts the value, with zod's rules where a JSON Schema validator
 * may differ: patterns without the `u` flag, as zod matches them; finite numbers only;
 * formats not checked (zod checks a date or a time by its pattern, which the schema
 * carries). It imports nothing: the ajv helper it needs is written into it.
 */
export function eventValidatorModule(eventSchema: JsonSchema, banner: string): string {
  const schema = forAjv(eventSchema) as JsonSchema;
  const ajv = new Ajv2020({
    code: { source: true, esm: true, lines: false, optimize: true },
    discriminator: true,
    inlineRefs: false,
    allErrors: false,
    messages: false,
    strict: true,
    strictTypes: false,
    allowUnionTypes: true,
    strictNumbers: true,
    validateFormats: false,
    unicodeRegExp: false,
    logger: false,
  });
  ajv.addSchema(schema);
  const code = standaloneCode(ajv, { isEvent: String(schema.$id) }).replaceAll(
    UCS2LENGTH,
    codePointLength,
  );
  if (/\brequire\(|\bimport\b/.test(code))
    throw new Error("The compiled event validator needs a module: write its helper in.");
  return `${banner}\n// @ts-nocheck\n${code}\n`;
}
