// The line checker's fast path (the event schema compiled by ajv, plus the checks of the
// zod schemas JSON Schema cannot say) against zod, the source: whatever the fast path
// accepts, zod accepts and returns unchanged; whatever zod accepts unchanged, the fast path
// accepts too. Events of every type, and random changes anywhere in them.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { exampleCohort } from "../data/example-cohort";
import { type SchemaKind, schemas } from "../registry";
import {
  correctionEventTypes,
  groupCorrectionEventTypes,
  groupEventTypes,
  trajectoryEventTypes,
} from "../vocabulary";
import { fastAccept, TRIMMED_TEXTS } from "./_fast-event";
import { parseEventLog } from "./event-log";
import { checkedEventAgain, createLineChecker } from "./json-lines";

const cohort = exampleCohort();
const envelope = { at: "2025-10-01T10:00:00+02:00", by: "cm-01" };
const inLog =
  (log: "trajectoryId" | "groupId", logId: string) => (type: string, data: unknown) => ({
    id: `x-${type}`,
    [log]: logId,
    type,
    ...envelope,
    data,
  });
const ofTrajectory = inLog("trajectoryId", "t-x");
const ofGroup = inLog("groupId", "g-x");
// The types the example cohort does not hold, and the optional parts it leaves out.
const extra = [
  ofTrajectory("consent.withdrawn", { scopes: ["research"] }),
  ofTrajectory("follow-up.held", { monthsAfterEnd: 12 }),
  ofTrajectory("proposal.made", { kind: "group-topic", topic: "Budget", via: "her-page" }),
  ofTrajectory("proposal.made", { kind: "step-done", goalId: "g-1", step: 0, via: "paper" }),
  ofTrajectory("proposal.confirmed", { proposalId: "p-1" }),
  ofTrajectory("proposal.declined", { proposalId: "p-1", note: "Later." }),
  ofTrajectory("event.corrected", {
    eventId: "e-1",
    reason: "typing-error",
    corrected: { at: "2025-09-30T10:00:00+02:00", data: { minutes: 45, domains: ["housing"] } },
  }),
  ofTrajectory("event.voided", { eventId: "e-1", reason: "recorded-twice" }),
  ofGroup("group-topic.chosen", { topic: "Rights at school" }),
  ofGroup("group-event.corrected", {
    eventId: "s-1",
    reason: "wrong-date",
    corrected: { data: { attendees: ["t-1", "t-2"] } },
  }),
  ofGroup("group-event.voided", { eventId: "s-1", reason: "did-not-happen" }),
];
const referral = cohort.trajectoryEvents.find((event) => event.type === "trajectory.referred")!;
extra.push({
  ...referral,
  data: { ...referral.data, eligibilityException: { approvedBy: "co-01", reason: "Her age." } },
} as never);
const samples: Record<string, unknown>[] = [
  ...cohort.trajectoryEvents,
  ...cohort.groupEvents,
  ...extra,
] as never;

/** What zod says: accepted and unchanged, accepted but changed, or refused. */
function zodVerdict(kind: SchemaKind, value: unknown): "unchanged" | "changed" | "refused" {
  const parsed = schemas[kind].safeParse(value);
  if (!parsed.success) return "refused";
  try {
    expect(parsed.data).toStrictEqual(value);
    return "unchanged";
  } catch {
    return "changed";
  }
}

const KINDS = ["event", "trajectory-event", "group-event"] as const;

function agree(value: unknown): void {
  for (const kind of KINDS) {
    const fast = fastAccept(kind)!(value);
    const zod = zodVerdict(kind, value);
    expect({ kind, fast, value }).toEqual({ kind, fast: zod === "unchanged", value });
  }
}

// Values that tell validators apart: blank and padded texts, lengths counted in UTF-16
// code units, numbers beyond safe integers or not finite, impossible dates, a local time.
const tricky = [
  "",
  " ",
  " padded ",
  "x".repeat(201),
  "😀".repeat(100),
  "😀".repeat(101),
  "a".repeat(129),
  "two words",
  "housing",
  "HOUSING",
  "٢٠٢٥-٠٩-١٥",
  "2024-02-29T10:00:00Z",
  "2025-02-29T10:00:00+01:00",
  "2025-09-15T24:00:00Z",
  "2025-09-15T10:00:00",
  "2025-09-15T10:00:00.123+02:00",
  "2014-12-31T10:00:00Z",
  "2025-09-15",
  "2025-02-29",
  0,
  -0,
  1,
  1.5,
  -1,
  600,
  601,
  2 ** 53 - 1,
  2 ** 53,
  JSON.parse("1e999") as number,
  null,
  true,
  [],
  {},
  ["housing"],
  { min: 1 },
];

/** Every place in a value where a change can go: each key and index, and one more of each. */
function places(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value))
    return [
      [...path, value.length],
      ...value.flatMap((item, index) => [[...path, index], ...places(item, [...path, index])]),
    ];
  if (value === null || typeof value !== "object") return [];
  return [
    [...path, "extra"],
    ...Object.entries(value).flatMap(([key, child]) => [
      [...path, key],
      ...places(child, [...path, key]),
    ]),
  ];
}

function changed(event: unknown, path: (string | number)[], to: unknown): unknown {
  const copy = structuredClone(event) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (to === undefined) {
    if (Array.isArray(node) && typeof last === "number") node.splice(last, 1);
    else delete node[last];
  } else node[last] = to;
  return copy;
}

describe("the fast path of event validation", () => {
  it("holds a valid sample of every event type, checked by zod", () => {
    const types = new Set(samples.map((event) => event.type));
    for (const vocabulary of [
      trajectoryEventTypes,
      correctionEventTypes,
      groupEventTypes,
      groupCorrectionEventTypes,
    ])
      for (const code of vocabulary.codes) expect(types, code).toContain(code);
    for (const event of samples)
      expect(zodVerdict("event", event), String(event.id)).toBe("unchanged");
  });

  it("accepts every valid event of every type, as zod does", () => {
    for (const event of samples) agree(event);
    for (const event of samples) expect(fastAccept("event")!(event)).toBe(true);
  });

  it("agrees with zod on any change anywhere in an event", () => {
    const change = fc.constantFrom(...samples).chain((event) =>
      fc.record({
        event: fc.constant(event),
        path: fc.constantFrom(...places(event)),
        to: fc.oneof(
          fc.constantFrom(...tricky),
          fc.constant(undefined),
          fc.jsonValue({ maxDepth: 2 }),
        ),
      }),
    );
    fc.assert(
      fc.property(change, ({ event, path, to }) => agree(changed(event, path, to))),
      { numRuns: 2000 },
    );
  });

  it("leaves a text zod trims to zod: a blank one is refused, a padded one trimmed", () => {
    const topic = (text: string) => JSON.stringify(ofGroup("group-topic.chosen", { topic: text }));
    const { entries, problems } = parseEventLog(`${topic("  Budget ")}\n${topic("   ")}\n`);
    expect(entries.map((entry) => entry.event.data)).toEqual([{ topic: "Budget" }]);
    expect(problems.map((problem) => [problem.line, problem.path])).toEqual([[2, "$.data.topic"]]);
  });
});

// The zod schemas' own checks that JSON Schema cannot say, found by walking them: texts
// that are trimmed (`TRIMMED_TEXTS` must list each) and refinements (none in an event: a
// new one needs a hand-written check in `_fast-event.ts` and an entry here).
function zodOnlyChecks(
  schema: z.ZodType,
  path: string[],
  found: { trims: string[]; refines: string[] },
) {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const checks = (def.checks ?? []) as { _zod: { def: { check: string } } }[];
  for (const check of checks) {
    if (check._zod.def.check === "overwrite") found.trims.push(path.join("."));
    if (check._zod.def.check === "custom") found.refines.push(path.join("."));
  }
  const child = (next: unknown, at: string[]) => zodOnlyChecks(next as z.ZodType, at, found);
  switch (def.type) {
    case "object":
      for (const [key, value] of Object.entries(def.shape as Record<string, unknown>))
        child(value, [...path, key]);
      break;
    case "union":
      for (const option of def.options as unknown[]) child(option, path);
      break;
    case "optional":
    case "nullable":
      child(def.innerType, path);
      break;
    case "array":
      child(def.element, [...path, "*"]);
      break;
    case "record":
      child(def.valueType, [...path, "*"]);
      break;
    case "pipe":
      child(def.in, path);
      child(def.out, path);
      break;
  }
}

describe("the checks of the zod schemas that the published event schema cannot say", () => {
  it("are the trimmed texts the fast path knows, and no refinement", () => {
    const found = { trims: [] as string[], refines: [] as string[] };
    for (const option of schemas.event._zod.def.options as unknown as z.ZodType[]) {
      for (const branch of (option._zod.def as unknown as { options: z.ZodType[] }).options) {
        const type = (branch._zod.def as unknown as { shape: { type: z.ZodLiteral } }).shape.type
          .value as string;
        zodOnlyChecks(branch, [type], found);
      }
    }
    const known = Object.entries(TRIMMED_TEXTS).flatMap(([type, paths]) =>
      paths.map((path) => [type, ...path].join(".")),
    );
    expect(found.refines).toEqual([]);
    expect([...new Set(found.trims)].sort()).toEqual(known.sort());
  });
});

describe("an event read again from a line the checker accepted", () => {
  const check = createLineChecker({ uniqueIds: false });
  // Every event with a trimmed text, that text padded with spaces and tabs.
  const padded = samples.flatMap((sample) =>
    (TRIMMED_TEXTS[sample.type as string] ?? []).flatMap((path) => {
      let node: unknown = sample;
      for (const key of path) node = (node as Record<string, unknown> | undefined)?.[key];
      return typeof node === "string" ? [{ sample, path, text: node }] : [];
    }),
  );

  it("covers every trimmed text", () => {
    expect(new Set(padded.map(({ sample }) => sample.type))).toEqual(
      new Set(Object.keys(TRIMMED_TEXTS)),
    );
  });

  it("is the event the checker gave, trimmed texts and all", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...padded),
        fc.stringMatching(/^[ \t]{0,3}$/),
        fc.stringMatching(/^[ \t]{0,3}$/),
        ({ sample, path, text }, before, after) => {
          const event = structuredClone(sample);
          let node = event as Record<string, unknown>;
          for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
          node[path[path.length - 1]!] = `${before}${text}${after}`;
          const line = JSON.stringify(event);
          const checked = check(line, 1);
          expect(checked?.ok).toBe(true);
          if (!checked?.ok) return;
          expect(checkedEventAgain(JSON.parse(line))).toEqual(checked.value);
        },
      ),
    );
  });

  it("is the parsed object itself when nothing needs trimming", () => {
    for (const sample of samples) {
      const parsed = JSON.parse(JSON.stringify(sample));
      if (!check(JSON.stringify(sample), 1)?.ok) continue;
      expect(checkedEventAgain(parsed)).toBe(parsed);
    }
  });
});
