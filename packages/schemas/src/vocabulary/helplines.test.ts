import { describe, expect, it } from "vitest";
import { trajectoryEventData } from "../schemas/events";
import { LANGUAGES } from "./_define";
import { helplineDirectory, helplines, helplinesFor } from "./helplines";
import { regions } from "./regions";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

describe("the helplines given after the safety question", () => {
  it("cite for every helpline a public page and the date it was checked", () => {
    for (const code of helplines.codes) {
      const entry = helplineDirectory[code];
      expect(entry.sources.length, code).toBeGreaterThan(0);
      for (const { url, checkedOn } of entry.sources) {
        expect(url, code).toMatch(/^https?:\/\/[^\s/]+\.[a-z]{2,}\//);
        expect(checkedOn, code).toMatch(ISO_DATE);
        expect(Number.isNaN(Date.parse(checkedOn)), code).toBe(false);
      }
      expect(entry.phone, code).toMatch(/^[0-9 ]+$/);
      for (const language of LANGUAGES) expect(entry.note[language], code).not.toBe("");
    }
  });

  it("give every region at least one helpline", () => {
    for (const region of regions.codes) expect(helplinesFor(region), region).not.toEqual([]);
  });
});

describe("the intake's safety question in the event log", () => {
  const intake = (safety?: object) =>
    trajectoryEventData["intake.held"].safeParse({
      location: "home",
      household: { childrenBirthYears: [2020] },
      situation: [],
      ...(safety === undefined ? {} : { safety }),
    });

  it("records asked and referred, with the helplines given, and stays optional for older logs", () => {
    expect(intake().success).toBe(true);
    expect(intake({ asked: true, referred: true, helplines: ["hulplijn-1712"] }).success).toBe(
      true,
    );
    expect(intake({ asked: false, referred: false }).success).toBe(true);
  });

  it("has no place for her answer or any other free text", () => {
    expect(intake({ asked: true, referred: false, answer: "..." }).success).toBe(false);
    expect(intake({ asked: true, referred: false, note: "..." }).success).toBe(false);
    expect(intake({ asked: "yes", referred: false }).success).toBe(false);
    expect(intake({ asked: true, referred: true, helplines: ["a number"] }).success).toBe(false);
  });
});
