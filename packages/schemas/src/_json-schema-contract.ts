// Rewrites the JSON Schema that zod generates into the contract vendors validate with in
// other languages and validators. Two things zod's output leaves to chance there:
//
// - `\d` in a pattern is ASCII in JavaScript but any Unicode digit in Python, .NET and
//   others, so "٢٠٢٥-٠٩-١٥" would pass as a date there. Every `\d` becomes `[0-9]`, which
//   means the same in every regex dialect (and, for JavaScript, the same as before).
// - A discriminated union comes out as `oneOf`, and a standard validator reports why the
//   value fails *every* branch: one wrong field of an event gives some 65 errors. The union
//   becomes an `enum` of the discriminator's values plus one `if`/`then` per branch, so
//   the validator checks the one branch the value names and reports one to three errors.
// Both are pure functions of a schema document; zod's own validation is unchanged.

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A regex source with every `\d` spelled `[0-9]` (`0-9` inside a character class). */
export function asciiDigits(pattern: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === "\\") {
      const next = pattern[i + 1] ?? "";
      out += next === "d" ? (inClass ? "0-9" : "[0-9]") : char + next;
      i++;
    } else {
      if (char === "[") inClass = true;
      else if (char === "]") inClass = false;
      out += char;
    }
  }
  return out;
}

/** Maps every node of a schema document bottom-up (children first). */
function mapNodes(value: unknown, visit: (node: Node) => Node): unknown {
  if (Array.isArray(value)) return value.map((item) => mapNodes(item, visit));
  if (!isNode(value)) return value;
  const mapped: Node = {};
  for (const [key, child] of Object.entries(value)) mapped[key] = mapNodes(child, visit);
  return visit(mapped);
}

function withAsciiDigits(node: Node): Node {
  const out = { ...node };
  if (typeof out.pattern === "string") out.pattern = asciiDigits(out.pattern);
  if (isNode(out.patternProperties))
    out.patternProperties = Object.fromEntries(
      Object.entries(out.patternProperties).map(([key, child]) => [asciiDigits(key), child]),
    );
  return out;
}

/** The values a branch allows for `key`, or undefined when it does not fix them. */
function discriminatorValues(branch: unknown, key: string, defs: Node): unknown[] | undefined {
  if (!isNode(branch)) return undefined;
  if (typeof branch.$ref === "string") {
    const name = branch.$ref.replace(/^#\/\$defs\//, "");
    return name === branch.$ref ? undefined : discriminatorValues(defs[name], key, defs);
  }
  // A union already rewritten: its enum holds every value of its branches.
  const field = isNode(branch.properties) ? branch.properties[key] : undefined;
  if (!isNode(field)) return undefined;
  if (!Array.isArray(branch.required) || !branch.required.includes(key)) return undefined;
  if ("const" in field) return [field.const];
  return Array.isArray(field.enum) ? field.enum : undefined;
}

/** The property that tells the branches apart, with each branch's values, if any. */
function discriminator(branches: unknown[], defs: Node): [string, unknown[][]] | undefined {
  const candidates = new Set<string>();
  for (const branch of branches) {
    const resolved =
      isNode(branch) && typeof branch.$ref === "string"
        ? defs[branch.$ref.replace(/^#\/\$defs\//, "")]
        : branch;
    if (isNode(resolved) && isNode(resolved.properties))
      for (const key of Object.keys(resolved.properties)) candidates.add(key);
  }
  for (const key of candidates) {
    const values = branches.map((branch) => discriminatorValues(branch, key, defs));
    if (values.some((value) => value === undefined)) continue;
    const all = (values as unknown[][]).flat().map((value) => JSON.stringify(value));
    if (new Set(all).size === all.length) return [key, values as unknown[][]];
  }
  return undefined;
}

/**
 * A `oneOf` whose branches each fix a different value of one required property becomes
 * `{ properties: { key: { enum } }, required: [key], allOf: [{ if, then }] }`.
 */
function selectingUnion(node: Node, defs: Node): Node {
  if (!Array.isArray(node.oneOf) || node.oneOf.length < 2) return node;
  const found = discriminator(node.oneOf, defs);
  if (found === undefined) return node;
  const [key, values] = found;
  const { oneOf, ...rest } = node;
  return {
    type: "object",
    ...rest,
    properties: { [key]: { enum: values.flat() } },
    required: [key],
    allOf: (oneOf as unknown[]).flatMap((branch, index) => {
      // A branch that is itself a union on the same key (an event is a trajectory event or
      // a group event) lends its own if/then pairs: one level of "must match then" less.
      const inner = sameKeyUnion(branch, key, defs);
      if (inner !== undefined) return inner;
      const allowed = values[index]!;
      const test = allowed.length === 1 ? { const: allowed[0] } : { enum: allowed };
      const select = { properties: { [key]: test }, required: [key] };
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's `then` keyword, never awaited.
      return [{ if: select, then: branch }];
    }),
  };
}

/** The if/then pairs of a branch that refers to a union already rewritten on `key`. */
function sameKeyUnion(branch: unknown, key: string, defs: Node): unknown[] | undefined {
  if (!isNode(branch) || typeof branch.$ref !== "string") return undefined;
  const target = defs[branch.$ref.replace(/^#\/\$defs\//, "")];
  if (!isNode(target) || !Array.isArray(target.allOf) || !isNode(target.properties))
    return undefined;
  const pairs = target.allOf;
  const selects = pairs.every(
    (pair) =>
      isNode(pair) && isNode(pair.if) && isNode(pair.if.properties) && key in pair.if.properties,
  );
  return selects && Object.keys(target.properties).length === 1 ? pairs : undefined;
}

/**
 * The published form of a generated schema document: ASCII digit patterns and unions that
 * select their branch by the discriminator. Pure; the input is not changed.
 */
export function toContractSchema(document: Node): Node {
  const digits = mapNodes(document, withAsciiDigits) as Node;
  // Definitions first, against the rewritten ones, so that a union of unions (an event is a
  // trajectory event or a group event) sees its branches' enums: a union is rewritten once
  // its branches are, so as many passes as unions are nested, until nothing changes.
  const defs: Node = { ...(isNode(digits.$defs) ? digits.$defs : {}) };
  for (let changed = true; changed; ) {
    changed = false;
    for (const name of Object.keys(defs)) {
      const next = mapNodes(defs[name], (node) => selectingUnion(node, defs));
      if (JSON.stringify(next) !== JSON.stringify(defs[name])) changed = true;
      defs[name] = next;
    }
  }
  const { $defs: _, ...body } = digits;
  const rewritten = mapNodes(body, (node) => selectingUnion(node, defs)) as Node;
  return isNode(digits.$defs) ? { ...rewritten, $defs: reachable(rewritten, defs) } : rewritten;
}

/** The definitions the document still refers to (a flattened union leaves some unused). */
function reachable(body: Node, defs: Node): Node {
  const used = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isNode(value))
      for (const [key, child] of Object.entries(value)) {
        if (key === "$ref" && typeof child === "string" && child.startsWith("#/$defs/")) {
          const name = child.slice("#/$defs/".length);
          if (!used.has(name)) {
            used.add(name);
            visit(defs[name]);
          }
        } else visit(child);
      }
  };
  visit(body);
  return Object.fromEntries(Object.entries(defs).filter(([name]) => used.has(name)));
}
