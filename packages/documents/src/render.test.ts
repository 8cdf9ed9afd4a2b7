import { describe, expect, it } from "vitest";
import { bodyText } from "../scripts/_checks";
import { sampleSettings, samples } from "../scripts/_samples";
import { DocumentDataError, render, safeRender } from "./render";
import { consent } from "./templates/consent";
import { personalPlan } from "./templates/personal-plan";

const plan = samples["personal-plan"];

describe("render", () => {
  it("writes the document in the project's first language by default", () => {
    const document = render(personalPlan, plan, {
      settings: { ...sampleSettings, languages: ["fr"] },
    });
    expect(document.language).toBe("fr");
    expect(document.title).toBe("Mon plan");
    expect(document.html).toContain('<html lang="fr">');
  });

  it("is pure: the same input gives the same output", () => {
    const a = render(personalPlan, plan, { settings: sampleSettings, language: "de" });
    const b = render(personalPlan, plan, { settings: sampleSettings, language: "de" });
    expect(a).toEqual(b);
  });

  it("prints a missing optional value as a blank to fill in", () => {
    const { html, markdown } = render(
      personalPlan,
      { participant: { givenName: "Samira" }, goals: [plan.goals[0]!] },
      { settings: sampleSettings, language: "en" },
    );
    // agreedOn, nextReview and the case manager's name are missing.
    expect(bodyText(html)).toContain("Samira's plan, agreed on ……………");
    expect(bodyText(html)).toContain("We will look at your plan together again on ……………");
    expect(html).toContain('Name: <span class="blank">………………………………</span>');
    expect(markdown).toContain("agreed on ……………");
  });
});

describe("invalid data", () => {
  it("is refused with the schema's problems: path, expected, found", () => {
    const result = safeRender(
      personalPlan,
      {
        participant: { givenName: "Samira" },
        goals: [{ ...plan.goals[0]!, domain: "Housing" }],
        agreedOn: "6/10/2025",
      } as never,
      { settings: sampleSettings },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.source).toBe("data");
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        path: "$.goals[0].domain",
        expected: "a life-domain code in kebab-case",
      }),
    );
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        path: "$.agreedOn",
        expected: "a date as YYYY-MM-DD",
        found: '"6/10/2025"',
      }),
    );
  });

  it("never repeats a personal value in a problem", () => {
    const result = safeRender(
      personalPlan,
      { participant: { givenName: "" }, goals: [] } as never,
      {
        settings: sampleSettings,
      },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const tooLong = safeRender(
      personalPlan,
      { participant: { givenName: "Samira El Amrani".repeat(10) }, goals: [plan.goals[0]!] },
      { settings: sampleSettings },
    );
    expect(tooLong.ok).toBe(false);
    if (tooLong.ok) return;
    expect(tooLong.problems[0]).toMatchObject({
      path: "$.participant.givenName",
      expected: "at most 100 characters",
      found: "a text of 160 characters",
    });
    expect(JSON.stringify(tooLong.problems)).not.toContain("Samira");
  });

  it("refuses a life domain that is not the project's", () => {
    const settings = {
      ...sampleSettings,
      domains: [
        { code: "language", labels: { nl: "taal", fr: "langue", de: "Sprache", en: "language" } },
      ],
    };
    const result = safeRender(personalPlan, plan, { settings });
    expect(result).toMatchObject({ ok: false, source: "data" });
    if (result.ok) return;
    expect(result.problems[0]?.message).toBe(
      '$.goals[0].domain: expected a life domain of the project (language), found "housing".',
    );
  });

  it("throws a DocumentDataError from render, listing every problem", () => {
    expect(() =>
      render(personalPlan, { participant: { givenName: "A" } } as never, {
        settings: sampleSettings,
      }),
    ).toThrow(DocumentDataError);
    expect(() =>
      render(personalPlan, { participant: { givenName: "A" } } as never, {
        settings: sampleSettings,
      }),
    ).toThrow(
      /The data for the document "personal-plan" are not valid:\n- \$\.goals: expected a list, found nothing/,
    );
  });

  it("refuses invalid settings with @miriam/schemas' problems", () => {
    const result = safeRender(personalPlan, plan, {
      settings: { ...sampleSettings, region: "holland" } as never,
    });
    expect(result).toMatchObject({ ok: false, source: "settings" });
    if (result.ok) return;
    expect(result.problems[0]?.path).toBe("$.region");
  });
});

describe("overrides", () => {
  it("replace a text in every language, or per language", () => {
    const overrides = {
      "consent.whyHeading": "Waarvoor?",
      "consent.howLong": { en: "We keep it for {years} years. Ask us for more." },
      "common.confidential": { en: "Private" },
    } as const;
    const nl = render(consent, samples.consent, {
      settings: sampleSettings,
      language: "nl",
      overrides,
    });
    const en = render(consent, samples.consent, {
      settings: sampleSettings,
      language: "en",
      overrides,
    });
    expect(bodyText(nl.html)).toContain("Waarvoor?");
    expect(bodyText(nl.html)).toContain("We bewaren je gegevens 5 jaar");
    expect(bodyText(en.html)).toContain("We keep it for 5 years. Ask us for more.");
    expect(bodyText(en.html)).toContain("Private");
    expect(en.html).toContain('"Consent and privacy \\b7  Private"');
  });

  it("ignore keys of other templates, so one table serves every document", () => {
    const result = safeRender(consent, samples.consent, {
      settings: sampleSettings,
      overrides: { "personal-plan.intro": "x" } as never,
    });
    expect(result.ok).toBe(true);
  });

  it("are refused for an unknown key or an unknown placeholder", () => {
    const result = safeRender(consent, samples.consent, {
      settings: sampleSettings,
      overrides: { "consent.intor": "x", "consent.howLong": "{yaers} years" } as never,
    });
    expect(result).toMatchObject({ ok: false, source: "options" });
    if (result.ok) return;
    expect(result.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(
        /^\$\.overrides\["consent\.intor"\]: expected a key of consent \(title, intro,/,
      ),
      '$.overrides["consent.howLong"]: expected only the placeholders {years}, found {yaers}.',
    ]);
  });

  it("are escaped like any value", () => {
    const { html } = render(consent, samples.consent, {
      settings: sampleSettings,
      language: "en",
      overrides: { "consent.whyHeading": "<i>Why</i>" },
    });
    expect(html).toContain("<h2>&lt;i&gt;Why&lt;/i&gt;</h2>");
  });
});
