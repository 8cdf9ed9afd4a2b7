import {
  consentScopes,
  goalStatuses,
  LANGUAGES,
  lifeDomains,
  providerNames,
  rightStatuses,
  rightsCatalogue,
  selfEvaluationInstrument,
} from "@miriam/schemas";
import { describe, expect, it } from "vitest";
import { bodyText, markdownToHtml } from "../scripts/_checks";
import type { AnyTemplate } from "../scripts/_render-samples";
import { sampleSettings, samples, templatesWithSamples } from "../scripts/_samples";
import { render } from "./render";
import { consent } from "./templates/consent";
import { followUpQuestionnaire } from "./templates/follow-up-questionnaire";
import { groupSession } from "./templates/group-session";
import { handover } from "./templates/handover";
import { informationSheet } from "./templates/information-sheet";
import { intakeReport } from "./templates/intake-report";
import { personalPlan } from "./templates/personal-plan";
import { rightsCheck } from "./templates/rights-check";

// The fields people write; each must appear in the document as written.
const WRITTEN = new Set([
  "note",
  "description",
  "words",
  "topic",
  "place",
  "partner",
  "givenName",
  "familyName",
  "groupName",
  "caseManager",
  "coordinator",
  "receivingWorker",
  "facilitator",
  "privacyContact",
  "street",
  "municipality",
  "name",
  "agenda",
  "observation",
]);

function written(value: unknown, skip: readonly string[], key?: string): string[] {
  if (typeof value === "string") return key !== undefined && WRITTEN.has(key) ? [value] : [];
  if (Array.isArray(value))
    return value.flatMap((item) => written(item, skip, key === "agenda" ? key : undefined));
  if (value !== null && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => (skip.includes(k) ? [] : written(v, skip, k)));
  return [];
}

// What a template leaves out on purpose: the end evaluation looks back on goals, not
// steps; the handover passes on each goal's next step only (checked below).
const LEFT_OUT: Record<string, readonly string[]> = {
  "end-evaluation": ["steps"],
  handover: ["steps"],
};

describe.each(
  templatesWithSamples.map(({ template, data }) => [template.id, template, data] as const),
)("%s", (id, template, data) => {
  it.each(LANGUAGES)("shows every written field of its data (%s)", (language) => {
    const document = render(template as unknown as AnyTemplate, data, {
      settings: sampleSettings,
      language,
    });
    const html = bodyText(document.html);
    const markdown = bodyText(markdownToHtml(document.markdown));
    for (const value of written(data, LEFT_OUT[id] ?? [])) {
      expect(html, value).toContain(value);
      expect(markdown, value).toContain(value);
    }
    expect(html).toContain(sampleSettings.ocmw.name);
  });
});

// A count against a total ("1 of your 3 goals", "7 of 9 sessions") reads to a mother as a
// score of failure; what she reads tells steps taken, in her own goals' words.
const TALLY =
  /\b\d+\s+(?:van|of|de|von|sur)\s+(?:je\s+|your\s+|vos\s+|Ihren\s+)?\d+\b|\d+\s+\S+(?:\s+\S+){0,3}\s+sur\s+\d+/;

describe.each(
  templatesWithSamples
    .filter(({ template }) => template.audience === "participant")
    .map(({ template, data }) => [template.id, template, data] as const),
)("%s, which she reads", (_id, template, data) => {
  it.each(LANGUAGES)("never tallies her against a total (%s)", (language) => {
    const document = render(template as unknown as AnyTemplate, data, {
      settings: sampleSettings,
      language,
    });
    expect(bodyText(document.html)).not.toMatch(TALLY);
  });
});

const settings = sampleSettings;

describe("labels come from @miriam/schemas' vocabularies", () => {
  it.each(LANGUAGES)(
    "the rights check lists the region's catalogue with providers and statuses (%s)",
    (language) => {
      const text = bodyText(
        render(rightsCheck, samples["rights-check"], { settings, language }).html,
      );
      for (const right of rightsCatalogue("flanders")) {
        expect(text).toContain(right.labels[language]);
        const provider = providerNames(right, language);
        if (provider !== undefined) expect(text).toContain(provider);
      }
      for (const entry of samples["rights-check"].rights)
        expect(text).toContain(rightStatuses.label(entry.status, language));
    },
  );

  it.each(LANGUAGES)("the personal plan shows each goal's domain and status (%s)", (language) => {
    const text = bodyText(
      render(personalPlan, samples["personal-plan"], { settings, language }).html,
    );
    for (const goal of samples["personal-plan"].goals) {
      expect(text).toContain(lifeDomains.label(goal.domain as never, language));
      expect(text).toContain(goalStatuses.label(goal.status ?? "open", language));
    }
  });

  it.each(LANGUAGES)("the intake report lists every life domain (%s)", (language) => {
    const text = bodyText(
      render(intakeReport, samples["intake-report"], { settings, language }).html,
    );
    for (const term of lifeDomains.terms) expect(text).toContain(term.labels[language]);
    expect(text).toContain("2016");
  });

  it.each(LANGUAGES)(
    "the consent form has a box per scope, ticked for the scopes given (%s)",
    (language) => {
      const text = bodyText(render(consent, samples.consent, { settings, language }).html);
      for (const term of consentScopes.terms) expect(text).toContain(term.labels[language]);
      expect(text.match(/☒/g)).toHaveLength(samples.consent.scopes!.length);
    },
  );

  it.each(LANGUAGES)(
    "the follow-up questionnaire asks the instrument's follow-up items (%s)",
    (language) => {
      const text = bodyText(
        render(followUpQuestionnaire, samples["follow-up-questionnaire"], { settings, language })
          .html,
      );
      for (const item of selfEvaluationInstrument.items)
        expect(text).toContain(item.text[language]);
    },
  );
});

describe("the attendance register", () => {
  it("ticks who attended, and leaves boxes to tick by hand before the session", () => {
    const data = samples["group-session"];
    const held = {
      ...data,
      session: {
        ...data.session,
        attendees: ["groep-a-01", "groep-a-03"],
        minutes: 120,
        withChildren: false,
      },
    };
    expect(
      bodyText(render(groupSession, held, { settings, language: "nl" }).html).match(/☒/g),
    ).toHaveLength(2);
    const planned = bodyText(render(groupSession, data, { settings, language: "nl" }).html);
    expect(planned).not.toContain("☒");
    expect(planned).toContain("Aanwezig: …………… van 3.");
  });
});

it("the handover passes on each open goal's next step", () => {
  const text = bodyText(render(handover, samples.handover, { settings, language: "en" }).html);
  expect(text).toContain(
    "Next step: Huurpremie aanvragen, by the participant, due 31 January 2026",
  );
  expect(text).not.toContain("Inschrijven bij de sociale huisvestingsmaatschappij");
});

describe("the information sheet", () => {
  it("shows the project's own group size, never a figure of the kit's", () => {
    const small = { ...settings, fidelity: { groupSize: { min: 8, max: 10 } } };
    for (const language of LANGUAGES) {
      const text = bodyText(render(informationSheet, {}, { settings: small, language }).html);
      expect(text).toMatch(/\b8\b.*\b10\b/);
      expect(text).not.toMatch(/\b12\b/);
    }
  });

  it("says who reads what she tells: her file at the OCMW, figures without names, research only with her yes", () => {
    const text = bodyText(render(informationSheet, {}, { settings, language: "nl" }).html);
    expect(text).not.toContain("blijft tussen jou en het MIRIAM-team");
    expect(text).toContain("dossier bij het OCMW");
    expect(text).toContain("cijfers zonder namen");
    expect(text).toContain("Onderzoekers krijgen je gegevens alleen als jij daar ja op zegt.");
  });
});
