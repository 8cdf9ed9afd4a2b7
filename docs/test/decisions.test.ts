import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type JsonSchema, toJsonSchema } from "@miriam/schemas";
import { describe, expect, it } from "vitest";

// The method-decisions register in docs/decisions.md must name every default the project
// settings carry, with the value the code uses: a default is a choice of the kit, and a
// trainer reads the register to tell the method from the kit's choices.

const page = readFileSync(fileURLToPath(new URL("../decisions.md", import.meta.url)), "utf8");
const start = page.indexOf("## Method decisions");
const end = page.indexOf("\n## ", start + 1);
const register = page.slice(start, end === -1 ? undefined : end);

/** `setting path → default as JSON` for every `- **Setting:** \`path\`, default \`json\`` line. */
function registeredDefaults(): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of register.matchAll(/\*\*Setting:\*\* `([^`]+)`, default `([^`]+)`/g)) {
    found.set(match[1]!, match[2]!);
  }
  return found;
}

/** Every property with a `default` in a JSON Schema, by dotted path (`groups[]` for items). */
function schemaDefaults(schema: JsonSchema, path = "", out = new Map<string, unknown>()) {
  const defs = (schema.$defs ?? {}) as Record<string, JsonSchema>;
  const resolve = (node: JsonSchema): JsonSchema => {
    const ref = typeof node.$ref === "string" ? defs[node.$ref.replace("#/$defs/", "")] : undefined;
    return ref === undefined ? node : { ...ref, ...node, $ref: undefined };
  };
  const walk = (raw: JsonSchema, at: string): void => {
    const node = resolve(raw);
    const properties = (node.properties ?? {}) as Record<string, JsonSchema>;
    // An object whose every field has its own default (fidelity) is the sum of those
    // defaults: they are checked one by one instead.
    const composed =
      Object.keys(properties).length > 0 &&
      Object.values(properties).every((child) => "default" in resolve(child));
    if (at !== "" && "default" in node && !composed) out.set(at, node.default);
    for (const [key, child] of Object.entries(properties))
      walk(child, at === "" ? key : `${at}.${key}`);
    if (node.items !== undefined && typeof node.items === "object") {
      walk(node.items as JsonSchema, `${at}[]`);
    }
  };
  walk(schema, path);
  return out;
}

describe("the method-decisions register", () => {
  const defaults = schemaDefaults(toJsonSchema("project-settings"));
  const registered = registeredDefaults();

  it("finds the settings' defaults to check", () => {
    // Guards the walk itself: these two defaults exist today.
    expect(defaults.get("trajectoryLengthMonths")).toBe(10);
    expect(defaults.get("fidelity.planWithinDays")).toBe(42);
  });

  it.each([...schemaDefaults(toJsonSchema("project-settings")).entries()])(
    "has an entry for the default of %s, with the value the code uses",
    (path, value) => {
      expect(registered.has(path), `no "**Setting:** \`${path}\`" line in the register`).toBe(true);
      expect(JSON.parse(registered.get(path)!)).toEqual(value);
    },
  );

  it("names only settings that exist", () => {
    const unknown = [...registered.keys()].filter((path) => !defaults.has(path));
    expect(unknown).toEqual([]);
  });
});

describe("the method pages", () => {
  const DOCS = fileURLToPath(new URL("..", import.meta.url));
  const anchors = new Set([...page.matchAll(/\{#([a-z0-9-]+)\}/g)].map((match) => match[1]));
  const badges = { "": "kit decision", "nl/": "keuze van de kit", "fr/": "choix du kit" };
  const pages = Object.entries(badges).flatMap(([language, text]) =>
    readdirSync(join(DOCS, language, "method"))
      .filter((file) => file.endsWith(".md"))
      .map((file) => [`${language}method/${file}`, text] as const),
  );

  it.each(pages)("%s links every kit-decision badge to its register entry", (file, text) => {
    const lines = readFileSync(join(DOCS, file), "utf8").split("\n");
    const badge = `<Badge type="warning" text="${text}" />`;
    const unlinked: string[] = [];
    lines.forEach((line, index) => {
      for (const at of [...line.matchAll(new RegExp(escapeRegExp(badge), "g"))].map(
        (m) => m.index!,
      )) {
        const link = /^\]\((?:\.\.\/)+decisions\.md#([a-z0-9-]+)\)/.exec(
          line.slice(at + badge.length),
        );
        const linked = line[at - 1] === "[" && link !== null && anchors.has(link[1]!);
        if (!linked) unlinked.push(`${file}:${index + 1}`);
      }
    });
    expect(unlinked).toEqual([]);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
