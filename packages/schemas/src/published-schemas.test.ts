// The published JSON Schemas (json/*.schema.json, as vendors load them) checked by two
// independent implementations, ajv and @hyperjump/json-schema, against the same fixtures
// as zod: the example cohort as exported, and the same records broken on purpose.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  validate as hyperjumpValidate,
  registerSchema,
} from "@hyperjump/json-schema/draft-2020-12";
import { BASIC } from "@hyperjump/json-schema/experimental";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asciiDigits } from "./_json-schema-contract";
import { type SchemaKind, schemaId, schemaKinds, schemas } from "./registry";

const packageRoot = join(import.meta.dirname, "..");
const published = new Map(
  schemaKinds.map((kind) => [
    kind,
    JSON.parse(readFileSync(join(packageRoot, "json", `${kind}.schema.json`), "utf8")),
  ]),
);

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
for (const schema of published.values()) ajv.addSchema(schema);
for (const schema of published.values()) registerSchema(structuredClone(schema));

// hyperjump compiles a schema once per validator function; one function per kind.
const hyperjumpValidators = new Map(
  await Promise.all(
    schemaKinds.map(async (kind) => [kind, await hyperjumpValidate(schemaId(kind))] as const),
  ),
);

/** What each validator says of a value: accepted or not, and ajv's errors (all of them). */
async function verdicts(kind: SchemaKind, value: unknown) {
  const ajvValidate = ajv.getSchema(schemaId(kind))!;
  const ajvValid = ajvValidate(value) as boolean;
  const hyperjump = hyperjumpValidators.get(kind)!(value as never, BASIC);
  return {
    zod: schemas[kind].safeParse(value).success,
    ajv: ajvValid,
    hyperjump: hyperjump.valid,
    ajvErrors: ajvValidate.errors ?? [],
  };
}

const cohortDir = join(packageRoot, "fixtures/example-cohort");
const lines = (file: string): unknown[] =>
  readFileSync(join(cohortDir, file), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line));

// The example cohort as a vendor would export it: every file, with the kind it holds.
const fixtures: [SchemaKind, unknown][] = [
  ["project-settings", JSON.parse(readFileSync(join(cohortDir, "miriam.config.json"), "utf8"))],
  ...lines("profiles.jsonl").map((value): [SchemaKind, unknown] => ["participant-profile", value]),
  ...lines("trajectories.jsonl").map((value): [SchemaKind, unknown] => ["trajectory-event", value]),
  ...readdirSync(cohortDir)
    .filter((file) => file.startsWith("group-"))
    .flatMap((file) => lines(file).map((value): [SchemaKind, unknown] => ["group-event", value])),
];
const events = fixtures
  .filter(([kind]) => kind.endsWith("-event"))
  .map(([, value]) => value as Record<string, unknown> & { data: Record<string, unknown> });
// One event of each type, for the error-count checks.
const oneOfEachType = [...new Map(events.map((event) => [event.type, event])).values()];

describe("the published JSON Schemas", () => {
  it("accept every record of the example cohort, in ajv and in @hyperjump/json-schema", async () => {
    for (const [kind, value] of fixtures)
      expect(await verdicts(kind, value)).toMatchObject({ zod: true, ajv: true, hyperjump: true });
    for (const event of events)
      expect(await verdicts("event", event)).toMatchObject({ ajv: true, hyperjump: true });
  });

  it("refuse what zod refuses and accept what zod accepts, for any change to any field of an event", async () => {
    // A change is a path into the event (a field of the envelope or of its data) and any
    // JSON value, or the field's removal: the three validators must agree on every one.
    const change = fc.record({
      event: fc.constantFrom(...events),
      inData: fc.boolean(),
      field: fc.nat(),
      value: fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(change, async ({ event, inData, field, value }) => {
        const changed = structuredClone(event);
        const target: Record<string, unknown> = inData ? changed.data : changed;
        const keys = Object.keys(target);
        const key = keys[field % keys.length]!;
        if (value === undefined) delete target[key];
        else target[key] = value;
        for (const kind of ["event", event.trajectoryId ? "trajectory-event" : "group-event"]) {
          const { zod, ajv: ajvValid, hyperjump } = await verdicts(kind as SchemaKind, changed);
          expect({ kind, ajv: ajvValid, hyperjump }).toEqual({ kind, ajv: zod, hyperjump: zod });
        }
      }),
      { numRuns: 300 },
    );
  });

  it("report one to three errors for an event with one wrong field, not one per event type", async () => {
    for (const event of oneOfEachType) {
      const wrongData = { ...event, data: { ...event.data, colour: "blue" } };
      const wrongType = { ...event, type: `${event.type}x` };
      const { id: _, ...noId } = event;
      for (const wrong of [wrongData, wrongType, noId]) {
        const { ajv: valid, hyperjump, ajvErrors } = await verdicts("event", wrong);
        expect({ valid, hyperjump }).toEqual({ valid: false, hyperjump: false });
        expect(ajvErrors.length, JSON.stringify(ajvErrors)).toBeGreaterThanOrEqual(1);
        expect(ajvErrors.length, JSON.stringify(ajvErrors)).toBeLessThanOrEqual(3);
      }
    }
  });

  it("name the wrong field, not a union, when the type is right and the data wrong", async () => {
    const event = oneOfEachType.find((candidate) => candidate.type === "contact.held")!;
    const { ajvErrors } = await verdicts("event", {
      ...event,
      data: { ...event.data, minutes: 0 },
    });
    expect(ajvErrors.map((error) => error.instancePath)).toContain("/data/minutes");
  });

  it("refuse a date written with Arabic-Indic digits, as zod does", async () => {
    const event = events[0]!;
    const at = String(event.at).replace(/[0-9]/g, (digit) =>
      String.fromCharCode(0x0660 + Number(digit)),
    );
    expect(await verdicts("event", { ...event, at })).toMatchObject({
      zod: false,
      ajv: false,
      hyperjump: false,
    });
  });

  it("spell digits [0-9] in every pattern, which means the same in every regex dialect", () => {
    // `\d` (and `\w`, `\s`, `\b`) match non-ASCII characters in Python, .NET and others.
    const shorthand = /\\[dDwWsSbB]/;
    for (const [kind, schema] of published) {
      const patterns = JSON.stringify(schema).match(/"pattern":"(?:[^"\\]|\\.)*"/g) ?? [];
      for (const pattern of patterns) expect(pattern, kind).not.toMatch(shorthand);
    }
  });
});

describe("asciiDigits", () => {
  it("writes \\d as [0-9], and as 0-9 inside a character class", () => {
    expect(asciiDigits("^\\d{4}$")).toBe("^[0-9]{4}$");
    expect(asciiDigits("^[\\d.]+$")).toBe("^[0-9.]+$");
    expect(asciiDigits("^\\\\d$")).toBe("^\\\\d$");
    expect(asciiDigits("^[A-Z\\-]\\.\\d$")).toBe("^[A-Z\\-]\\.[0-9]$");
  });

  it("matches exactly the ASCII strings the original matched", () => {
    const patterns = ["^\\d{4}$", "^[\\d-]+$", "^(?:\\d\\d|[a-c]\\d)$", "^[^\\d]x$"];
    fc.assert(
      fc.property(fc.constantFrom(...patterns), fc.string({ maxLength: 5 }), (pattern, value) => {
        expect(new RegExp(asciiDigits(pattern)).test(value)).toBe(new RegExp(pattern).test(value));
      }),
    );
  });
});
