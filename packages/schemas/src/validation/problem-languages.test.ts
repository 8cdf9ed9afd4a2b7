import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exampleCohort } from "../data/example-cohort";
import { selfEvaluationInstrument } from "../data/self-evaluation";
import { LANGUAGES, type Language } from "../vocabulary";
import { parseEventLog } from "./event-log";
import {
  type CorrectableEvent,
  createCorrectionCheck,
  createExportIdCheck,
  futureDateProblem,
} from "./export-checks";
import { createLineChecker } from "./json-lines";
import { makeProblem } from "./problem";
import { problemMessage } from "./problem-messages";
import type { Problem, ProblemCode } from "./problem-shape";

const cohort = exampleCohort();
const events = [...cohort.trajectoryEvents, ...cohort.groupEvents];
const contact = cohort.trajectoryEvents.find((event) => event.type === "contact.held")!;
const profile = cohort.profiles[0]!;

const withData = (data: Record<string, unknown>) =>
  JSON.stringify({ ...contact, data: { ...contact.data, ...data } });

/** Checks one JSON line of the given kind, as line 12 of a file. */
const problemsOf = (
  text: string,
  kind: "event" | "participant-profile" | "instrument-definition" = "event",
): Problem[] => {
  const checked = createLineChecker({ kind, uniqueIds: false })(text, 12);
  return checked !== undefined && !checked.ok ? [...checked.problems] : [];
};

const { by: _by, ...contactWithoutBy } = contact;

const voidOf = (id: string, eventId: string, trajectoryId = contact.trajectoryId) => ({
  id,
  trajectoryId,
  type: "event.voided",
  data: { eventId, reason: "typing-error" },
});
const correctionOf = (id: string, eventId: string) => ({
  id,
  trajectoryId: contact.trajectoryId,
  type: "event.corrected",
  data: { eventId, reason: "wrong-date", corrected: { at: contact.at } },
});

/** The problems of a correction check over these events (each on line = position + 1, line 12 last). */
const correctionProblems = (...events: CorrectableEvent[]): Problem[] => {
  const check = createCorrectionCheck();
  const problems = events.flatMap((event, index) =>
    check.check(event, "trajectories.jsonl", index === events.length - 1 ? 12 : index + 1),
  );
  return [...problems, ...check.finish().map(({ problem }) => problem)];
};

/** One input for every problem code. */
const examples: Record<ProblemCode, () => Problem[]> = {
  "invalid-json": () => problemsOf('{"id": "x", "type": '),
  "missing-field": () => problemsOf(JSON.stringify(contactWithoutBy)),
  "unexpected-field": () => problemsOf(withData({ mood: "fine" })),
  "invalid-type": () => problemsOf(withData({ minutes: "45" })),
  "invalid-value": () => problemsOf(withData({ mode: "visit" })),
  "invalid-format": () => problemsOf(JSON.stringify({ ...contact, at: "2025-10-01T10:00:00" })),
  "out-of-range": () => problemsOf(withData({ minutes: 0 })),
  "unknown-domain": () => problemsOf(withData({ domains: ["astrology"] })),
  "duplicate-id": () => {
    const check = createLineChecker();
    check(JSON.stringify(contact), 3);
    const checked = check(JSON.stringify(contact), 12);
    return checked !== undefined && !checked.ok ? [...checked.problems] : [];
  },
  "out-of-order": () => [
    // Made by @miriam/trajectory's order check, which words it through this module.
    makeProblem({
      code: "out-of-order",
      path: ["at"],
      expected: { kind: "in-time-order", latestAt: "2025-10-02T10:00:00+02:00", latestLine: 3 },
      found: { kind: "string", value: contact.at },
      line: 12,
    }),
  ],
  "implausible-date": () => problemsOf(JSON.stringify({ ...contact, at: "9999-10-01T10:00:00Z" })),
  "future-date": () => [
    futureDateProblem(contact.at, { now: new Date("2020-01-01T00:00:00Z"), toleranceDays: 1 }, 12)!,
  ],
  "correction-target-unknown": () => correctionProblems(voidOf("v-1", "no-such-event")),
  "correction-target-elsewhere": () =>
    correctionProblems({ ...contact, trajectoryId: "someone-else" }, voidOf("v-1", contact.id)),
  "correction-of-correction": () =>
    correctionProblems(contact, voidOf("v-1", contact.id), voidOf("v-2", "v-1")),
  "correction-of-voided": () =>
    correctionProblems(contact, voidOf("v-1", contact.id), correctionOf("c-1", contact.id)),
  "already-voided": () =>
    correctionProblems(contact, voidOf("v-1", contact.id), voidOf("v-2", contact.id)),
  invalid: () =>
    problemsOf(
      JSON.stringify({
        ...selfEvaluationInstrument,
        scale: { ...selfEvaluationInstrument.scale, min: 5, max: 1 },
      }),
      "instrument-definition",
    ),
};

describe("createExportIdCheck", () => {
  it("names the file and line where an id was first used", () => {
    const check = createExportIdCheck();
    expect(check("e-1", "trajectories.jsonl", 3)).toBeUndefined();
    const problem = check("e-1", "group-a.jsonl", 12)!;
    expect(problem.code).toBe("duplicate-id");
    expect(problem.message).toContain("already in trajectories.jsonl, line 3");
    expect(problemMessage(problem, "fr")).toContain("dans trajectories.jsonl, ligne 3");
  });
});

describe("createCorrectionCheck", () => {
  it("accepts a correction and a void of events of the same trajectory", () => {
    const other = { ...contact, id: "e-other" };
    expect(
      correctionProblems(contact, other, correctionOf("c-1", contact.id), voidOf("v-1", "e-other")),
    ).toEqual([]);
  });

  it("finds a target that comes later in the files, and names the void of a double void", () => {
    expect(correctionProblems(voidOf("v-1", contact.id), contact)).toEqual([]);
    const [problem] = examples["already-voided"]();
    expect(problem!.message).toContain("voided, line 2");
    expect(problemMessage(problem!, "nl")).toContain("al geschrapt, regel 2");
  });

  it("checks a group log's corrections against the same group's events, in the group's words", () => {
    const session = { id: "s-1", groupId: "g-1", type: "group-session.held", data: {} };
    const fix = (id: string, eventId: string, groupId = "g-1") => ({
      id,
      groupId,
      type: "group-event.corrected",
      data: { eventId, reason: "typing-error", corrected: {} },
    });
    const undo = {
      id: "gv-1",
      groupId: "g-1",
      type: "group-event.voided",
      data: { eventId: "s-1" },
    };
    expect(correctionProblems(session, fix("gc-1", "s-1"), undo)).toEqual([]);
    const problems = correctionProblems(
      session,
      contact,
      fix("gc-2", contact.id),
      undo,
      { ...undo, id: "gv-2" },
      fix("gc-3", "s-1"),
    );
    expect(problems.map((p) => p.code)).toEqual([
      "correction-target-elsewhere",
      "already-voided",
      "correction-of-voided",
    ]);
    expect(problems[0]!.message).toContain("the same group's log");
    expect(problemMessage(problems[0]!, "fr")).toContain("du même groupe");
  });

  it("never repeats the free text of a correction", () => {
    const note = "Mevrouw Janssens zei iets anders";
    const check = createCorrectionCheck();
    const problems = check.check(
      { ...voidOf("v-1", "nothing"), data: { eventId: "nothing", reason: "other", note } },
      "trajectories.jsonl",
      1,
    );
    const all = [...problems, ...check.finish().map(({ problem }) => problem)];
    expect(all).toHaveLength(1);
    for (const language of LANGUAGES)
      expect(problemMessage(all[0]!, language)).not.toContain("Janssens");
  });
});

describe("futureDateProblem", () => {
  const now = new Date("2026-01-10T12:00:00Z");
  it("allows the project's tolerance and refuses beyond it", () => {
    expect(futureDateProblem("2026-01-11T11:00:00Z", { now, toleranceDays: 1 })).toBeUndefined();
    expect(futureDateProblem("2026-01-11T13:00:00Z", { now, toleranceDays: 1 })?.code).toBe(
      "future-date",
    );
    expect(futureDateProblem("2026-01-11T13:00:00Z", { now, toleranceDays: 2 })).toBeUndefined();
  });
});

const LINE_WORD: Record<Language, string> = { nl: "regel", fr: "ligne", de: "Zeile", en: "line" };

describe("problemMessage", () => {
  for (const [code, make] of Object.entries(examples)) {
    const problem = make().find((p) => p.code === code);

    it(`words a ${code} problem in every language, with its line and path`, () => {
      expect(problem).toBeDefined();
      for (const language of LANGUAGES) {
        const message = problemMessage(problem!, language);
        expect(message.startsWith(`${LINE_WORD[language]} 12, ${problem!.path}`)).toBe(true);
        expect(message.endsWith(".")).toBe(true);
        if (language !== "en") expect(message).not.toMatch(/\b(expected|found)\b/);
      }
      expect(problemMessage(problem!, "en")).toBe(problem!.message);
    });
  }

  it("says it plainly in Dutch, French and German", () => {
    const [problem] = examples["invalid-value"]();
    expect(problemMessage(problem!, "nl")).toBe(
      'regel 12, $.data.mode: verwacht één van "home", "office", "phone", "online", "escort"; gevonden "visit".',
    );
    expect(problemMessage(problem!, "fr")).toBe(
      'ligne 12, $.data.mode : attendu l\'une des valeurs "home", "office", "phone", "online", "escort" ; trouvé "visit".',
    );
    expect(problemMessage(problem!, "de")).toBe(
      'Zeile 12, $.data.mode: erwartet einer der Werte "home", "office", "phone", "online", "escort"; gefunden "visit".',
    );
  });

  it("leaves out the line when the problem has none", () => {
    const [problem] = examples["invalid-type"]();
    const { line: _line, ...withoutLine } = problem!;
    expect(problemMessage(withoutLine, "nl")).toBe(
      '$.data.minutes: verwacht een getal; gevonden "45".',
    );
  });

  it("keeps the detail as plain JSON, so a problem sent over the wire can still be worded", () => {
    for (const make of Object.values(examples))
      for (const problem of make()) {
        const copy = JSON.parse(JSON.stringify(problem)) as Problem;
        for (const language of LANGUAGES)
          expect(problemMessage(copy, language)).toBe(problemMessage(problem, language));
      }
  });

  it("never repeats a personal value, in any language", () => {
    const personal = ["Sarah", "Van den Bossche", "Kerkstraat", "0470 12 34 56", "1990 ish"];
    const lines = [
      { ...profile, trajectoryId: "Sarah Van den Bossche" },
      { ...profile, birthDate: "1990 ish" },
      { ...profile, email: "Sarah Van den Bossche" },
      { ...profile, phone: "0470 12 34 56 ".repeat(5) },
      { ...profile, givenName: "" },
      { ...profile, familyName: "Van den Bossche ".repeat(10) },
      {
        ...profile,
        address: { street: "Kerkstraat 1", postalCode: "Kerkstraat", municipality: 9000 },
      },
      { ...profile, nickname: "Sarah" },
      "Sarah Van den Bossche, Kerkstraat 1",
    ];
    const problems = lines.flatMap((line) =>
      problemsOf(JSON.stringify(line), "participant-profile"),
    );
    expect(problems.length).toBeGreaterThanOrEqual(lines.length);
    for (const problem of problems)
      for (const language of LANGUAGES) {
        const message = problemMessage(problem, language);
        for (const value of personal) expect(message).not.toContain(value);
      }
  });
});

// Every path to a value of a record, e.g. ["data", "goals", 0, "domain"].
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== "object") return [prefix];
  const entries = Array.isArray(value) ? [...value.entries()] : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, child]) => pathsOf(child, [...prefix, key]))];
}

function mutate(record: unknown, path: (string | number)[], to: unknown, remove: boolean): unknown {
  if (path.length === 0) return remove ? null : to;
  const copy = structuredClone(record) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (remove) delete node[last];
  else node[last] = to;
  return copy;
}

describe("problemMessage over mutated cohort events", () => {
  it("gives exactly the English message in English, and a sentence with line and path in every language", () => {
    const mutation = fc.record({
      index: fc.nat(events.length - 1),
      pick: fc.nat(),
      to: fc.jsonValue({ maxDepth: 2 }),
      remove: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 8 }), (mutations) => {
        const text = mutations
          .map(({ index, pick, to, remove }) => {
            const event = events[index]!;
            const paths = pathsOf(event);
            return JSON.stringify(mutate(event, paths[pick % paths.length]!, to, remove));
          })
          .join("\n");
        for (const problem of parseEventLog(text).problems) {
          expect(problemMessage(problem, "en")).toBe(problem.message);
          for (const language of LANGUAGES) {
            const message = problemMessage(problem, language);
            expect(message).toContain(`${LINE_WORD[language]} ${problem.line}, ${problem.path}`);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
