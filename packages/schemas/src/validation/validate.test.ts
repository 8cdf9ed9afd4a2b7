import { describe, expect, it } from "vitest";
import { eligibilityEditions } from "../data/eligibility-editions";
import { selfEvaluationInstrument } from "../data/self-evaluation";
import type { SchemaKind } from "../registry";
import type { Problem } from "./problem-shape";
import { type ValidationOptions, validate } from "./validate";

const envelope = {
  id: "gent-2025-a-01.010",
  trajectoryId: "gent-2025-a-01",
  at: "2025-10-14T10:00:00+02:00",
  by: "cm-01",
};

const contact = {
  ...envelope,
  type: "contact.held",
  data: { mode: "home", domains: ["finances", "rights"], minutes: 75 },
};

const plan = {
  ...envelope,
  type: "plan.agreed",
  data: {
    goals: [
      {
        id: "g1",
        domain: "housing",
        description: "Ik wil een gezonde woning voor mij en de kinderen.",
        owner: "participant",
        steps: [{ description: "Inschrijven voor een sociale woning", who: "together" }],
      },
    ],
  },
};

const profile = {
  trajectoryId: "gent-2025-a-01",
  givenName: "Sarah",
  familyName: "Van den Bossche",
  birthDate: "1991-04-17",
  preferredLanguage: "nl",
  recordedAt: "2025-09-15T10:10:00+02:00",
};

const session = {
  id: "gent-2025-a.002",
  groupId: "gent-2025-a",
  type: "group-session.held",
  at: "2025-10-07T09:30:00+02:00",
  by: "cm-01",
  data: {
    date: "2025-10-07",
    minutes: 150,
    topic: "Budget: inkomsten en uitgaven in beeld",
    kind: "workshop",
    partner: "CAW Oost-Vlaanderen",
    withChildren: false,
    attendees: ["gent-2025-a-01", "gent-2025-a-02"],
  },
};

const settings = {
  id: "ocmw-gent-miriam",
  ocmw: { name: "OCMW Gent" },
  region: "flanders",
  languages: ["nl", "fr"],
  groups: [{ id: "gent-2025-a", name: "Groep A", startDate: "2025-09-01" }],
};

/** The problems of a value that must be refused. */
function problemsOf(kind: SchemaKind, value: unknown, options?: ValidationOptions): Problem[] {
  const result = validate(kind, value, options);
  if (result.ok) throw new Error(`expected ${kind} to be refused, but it validated`);
  return [...result.problems];
}

/** The one problem of a value that must be refused for one reason. */
function problemOf(kind: SchemaKind, value: unknown, options?: ValidationOptions): Problem {
  const problems = problemsOf(kind, value, options);
  expect(problems).toHaveLength(1);
  return problems[0]!;
}

const withData = (event: { data: object }, data: Record<string, unknown>) => ({
  ...event,
  data: { ...event.data, ...data },
});

describe("validate accepts realistic records", () => {
  it.each([
    ["a contact", contact],
    ["a plan", plan],
    [
      "a referral with eligibility facts",
      {
        ...envelope,
        type: "trajectory.referred",
        by: "mw-07",
        data: {
          projectId: "ocmw-gent-miriam",
          groupId: "gent-2025-a",
          referredBy: "mw-07",
          eligibility: { singleMother: true, services: ["living-wage"], youngestChildAge: 8 },
        },
      },
    ],
    [
      "an intake at home",
      {
        ...envelope,
        type: "intake.held",
        data: {
          location: "home",
          household: { childrenBirthYears: [2014, 2017] },
          situation: [{ domain: "finances", wantsToWorkOnIt: true, note: "Facturen." }],
        },
      },
    ],
    [
      "a t1 measurement with a missing answer",
      {
        ...envelope,
        type: "measurement.recorded",
        data: {
          timepoint: "t1",
          instrument: { id: "miriam-self-evaluation", version: 1 },
          answers: { "satisfaction-finances": 6, "satisfaction-housing": null },
          indicators: { "regular-gp": true, "in-work": false },
        },
      },
    ],
    [
      "a drop-out with its reason",
      {
        ...envelope,
        type: "trajectory.closed",
        data: { outcome: "dropped-out", reason: "health" },
      },
    ],
    [
      "a completed closing",
      { ...envelope, type: "trajectory.closed", data: { outcome: "completed" } },
    ],
    [
      "a handover to a social worker",
      {
        ...envelope,
        type: "handover.done",
        data: { to: "social-worker", receivingWorkerId: "mw-07", note: "Open doelen: wonen." },
      },
    ],
    [
      "a handover with no support needed",
      { ...envelope, type: "handover.done", data: { to: "none-needed" } },
    ],
    [
      "a right update",
      { ...envelope, type: "right.updated", data: { right: "study-grant", status: "granted" } },
    ],
    ["a UTC timestamp", { ...contact, at: "2025-10-14T08:00:00Z" }],
  ])("%s as a trajectory event", (_, event) => {
    const result = validate("trajectory-event", event);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it("a group session with its attendance", () => {
    expect(validate("group-event", session).ok).toBe(true);
    expect(validate("event", session).ok).toBe(true);
  });

  it("a participant profile", () => {
    expect(validate("participant-profile", profile).ok).toBe(true);
  });

  it("project settings, filling in the method's defaults", () => {
    const result = validate("project-settings", settings);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.trajectoryLengthMonths).toBe(10);
    expect(result.value.fidelity.individualContactMaxGapDays).toBe(14);
    expect(result.value.groups[0]!.sessionCadenceDays).toBe(14);
  });

  it("the kit's own data: its instrument and eligibility rules", () => {
    expect(validate("instrument-definition", selfEvaluationInstrument).ok).toBe(true);
    for (const rules of Object.values(eligibilityEditions))
      expect(validate("eligibility-rules", rules).ok).toBe(true);
  });
});

describe("validate refuses a vendor's typical mistakes, saying where, what and what it found", () => {
  it("a value outside a vocabulary: contact mode 'visit'", () => {
    const problem = problemOf("trajectory-event", withData(contact, { mode: "visit" }));
    expect(problem.path).toBe("$.data.mode");
    expect(problem.expected).toBe('one of "home", "office", "phone", "online", "escort"');
    expect(problem.found).toBe('"visit"');
    expect(problem.message).toBe(`$.data.mode: expected ${problem.expected}, found "visit".`);
  });

  it("an unknown event type, listing the known ones", () => {
    const problem = problemOf("trajectory-event", { ...contact, type: "contact.made" });
    expect(problem.path).toBe("$.type");
    expect(problem.expected).toContain('"contact.held"');
    expect(problem.expected).toContain('"trajectory.closed"');
    expect(problem.found).toBe('"contact.made"');
  });

  it.each([
    ["a local time", "2025-10-14T10:00:00"],
    ["a date only", "2025-10-14"],
    ["a Belgian date", "14/10/2025 10:00"],
  ])("a timestamp without offset: %s", (_, at) => {
    const problem = problemOf("trajectory-event", { ...contact, at });
    expect(problem.path).toBe("$.at");
    expect(problem.expected).toBe("a date-time with offset, e.g. 2025-09-15T10:00:00+02:00");
    expect(problem.found).toBe(JSON.stringify(at));
  });

  it("an unknown life domain", () => {
    const problem = problemOf(
      "trajectory-event",
      withData(contact, { domains: ["rights", "religion"] }),
    );
    expect(problem.path).toBe("$.data.domains[1]");
    expect(problem.expected).toMatch(
      /^a life domain of the project \(finances, housing, .*rights\)$/,
    );
    expect(problem.found).toBe('"religion"');
  });

  it("an unknown life domain deep in a plan", () => {
    const goals = [{ ...plan.data.goals[0]!, domain: "budget" }];
    const problem = problemOf("trajectory-event", withData(plan, { goals }));
    expect(problem.path).toBe("$.data.goals[0].domain");
    expect(problem.found).toBe('"budget"');
  });

  it("a project's own domain set, given as an option, replaces the default set", () => {
    const own = { domains: ["budget", "wonen", "rights"] };
    const goals = [{ ...plan.data.goals[0]!, domain: "budget" }];
    expect(validate("trajectory-event", withData(plan, { goals }), own).ok).toBe(true);
    const problem = problemOf("trajectory-event", plan, own);
    expect(problem.path).toBe("$.data.goals[0].domain");
    expect(problem.expected).toBe("a life domain of the project (budget, wonen, rights)");
    expect(problem.found).toBe('"housing"');
  });

  it("a domain code that is not kebab-case", () => {
    const problem = problemOf("trajectory-event", withData(contact, { domains: ["Financiën"] }));
    expect(problem.path).toBe("$.data.domains[0]");
    expect(problem.expected).toBe("a life-domain code in kebab-case");
  });

  it("an extra field in the envelope", () => {
    const problem = problemOf("trajectory-event", { ...contact, participantName: "x" });
    expect(problem.path).toBe("$.participantName");
    expect(problem.expected).toBe("no such field here");
    expect(problem.found).toBe("an unexpected field");
  });

  it("an extra field in the data, one problem per field", () => {
    const problems = problemsOf("trajectory-event", withData(contact, { location: "home", x: 1 }));
    expect(problems.map((p) => [p.path, p.expected])).toEqual([
      ["$.data.location", "no such field here"],
      ["$.data.x", "no such field here"],
    ]);
  });

  it("a missing field", () => {
    const { by: _, ...withoutBy } = contact;
    const problem = problemOf("trajectory-event", withoutBy);
    expect(problem.path).toBe("$.by");
    expect(problem.expected).toBe("a text");
    expect(problem.found).toBe("nothing (the field is missing)");
  });

  it("a missing field in the data", () => {
    const { minutes: _, ...data } = contact.data;
    const problem = problemOf("trajectory-event", { ...contact, data });
    expect(problem.path).toBe("$.data.minutes");
    expect(problem.expected).toBe("a number");
    expect(problem.found).toBe("nothing (the field is missing)");
  });

  it("a wrong type: minutes as text", () => {
    const problem = problemOf("trajectory-event", withData(contact, { minutes: "75" }));
    expect(problem.path).toBe("$.data.minutes");
    expect(problem.expected).toBe("a number");
    expect(problem.found).toBe('"75"');
  });

  it("a wrong type: minutes not whole", () => {
    const problem = problemOf("trajectory-event", withData(contact, { minutes: 7.5 }));
    expect(problem.path).toBe("$.data.minutes");
    expect(problem.found).toBe("number 7.5");
  });

  it("a wrong type: an answer as text, where a number or null is expected", () => {
    const measurement = {
      ...envelope,
      type: "measurement.recorded",
      data: {
        timepoint: "t0",
        instrument: { id: "miriam-self-evaluation", version: 1 },
        answers: { "satisfaction-finances": "7" },
      },
    };
    const problem = problemOf("trajectory-event", measurement);
    expect(problem.path).toBe('$.data.answers["satisfaction-finances"]');
    expect(problem.expected).toBe("a number or null");
    expect(problem.found).toBe('"7"');
  });

  it("a wrong type: the whole record is not an object", () => {
    const problem = problemOf("trajectory-event", [contact]);
    expect(problem.path).toBe("$");
    expect(problem.expected).toBe("an object");
    expect(problem.found).toBe("a list of 1");
  });

  it("a drop-out closing without its reason", () => {
    const closing = { ...envelope, type: "trajectory.closed", data: { outcome: "dropped-out" } };
    const problem = problemOf("trajectory-event", closing);
    expect(problem.path).toBe("$.data.reason");
    expect(problem.expected).toMatch(/^one of "health", .*"other"/);
    expect(problem.found).toBe("nothing (the field is missing)");
  });

  it("a closing with an unknown outcome", () => {
    const closing = { ...envelope, type: "trajectory.closed", data: { outcome: "finished" } };
    const problem = problemOf("trajectory-event", closing);
    expect(problem.path).toBe("$.data.outcome");
    expect(problem.expected).toContain('"completed"');
    expect(problem.found).toBe('"finished"');
  });

  it("an empty plan", () => {
    const problem = problemOf("trajectory-event", withData(plan, { goals: [] }));
    expect(problem.path).toBe("$.data.goals");
    expect(problem.expected).toBe("at least 1 item");
    expect(problem.found).toBe("a list of 0");
  });

  it("a goal owned by someone else than the participant", () => {
    const goals = [{ ...plan.data.goals[0]!, owner: "case-manager" }];
    const problem = problemOf("trajectory-event", withData(plan, { goals }));
    expect(problem.path).toBe("$.data.goals[0].owner");
    expect(problem.expected).toBe('"participant"');
    expect(problem.found).toBe('"case-manager"');
  });

  it("a handover to a social worker without her id", () => {
    const handover = { ...envelope, type: "handover.done", data: { to: "social-worker" } };
    const problem = problemOf("trajectory-event", handover);
    expect(problem.path).toBe("$.data.receivingWorkerId");
    expect(problem.found).toBe("nothing (the field is missing)");
  });

  it("a group session whose attendees are names, not trajectory ids", () => {
    const problem = problemOf(
      "group-event",
      withData(session, { attendees: ["gent-2025-a-01", "Sarah V."] }),
    );
    expect(problem.path).toBe("$.data.attendees[1]");
    expect(problem.expected).toMatch(/^an id of letters, digits/);
  });

  it("settings with an unknown region and no group", () => {
    const problems = problemsOf("project-settings", {
      ...settings,
      region: "vlaanderen",
      groups: [],
    });
    expect(problems.map((p) => [p.path, p.found])).toEqual([
      ["$.region", '"vlaanderen"'],
      ["$.groups", "a list of 0"],
    ]);
  });

  it("a profile with a bad e-mail address and a blank family name", () => {
    const problems = problemsOf("participant-profile", {
      ...profile,
      familyName: "",
      email: "sarah at home",
    });
    expect(problems.map((p) => [p.path, p.expected])).toEqual([
      ["$.familyName", "at least 1 character"],
      ["$.email", "an e-mail address"],
    ]);
  });

  it("throws on an unknown kind, a programming error rather than bad data", () => {
    expect(() => validate("trajectory" as SchemaKind, {})).toThrow(/Unknown schema kind/);
  });
});

describe("a problem never repeats personal or free text", () => {
  const secret = "Mevrouw Van den Bossche, Sleepstraat 114";

  const expectNotRepeated = (problems: readonly Problem[], text: string) => {
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expect(JSON.stringify(problem)).not.toContain(text);
  };

  it("a note that is too long", () => {
    const note = `${secret} ${"x".repeat(10_000)}`;
    const problems = problemsOf("trajectory-event", withData(contact, { note }));
    expect(problems[0]!.path).toBe("$.data.note");
    expect(problems[0]!.found).toBe(`a text of ${note.length} characters`);
    expectNotRepeated(problems, secret);
  });

  it("a goal description that is too long", () => {
    const goals = [{ ...plan.data.goals[0]!, description: secret.repeat(300) }];
    const problems = problemsOf("trajectory-event", withData(plan, { goals }));
    expect(problems[0]!.path).toBe("$.data.goals[0].description");
    expect(problems[0]!.expected).toBe("at most 10000 characters");
    expectNotRepeated(problems, secret);
  });

  it("a given name that is too long", () => {
    const givenName = `${secret}${"a".repeat(100)}`;
    const problems = problemsOf("participant-profile", { ...profile, givenName });
    expect(problems[0]!.path).toBe("$.givenName");
    expectNotRepeated(problems, secret);
  });

  it("an e-mail address or a phone number", () => {
    const problems = problemsOf("participant-profile", {
      ...profile,
      email: "sarah.vandenbossche(at)example.org",
      phone: "+32 470 12 34 56 ".repeat(5),
    });
    expect(problems.map((p) => p.path)).toEqual(["$.phone", "$.email"]);
    expectNotRepeated(problems, "vandenbossche");
    expectNotRepeated(problems, "470 12 34 56");
  });

  it("an address with a bad postal code", () => {
    const problems = problemsOf("participant-profile", {
      ...profile,
      address: { street: "Sleepstraat 114", postalCode: "B-9000", municipality: "Gent" },
    });
    expect(problems[0]!.path).toBe("$.address.postalCode");
    expectNotRepeated(problems, "B-9000");
  });

  it("a name typed where a pseudonymous id belongs", () => {
    const problems = problemsOf("trajectory-event", {
      ...contact,
      trajectoryId: "Sarah Van den Bossche",
    });
    expect(problems[0]!.path).toBe("$.trajectoryId");
    expect(problems[0]!.found).toMatch(/^a text of 21 characters that is not an id/);
    expectNotRepeated(problems, "Sarah");
  });

  it("a whole record that is a text", () => {
    const problems = problemsOf("trajectory-event", secret);
    expect(problems[0]!.found).toBe(`a text of ${secret.length} characters`);
    expectNotRepeated(problems, secret);
  });

  it("an observation for policy makers of the wrong type", () => {
    const signal = {
      ...envelope,
      type: "signal.raised",
      data: { domain: "housing", observation: [secret] },
    };
    expectNotRepeated(problemsOf("trajectory-event", signal), secret);
  });
});

describe("each problem carries a stable code for programs", () => {
  it.each([
    ["a wrong enum value", withData(contact, { ...contact.data, mode: "visit" }), "invalid-value"],
    ["a timestamp without offset", { ...contact, at: "2025-10-01T10:00:00" }, "invalid-format"],
    [
      "an unknown life domain",
      withData(contact, { ...contact.data, domains: ["pets"] }),
      "unknown-domain",
    ],
    ["an extra field", { ...contact, extra: true }, "unexpected-field"],
    ["a missing field", { ...contact, data: { mode: "home", domains: [] } }, "missing-field"],
    ["a wrong type", withData(contact, { ...contact.data, minutes: "45" }), "invalid-type"],
    ["a number out of range", withData(contact, { ...contact.data, minutes: 0 }), "out-of-range"],
  ] as const)("%s", (_, value, code) => {
    expect(problemOf("trajectory-event", value).code).toBe(code);
  });
});
