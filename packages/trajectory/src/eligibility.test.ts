import {
  EligibilityFacts,
  EligibilityRules,
  eligibilityCriteria,
  eligibilityEditions,
  LANGUAGES,
  ocmwServices,
} from "@miriam/schemas";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkEligibility, decideReferral } from "./eligibility";

const youngMothers = {
  id: "antwerpen-young",
  description: "Young mothers 18–25 in Antwerpen-Noord",
  singleMother: true as const,
  services: ["living-wage" as const],
  minAge: 18,
  maxAge: 25,
  neighbourhoods: ["Antwerpen-Noord"],
};
const her = {
  singleMother: true,
  services: ["living-wage" as const],
  age: 22,
  neighbourhood: "antwerpen-noord ",
};

describe("checkEligibility", () => {
  it("applies each edition's rules: a child of 7 was outside the pilots, not the 2022 programme", () => {
    const facts = { singleMother: true, services: ["living-wage" as const], youngestChildAge: 7 };
    const pilots = checkEligibility(facts, eligibilityEditions["pilot-2015"]);
    expect(pilots.eligible).toBe(false);
    expect(pilots.unmet.map((u) => u.criterion)).toEqual(["youngest-child-age"]);
    expect(pilots.unmet[0]?.reason.nl).toBe(
      "Dit project neemt moeders op van wie het jongste kind hoogstens 5 jaar is.",
    );
    expect(checkEligibility(facts, eligibilityEditions["programme-2022"]).eligible).toBe(true);
  });

  it("admits supplementary aid only from the 2022 programme on", () => {
    const facts = { singleMother: true, services: ["supplementary-aid" as const] };
    expect(checkEligibility(facts, eligibilityEditions["pilot-2015"]).unmet[0]?.criterion).toBe(
      "service",
    );
    expect(checkEligibility(facts, eligibilityEditions["call-2023"]).eligible).toBe(true);
  });

  it("refuses a mother outside a project's age range, naming the rule and not her age", () => {
    const check = checkEligibility({ ...her, age: 27 }, youngMothers);
    expect(check.unmet.map((u) => u.criterion)).toEqual(["maximum-age"]);
    expect(check.unmet[0]?.reason).toEqual({
      nl: "Dit project neemt moeders op tot en met 25 jaar.",
      fr: "Ce projet accueille des mères jusqu'à 25 ans inclus.",
      de: "Dieses Projekt nimmt Mütter bis einschließlich 25 Jahre auf.",
      en: "This project takes mothers aged up to 25.",
    });
    for (const language of LANGUAGES) expect(check.unmet[0]?.reason[language]).not.toContain("27");
  });

  it("counts a fact the rules need but the referral lacks as unmet, and says it is missing", () => {
    const check = checkEligibility({ singleMother: true, services: ["living-wage"] }, youngMothers);
    expect(check.unmet.map((u) => [u.criterion, u.unknown])).toEqual([
      ["minimum-age", true],
      ["maximum-age", true],
      ["neighbourhood", true],
    ]);
    expect(check.unmet[0]?.reason.fr).toBe(
      "Ce projet accueille des mères à partir de 18 ans. Son âge n'est pas renseigné.",
    );
  });

  it("matches neighbourhoods as people type them: case and spaces aside", () => {
    expect(checkEligibility(her, youngMothers).eligible).toBe(true);
    expect(
      checkEligibility({ ...her, neighbourhood: "Deurne" }, youngMothers).unmet[0]?.reason.nl,
    ).toBe("Dit project neemt moeders op die wonen in Antwerpen-Noord.");
  });

  it("lists the services a project takes in the reader's language, joined with 'or'", () => {
    const check = checkEligibility(
      { singleMother: true, services: ["other-service"] },
      eligibilityEditions["pilot-2015"],
    );
    expect(check.unmet[0]?.reason.nl).toBe(
      "Dit project neemt moeders op met leefloon of equivalent leefloon.",
    );
    expect(check.unmet[0]?.reason.fr).toBe(
      "Ce projet accueille des mères qui bénéficient de : revenu d'intégration ou aide équivalente au revenu d'intégration.",
    );
  });

  const facts = fc.record(
    {
      singleMother: fc.boolean(),
      services: fc.subarray([...ocmwServices.codes]),
      youngestChildAge: fc.integer({ min: 0, max: 25 }),
      age: fc.integer({ min: 14, max: 80 }),
      neighbourhood: fc.constantFrom("Noord", "Zuid", "Centrum"),
      speaksGroupLanguage: fc.boolean(),
    },
    { requiredKeys: ["singleMother", "services"] },
  );
  const rules = fc.record(
    {
      id: fc.constant("project"),
      description: fc.constant("a project's rules"),
      singleMother: fc.constant(true as const),
      services: fc.subarray([...ocmwServices.codes], { minLength: 1 }),
      youngestChildMaxAge: fc.integer({ min: 0, max: 25 }),
      minAge: fc.integer({ min: 14, max: 40 }),
      maxAge: fc.integer({ min: 40, max: 80 }),
      neighbourhoods: fc.subarray(["Noord", "Zuid", "Centrum"], { minLength: 1 }),
      requiresGroupLanguage: fc.boolean(),
    },
    { requiredKeys: ["id", "description", "singleMother", "services"] },
  );

  it("is eligible exactly when no criterion is unmet, and every reason is written in every language", () => {
    fc.assert(
      fc.property(facts, rules, (f, r) => {
        EligibilityFacts.parse(f);
        EligibilityRules.parse(r);
        const check = checkEligibility(f, r);
        expect(check.eligible).toBe(check.unmet.length === 0);
        for (const { criterion, reason } of check.unmet) {
          expect(eligibilityCriteria.has(criterion)).toBe(true);
          for (const language of LANGUAGES) expect(reason[language].length).toBeGreaterThan(10);
          expect(new Set(LANGUAGES.map((language) => reason[language])).size).toBe(4);
        }
      }),
    );
  });

  it("only tightens: adding a criterion to the rules never admits a mother it refused", () => {
    fc.assert(
      fc.property(facts, rules, fc.integer({ min: 14, max: 80 }), (f, r, maxAge) => {
        const before = checkEligibility(f, r);
        const after = checkEligibility(f, { ...r, maxAge: Math.min(maxAge, r.maxAge ?? 80) });
        if (!before.eligible) expect(after.eligible).toBe(false);
      }),
    );
  });
});

describe("decideReferral", () => {
  it("accepts every referral in a project without rules", () => {
    expect(
      decideReferral({ eligibility: { singleMother: true, services: [] } }, undefined),
    ).toEqual({
      accepted: true,
      unmet: [],
    });
  });

  it("refuses an ineligible mother with every unmet criterion and a remedy", () => {
    const decision = decideReferral({ eligibility: { ...her, age: 30 } }, youngMothers);
    expect(decision.accepted).toBe(false);
    if (decision.accepted) return;
    expect(decision.unmet.map((u) => u.criterion)).toEqual(["maximum-age"]);
    expect(decision.remedy.en).toBe(
      "Refer her to another service, or ask the project's coordinator for an exception and record it with its reason.",
    );
  });

  it("admits her with a coordinator's recorded exception, keeping what she does not meet visible", () => {
    const decision = decideReferral(
      {
        eligibility: { ...her, age: 30 },
        eligibilityException: { approvedBy: "coord-01", reason: " Jongste kind net 3 geworden " },
      },
      youngMothers,
    );
    expect(decision).toMatchObject({
      accepted: true,
      exception: { approvedBy: "coord-01", reason: "Jongste kind net 3 geworden" },
    });
    expect(decision.unmet.map((u) => u.criterion)).toEqual(["maximum-age"]);
  });
});
