import { describe, expect, it } from "vitest";
import { exampleCohort } from "../data/example-cohort";
import { LANGUAGES } from "../vocabulary";
import { problemMessage } from "./problem-messages";
import { parseProjectSettings } from "./project-settings";

const settings = exampleCohort().settings;
const text = (change: Record<string, unknown>) => JSON.stringify({ ...settings, ...change });

describe("parseProjectSettings", () => {
  it("reads valid settings and fills in the defaults", () => {
    const result = parseProjectSettings(JSON.stringify(settings));
    expect(result.ok && result.value.futureToleranceDays).toBe(1);
  });

  it("returns a problem, never throws, for text that is not JSON", () => {
    const result = parseProjectSettings('{"id": "p-1",');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.code)).toEqual(["invalid-json"]);
  });

  it.each([
    [
      "minimum age above maximum age",
      {
        eligibility: {
          id: "local",
          description: "Local rules.",
          singleMother: true,
          services: ["living-wage"],
          minAge: 30,
          maxAge: 25,
        },
      },
      "$.eligibility.maxAge",
    ],
    [
      "a group-size range upside down",
      { fidelity: { groupSize: { min: 15, max: 12 } } },
      "$.fidelity.groupSize.max",
    ],
    [
      "a planned length outside the fidelity range",
      { trajectoryLengthMonths: 20 },
      "$.trajectoryLengthMonths",
    ],
    [
      "a group id used twice",
      { groups: [settings.groups[0], settings.groups[0]] },
      "$.groups[1].id",
    ],
    [
      "a group starting in the year 9999",
      { groups: [{ ...settings.groups[0], startDate: "9999-09-01" }] },
      "$.groups[0].startDate",
    ],
    [
      "a cadence of zero days",
      { groups: [{ ...settings.groups[0], sessionCadenceDays: 0 }] },
      "$.groups[0].sessionCadenceDays",
    ],
  ])("refuses %s with a problem at its path, worded in every language", (_, change, path) => {
    const result = parseProjectSettings(text(change));
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((p) => p.path)).toEqual([path]);
    for (const language of LANGUAGES) {
      const message = problemMessage(problems[0]!, language);
      expect(message.startsWith(path)).toBe(true);
      if (language !== "en") expect(message).not.toMatch(/\bmust\b|\bexpected\b/);
    }
  });
});
