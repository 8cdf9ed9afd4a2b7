import { futureDateProblem, LANGUAGES, validate } from "@miriam/schemas";
import { describe, expect, it } from "vitest";
import { pathSegments, problemErrors, problemText } from "../src/web/form-problems";
import { fieldOfEvent } from "../src/web/forms";
import { translator } from "../src/web/i18n";

// The kit's problems as a form shows them: beside the right field, in words, in the
// user's language.

const contact = (data: Record<string, unknown>, at = "2026-03-02T10:00:00+01:00") => ({
  id: "t-1.e1",
  trajectoryId: "t-1",
  type: "contact.held",
  at,
  by: "cm-01",
  data,
});

describe("form problems", () => {
  it("reads a problem's JSON path as segments, quoted keys and indexes included", () => {
    expect(pathSegments("$.data.goals[0].domain")).toEqual(["data", "goals", 0, "domain"]);
    expect(pathSegments('$.data.answers["self-reliance"]')).toEqual([
      "data",
      "answers",
      "self-reliance",
    ]);
    expect(pathSegments("$")).toEqual([]);
  });

  it("finds the form field of a problem in each event's form", () => {
    const field = (type: Parameters<typeof fieldOfEvent>[0], path: string) =>
      fieldOfEvent(type)(pathSegments(path));
    expect(field("contact.held", "$.at")).toBe("when");
    expect(field("contact.held", "$.data.minutes")).toBe("minutes");
    expect(field("plan.agreed", "$.data.goals[1].description")).toBe("g2-description");
    expect(field("plan.agreed", "$.data.goals[0].steps[0].who")).toBe("g1-who");
    expect(field("plan.agreed", "$.data.goals")).toBe("g1-domain");
    expect(field("goal.added", "$.data.goal.domain")).toBe("g-domain");
    expect(field("intake.held", "$.data.household.childrenBirthYears[0]")).toBe("children");
    expect(field("measurement.recorded", '$.data.answers["self-reliance"]')).toBe(
      "item-self-reliance",
    );
    expect(field("contact.held", "$.id")).toBeUndefined();
  });

  it("says what to do beside each field, in words, never with a path or the file wording", () => {
    const result = validate(
      "trajectory-event",
      contact({ mode: "visit", domains: ["housing"], minutes: 0 }),
    );
    if (result.ok) throw new Error("The contact should be invalid.");
    for (const language of LANGUAGES) {
      const errors = problemErrors(
        result.problems,
        fieldOfEvent("contact.held"),
        translator(language),
      );
      expect(errors.map((e) => e.field).sort()).toEqual(["minutes", "mode"]);
      for (const { message } of errors) {
        expect(message).not.toMatch(/\$\.|expected|verwacht|attendu|erwartet|"visit"/);
        expect(message.length).toBeGreaterThan(8);
      }
    }
    const nl = problemErrors(result.problems, fieldOfEvent("contact.held"), translator("nl"));
    expect(nl.find((e) => e.field === "minutes")?.message).toBe("Vul een getal in van minstens 1.");
    expect(nl.find((e) => e.field === "mode")?.message).toBe(
      "Kies een van de mogelijkheden uit de lijst.",
    );
  });

  it("words a date in the future with the last day allowed, and an impossible year with the method's years", () => {
    const future = futureDateProblem("2026-06-01T10:00:00+02:00", {
      now: new Date("2026-03-02T12:00:00Z"),
      toleranceDays: 1,
    });
    expect(problemText(future!, translator("nl"))).toBe(
      "Deze datum ligt in de toekomst. Registreer wat al gebeurd is: ten laatste op 2026-03-03.",
    );
    expect(problemText(future!, translator("fr"))).toContain("le 2026-03-03");
    const old = validate(
      "trajectory-event",
      contact({ mode: "home", domains: [], minutes: 30 }, "2012-03-02T10:00:00+01:00"),
    );
    if (old.ok) throw new Error("A date in 2012 should be refused.");
    const [problem] = old.problems;
    expect(problem?.code).toBe("implausible-date");
    expect(problemText(problem!, translator("de"))).toBe(
      "Dieses Datum kann nicht stimmen: Wählen Sie ein Datum ab dem 2015-01-01 und vor dem 2100-01-01. Prüfen Sie das Jahr.",
    );
  });
});
