import { exampleCohort, LANGUAGES, type TrajectoryEvent } from "@miriam/schemas";
import { describe, expect, it } from "vitest";
import { bodyText, htmlParseErrors } from "../scripts/_checks";
import type { AnyTemplate } from "../scripts/_render-samples";
import {
  annualReportFromEvents,
  consentFromEvents,
  contactLogFromEvents,
  endEvaluationFromEvents,
  followUpQuestionnaireFromEvents,
  groupSessionFromEvents,
  handoverFromEvents,
  intakeReportFromEvents,
  midTermReviewFromEvents,
  personalPlanFromEvents,
  rightsCheckFromEvents,
} from "./from-events";
import { type RenderedDocument, safeRender } from "./render";
import { annualReport } from "./templates/annual-report";
import { consent } from "./templates/consent";
import { contactLog } from "./templates/contact-log";
import { endEvaluation } from "./templates/end-evaluation";
import { followUpQuestionnaire } from "./templates/follow-up-questionnaire";
import { groupSession } from "./templates/group-session";
import { handover } from "./templates/handover";
import { informationSheet } from "./templates/information-sheet";
import { intakeReport } from "./templates/intake-report";
import { midTermReview } from "./templates/mid-term-review";
import { personalPlan } from "./templates/personal-plan";
import { rightsCheck } from "./templates/rights-check";

const cohort = exampleCohort();
const { settings, profiles, groupEvents, trajectoryEvents } = cohort;
const has = (trajectoryId: string, type: TrajectoryEvent["type"]) =>
  trajectoryEvents.some((event) => event.trajectoryId === trajectoryId && event.type === type);

// Every document the example cohort's records allow, built with the *FromEvents helpers.
function documents(): [string, AnyTemplate, unknown][] {
  const list: [string, AnyTemplate, unknown][] = [];
  const add = (name: string, template: unknown, data: unknown) =>
    list.push([name, template as AnyTemplate, data]);
  const groupName = settings.groups[0]!.name;
  add("information sheet", informationSheet, {});
  for (const profile of profiles) {
    const records = { profile, events: trajectoryEvents };
    const id = profile.trajectoryId;
    add(`${id} information sheet`, informationSheet, { givenName: profile.givenName });
    add(`${id} consent`, consent, consentFromEvents(records));
    add(`${id} intake report`, intakeReport, intakeReportFromEvents(records));
    add(`${id} rights check`, rightsCheck, rightsCheckFromEvents(records));
    if (has(id, "plan.agreed"))
      add(`${id} personal plan`, personalPlan, personalPlanFromEvents(records));
    add(`${id} contact log`, contactLog, contactLogFromEvents(records));
    if (has(id, "review.held"))
      add(`${id} mid-term review`, midTermReview, midTermReviewFromEvents(records, groupEvents));
    if (has(id, "evaluation.held"))
      add(`${id} end evaluation`, endEvaluation, endEvaluationFromEvents(records, { groupName }));
    if (has(id, "handover.done")) add(`${id} handover`, handover, handoverFromEvents(records));
    add(`${id} follow-up`, followUpQuestionnaire, followUpQuestionnaireFromEvents(records));
  }
  for (const event of groupEvents.filter((e) => e.type === "group-session.held"))
    add(
      `session ${event.id}`,
      groupSession,
      groupSessionFromEvents({ groupEvents, sessionId: event.id, profiles, groupName }),
    );
  add(
    "annual report",
    annualReport,
    annualReportFromEvents({
      settings,
      groupEvents,
      trajectoryEvents,
      period: { from: "2025-09-01", to: "2026-08-31" },
    }),
  );
  return list;
}

const all = documents();

describe("the example cohort's documents", () => {
  it("include every kind of document", () => {
    const kinds = new Set(all.map(([, template]) => template.id));
    expect([...kinds].sort()).toEqual(
      [
        "annual-report",
        "consent",
        "contact-log",
        "end-evaluation",
        "follow-up-questionnaire",
        "group-session",
        "handover",
        "information-sheet",
        "intake-report",
        "mid-term-review",
        "personal-plan",
        "rights-check",
      ].sort(),
    );
    expect(profiles).toHaveLength(14);
  });

  it.each(LANGUAGES)("render in %s, valid and well-formed", (language) => {
    const rendered: RenderedDocument[] = [];
    for (const [name, template, data] of all) {
      const result = safeRender(template, data, { settings, language });
      if (!result.ok)
        throw new Error(`${name}: ${result.problems.map((p) => p.message).join("; ")}`);
      expect(htmlParseErrors(result.document.html), name).toEqual([]);
      rendered.push(result.document);
    }
    expect(rendered.every((document) => document.language === language)).toBe(true);
  });

  it("name each mother only in her own documents", () => {
    for (const profile of profiles) {
      const others = profiles.filter((other) => other.familyName !== profile.familyName);
      const own = all.filter(([name]) => name.startsWith(`${profile.trajectoryId} `));
      for (const [name, template, data] of own) {
        const result = safeRender(template, data, { settings, language: "nl" });
        if (!result.ok) continue;
        const text = bodyText(result.document.html);
        for (const other of others) expect(text, name).not.toContain(other.familyName);
      }
    }
  });

  it("keep names out of the annual report", () => {
    const report = all.find(([name]) => name === "annual report")!;
    const result = safeRender(report[1], report[2], { settings, language: "nl" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const profile of profiles) {
      expect(result.document.html).not.toContain(profile.familyName);
      expect(result.document.html).not.toContain(profile.trajectoryId);
    }
  });
});
