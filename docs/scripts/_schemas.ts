import { anchorOf, code, facts, heading, page, table, text } from "./_markdown";

/** A JSON Schema node, as much of it as the reference pages read. */
export interface SchemaNode {
  readonly $ref?: string;
  readonly $id?: string;
  readonly $defs?: Readonly<Record<string, SchemaNode>>;
  readonly title?: string;
  readonly description?: string;
  readonly type?: string | readonly string[];
  readonly format?: string;
  readonly pattern?: string;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly default?: unknown;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | SchemaNode;
  readonly propertyNames?: SchemaNode;
  readonly items?: SchemaNode;
  readonly oneOf?: readonly SchemaNode[];
  readonly anyOf?: readonly SchemaNode[];
  readonly allOf?: readonly SchemaNode[];
  readonly if?: SchemaNode;
  readonly then?: SchemaNode;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
}

/** One published kind, with its JSON Schema and where the site serves the file. */
export interface SchemaFile {
  readonly kind: string;
  readonly schema: SchemaNode;
  /** Site path of the served copy, e.g. `/schemas/v1/event.schema.json`. */
  readonly href: string;
}

// A JavaScript safe-integer bound says "no limit" to a reader.
const NO_LIMIT = Number.MAX_SAFE_INTEGER;

function refName(ref: string): string {
  return ref.replace(/^#\/\$defs\//, "");
}

/** The type of a node in words a vendor reads, with links to other definitions. */
export function typeOf(node: SchemaNode): string {
  if (node.$ref !== undefined) {
    const name = refName(node.$ref);
    return `[${text(name)}](#${anchorOf(name)})`;
  }
  if (node.const !== undefined) return code(JSON.stringify(node.const));
  if (node.enum !== undefined)
    return node.enum.map((value) => code(JSON.stringify(value))).join(" \\| ");
  const alternatives = node.oneOf ?? node.anyOf;
  if (alternatives !== undefined) {
    if (alternatives.every(isInlineObject))
      return `object, ${node.oneOf ? "exactly one" : "one"} of ${alternatives.length} shapes`;
    return alternatives.map(typeOf).join(" or ");
  }
  const types = node.type === undefined ? [] : Array.isArray(node.type) ? node.type : [node.type];
  const words = (types as string[]).map((type) => {
    if (type === "array") return `array of ${node.items ? typeOf(node.items) : "any"}`;
    if (type === "string" && node.format !== undefined) return `string (${node.format})`;
    if (type === "object" && node.properties === undefined && isSchema(node.additionalProperties))
      return `object of ${typeOf(node.additionalProperties)}`;
    return type;
  });
  return words.length === 0 ? "any" : words.join(" or ");
}

function isSchema(value: boolean | SchemaNode | undefined): value is SchemaNode {
  return typeof value === "object";
}

/** Constraints and default of a node, as a short sentence. */
export function constraintsOf(node: SchemaNode): string[] {
  const out: string[] = [];
  const range = (min: number | undefined, max: number | undefined, unit: string) => {
    const hasMax = max !== undefined && max !== NO_LIMIT;
    const plural = (n: number) => (unit === "" ? "" : ` ${unit}${n === 1 ? "" : "s"}`);
    if (min !== undefined && hasMax) out.push(`${min}–${max}${plural(max)}`);
    else if (min !== undefined) out.push(`at least ${min}${plural(min)}`);
    else if (hasMax) out.push(`at most ${max}${plural(max)}`);
  };
  range(node.minimum, node.maximum, "");
  range(node.minLength, node.maxLength, "character");
  range(node.minItems, node.maxItems, "item");
  // A date or date-time's pattern only spells out its format.
  if (node.pattern !== undefined && node.format === undefined)
    out.push(`pattern ${code(node.pattern)}`);
  if (node.propertyNames?.pattern !== undefined)
    out.push(`keys match ${code(node.propertyNames.pattern)}`);
  if (node.default !== undefined) out.push(`default ${code(JSON.stringify(node.default))}`);
  return out;
}

interface Row {
  readonly path: string;
  readonly node: SchemaNode;
  readonly required: boolean;
  /** For a field of one shape of a union of objects: which shape, e.g. `when outcome is "moved"`. */
  readonly shape?: string;
}

/** Whether a node is an object written inline (not a `$ref`), whose fields get own rows. */
function isInlineObject(node: SchemaNode): boolean {
  return node.$ref === undefined && node.properties !== undefined;
}

/** The alternatives of a union whose every alternative is an inline object, else undefined. */
function objectUnion(node: SchemaNode): readonly SchemaNode[] | undefined {
  const alternatives = node.oneOf ?? node.anyOf;
  return alternatives?.every(isInlineObject) ? alternatives : undefined;
}

/**
 * Names one shape of a union of objects by a field whose value tells the shapes apart
 * (`when outcome is "dropped-out"`), or by its number.
 */
function shapeName(alternatives: readonly SchemaNode[], index: number): string {
  const alternative = alternatives[index]!;
  for (const [name, field] of Object.entries(alternative.properties ?? {})) {
    const values = field.const !== undefined ? [field.const] : field.enum;
    const discriminates = alternatives.every((other) => {
      const otherField = other.properties?.[name];
      return otherField?.const !== undefined || otherField?.enum !== undefined;
    });
    if (values !== undefined && discriminates)
      return `when ${name} is ${values.map((value) => code(JSON.stringify(value))).join(" or ")}`;
  }
  return `shape ${index + 1}`;
}

/** Flattens an object's fields, and the fields of inline objects inside it, into rows. */
function rowsOf(node: SchemaNode, prefix = "", shape?: string): Row[] {
  const rows: Row[] = [];
  const required = new Set(node.required ?? []);
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    const path = `${prefix}${name}`;
    rows.push({ path, node: child, required: required.has(name), ...(shape ? { shape } : {}) });
    const union = objectUnion(child);
    if (union !== undefined)
      rows.push(
        ...union.flatMap((alternative, index) =>
          rowsOf(alternative, `${path}.`, shapeName(union, index)),
        ),
      );
    else if (isInlineObject(child)) rows.push(...rowsOf(child, `${path}.`, shape));
    else if (child.items !== undefined && isInlineObject(child.items))
      rows.push(...rowsOf(child.items, `${path}[].`, shape));
    else if (isSchema(child.additionalProperties) && isInlineObject(child.additionalProperties))
      rows.push(...rowsOf(child.additionalProperties, `${path}.*.`, shape));
  }
  return rows;
}

function descriptionOf(node: SchemaNode): string {
  const parts: string[] = [];
  if (node.description !== undefined) parts.push(text(node.description));
  const extra =
    node.items !== undefined &&
    node.items.description !== undefined &&
    node.description === undefined
      ? [text(node.items.description)]
      : [];
  parts.push(...extra);
  const constraints = [
    ...constraintsOf(node),
    ...(node.items === undefined ? [] : constraintsOf(node.items).map((c) => `each: ${c}`)),
  ];
  if (constraints.length > 0) parts.push(`<small>${constraints.join("; ")}</small>`);
  return parts.join(" ");
}

function fieldsTable(node: SchemaNode): string {
  const rows = rowsOf(node);
  return table(
    ["field", "type", "required", "description"],
    rows.map((row) => [
      code(row.path),
      typeOf(row.node),
      row.required ? "yes" : "",
      [row.shape === undefined ? "" : `*${row.shape}*`, descriptionOf(row.node)]
        .filter((part) => part !== "")
        .join(" — "),
    ]),
  );
}

/** The section of one definition of a schema. */
function definitionSection(name: string, node: SchemaNode, isRoot: boolean): string[] {
  const out = [heading(3, name, anchorOf(name))];
  // The root's title and description are the page's own, already at the top.
  if (!isRoot && node.title !== undefined && node.title !== name)
    out.push(`**${text(node.title)}**`);
  if (!isRoot && node.description !== undefined) out.push(text(node.description));
  const alternatives = node.oneOf ?? node.anyOf;
  if (node.properties !== undefined) {
    if (node.additionalProperties === false) out.push("No other fields are allowed.");
    out.push(fieldsTable(node));
  } else if (alternatives !== undefined) {
    out.push(
      `${node.oneOf ? "Exactly one of" : "One of"}:\n\n${alternatives
        .map((alternative) => `- ${typeOf(alternative)}`)
        .join("\n")}`,
    );
  } else if (node.enum !== undefined) {
    out.push(`One of: ${node.enum.map((value) => code(JSON.stringify(value))).join(", ")}.`);
  } else {
    const constraints = constraintsOf(node);
    out.push(
      `Type: ${typeOf(node)}${constraints.length > 0 ? ` (${constraints.join("; ")})` : ""}.`,
    );
    if (node.items !== undefined && isInlineObject(node.items)) out.push(fieldsTable(node.items));
  }
  return out;
}

/** The definitions of a schema in reading order: the root first, then as they are referenced. */
export function definitionOrder(schema: SchemaNode): string[] {
  const defs = schema.$defs ?? {};
  const order: string[] = [];
  const visit = (node: SchemaNode | undefined) => {
    if (node === undefined) return;
    if (node.$ref !== undefined) {
      const name = refName(node.$ref);
      if (!order.includes(name) && defs[name] !== undefined) {
        order.push(name);
        visit(defs[name]);
      }
      return;
    }
    for (const alternative of node.oneOf ?? node.anyOf ?? []) visit(alternative);
    for (const child of Object.values(node.properties ?? {})) visit(child);
    visit(node.items);
    if (isSchema(node.additionalProperties)) visit(node.additionalProperties);
  };
  visit(schema);
  for (const name of Object.keys(defs)) if (!order.includes(name)) order.push(name);
  return order;
}

/**
 * A schema with its selecting unions read as `oneOf`: @miriam/schemas publishes a
 * discriminated union as an enum of the discriminator plus one `if`/`then` per branch
 * (so validators report one branch's errors); for a reader it is one of its branches.
 */
export function withUnionsAsOneOf<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withUnionsAsOneOf) as T;
  if (typeof value !== "object" || value === null) return value;
  const node = Object.fromEntries(
    Object.entries(value).map(([key, child]) => [key, withUnionsAsOneOf(child)]),
  ) as SchemaNode;
  const branches = node.allOf?.map((pair) => pair.then);
  if (branches === undefined || branches.some((branch) => branch === undefined)) return node as T;
  const { allOf: _, properties: __, required: ___, type: ____, ...rest } = node;
  return { ...rest, oneOf: branches } as T;
}

/** The reference page of one kind. */
export function schemaPage(file: SchemaFile): string {
  const schema = withUnionsAsOneOf(file.schema);
  const defs = schema.$defs ?? {};
  const order = definitionOrder(schema);
  const root = order[0] === undefined ? undefined : defs[order[0]];
  return page({
    source: `packages/schemas/json/${file.kind}.schema.json`,
    body: [
      // An explicit id: the title's own slug would clash with the root definition's anchor.
      heading(1, root?.title ?? file.kind, `${anchorOf(file.kind)}-schema`),
      root?.description === undefined ? "" : text(root.description),
      facts([
        ["kind", `${code(file.kind)} (as in ${code(`validate("${file.kind}", value)`)})`],
        ["$id", code(schema.$id ?? "")],
        ["JSON Schema", `[${file.kind}.schema.json](${file.href}){target="_self"} (draft 2020-12)`],
        ["in the npm package", code(`@miriam/schemas/json/${file.kind}.schema.json`)],
      ]),
      "Each definition below lists its fields. Nested objects are flattened: `data.goals[].domain` is the field `domain` of each item of the list `goals` inside `data`; `*` stands for any key. *Required* is relative to the object that holds the field.",
      heading(2, "Definitions", "definitions"),
      ...order.flatMap((name) => {
        const node = defs[name];
        return node === undefined ? [] : definitionSection(name, node, name === order[0]);
      }),
    ],
  });
}

/** The index of the schema reference. */
export function schemaIndexPage(files: readonly SchemaFile[]): string {
  const rows = files.map((file) => {
    const schema = withUnionsAsOneOf(file.schema);
    const defs = schema.$defs ?? {};
    const root = defs[definitionOrder(schema)[0] ?? ""];
    return [
      `[${code(file.kind)}](./${file.kind}.md)`,
      text(root?.title ?? ""),
      text(root?.description ?? ""),
      `[JSON](${file.href}){target="_self"}`,
    ];
  });
  return page({
    source: "the JSON Schemas of @miriam/schemas",
    body: [
      "# Schema reference",
      "The interchange format of the kit: one JSON Schema (draft 2020-12) per kind of record or event. These files are the contract for software in any language; the TypeScript packages derive them from the same zod schemas they validate with. Each page below is generated from the published file, which the site also serves for download.",
      table(["kind", "title", "what it describes", "file"], rows),
      "Load the files from the npm package `@miriam/schemas` (`json/<kind>.schema.json`) rather than fetching their `$id`: the `$id` is an identifier, not a download address. The [vendor guide](../../guides/vendor.md) shows how to validate with them in TypeScript and in other languages.",
      'The [reference case-manager app](https://github.com/miriam-kit/miriam-kit/tree/main/examples/case-manager-app)\'s JSON API is described by an [OpenAPI 3.1 document](/schemas/openapi/case-manager-app.json){target="_self"}, generated from the same zod schemas; the app serves it at `/api/openapi.json`.',
    ],
  });
}
