import { LANGUAGES } from "@miriam/schemas";
import { describe, expect, it } from "vitest";
import { bodyText, htmlParseErrors } from "../scripts/_checks";
import { sampleSettings } from "../scripts/_samples";
import { DocumentDataError } from "./render";
import { renderBlank, safeRenderBlank } from "./render-blank";
import { annualReport } from "./templates/annual-report";
import { consent } from "./templates/consent";
import { contactLog } from "./templates/contact-log";
import { followUpQuestionnaire } from "./templates/follow-up-questionnaire";
import { groupSession } from "./templates/group-session";
import { handover } from "./templates/handover";
import { informationSheet } from "./templates/information-sheet";
import { intakeReport } from "./templates/intake-report";
import { midTermReview } from "./templates/mid-term-review";
import { personalPlan } from "./templates/personal-plan";
import { rightsCheck } from "./templates/rights-check";

const settings = sampleSettings;

// The forms a project kit prints, in the order of the trajectory.
const FORMS = [
  informationSheet,
  consent,
  intakeReport,
  rightsCheck,
  personalPlan,
  contactLog,
  groupSession,
  midTermReview,
  handover,
  followUpQuestionnaire,
] as const;

/** The dotted blank that a field to fill in prints as, in HTML and in Markdown. */
const BLANK = "……………";

describe.each(FORMS.map((template) => [template.id, template] as const))("%s", (_id, template) => {
  it.each(LANGUAGES)("prints blank in %s: fields to fill in, and nothing missing", (language) => {
    const document = renderBlank(template as never, { settings, language });
    expect(document.template).toBe(template.id);
    expect(document.language).toBe(language);
    expect(htmlParseErrors(document.html)).toEqual([]);
    const text = bodyText(document.html);
    for (const written of [text, document.markdown]) {
      expect(written).toContain(BLANK);
      expect(written).not.toMatch(/undefined|NaN|\[object Object\]|\{\w+\}/);
    }
    expect(document.html).toContain("OCMW Voorbeeldstad");
  });
});

describe("the blank forms", () => {
  it("give the personal plan three goals to write, with lines", () => {
    const { html, markdown } = renderBlank(personalPlan, { settings, language: "en" });
    expect(markdown.match(/^### My goal$/gm)).toHaveLength(3);
    expect(html).toContain('<div class="write-lines">');
  });

  it("give lines to write on where a filled document says a list is empty", () => {
    const review = renderBlank(midTermReview, { settings, language: "en" });
    const handed = renderBlank(handover, { settings, language: "en" });
    for (const { html } of [review, handed]) {
      expect(html).toContain('<div class="write-lines">');
      expect(bodyText(html)).not.toMatch(/\bno (open )?goals\b/i);
    }
  });

  it("give an attendance register numbered rows, at least 15, and the group's name", () => {
    const register = renderBlank(groupSession, { settings, language: "nl", groupName: "Groep A" });
    expect(register.markdown).toContain("Groep A");
    expect(register.markdown).toMatch(/^\| 15 +\|/m);
    const twelve = renderBlank(groupSession, { settings, language: "nl", rows: 12 });
    expect(twelve.markdown).toMatch(/^\| 12 +\|/m);
    expect(twelve.markdown).not.toMatch(/^\| 13 +\|/m);
  });

  it("use the project's own wording", () => {
    const { markdown } = renderBlank(consent, {
      settings,
      language: "en",
      overrides: { "consent.title": "Our consent form" },
    });
    expect(markdown).toContain("Our consent form");
  });

  it("refuse a template that has no blank form, saying which", () => {
    const result = safeRenderBlank(annualReport, { settings, language: "en" });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.source).toBe("options");
      expect(result.problems[0]!.message).toContain('"annual-report"');
    }
    expect(() => renderBlank(annualReport, { settings })).toThrow(DocumentDataError);
  });

  it("refuse invalid settings as render does", () => {
    const result = safeRenderBlank(consent, { settings: { ...settings, languages: [] } as never });
    expect(result).toMatchObject({ ok: false, source: "settings" });
  });
});
