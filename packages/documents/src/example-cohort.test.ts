import { exampleCohort, LANGUAGES } from "@miriam/schemas";
import { describe, expect, it } from "vitest";
import { bodyText, htmlParseErrors } from "../scripts/_checks";
import type { AnyTemplate } from "./catalogue";
import { documentCatalogue, trajectorySource } from "./catalogue";
import { type RenderedDocument, safeRender } from "./render";

const cohort = exampleCohort();
const { settings, profiles, groupEvents, trajectoryEvents } = cohort;
const groupName = settings.groups[0]!.name;
const period = { from: "2025-09-01", to: "2026-08-31" };

// Every document the example cohort's records allow, as the catalogue makes them: each
// mother's documents that her replayed state is ready for, each session's, the report.
function documents(): [string, AnyTemplate, unknown][] {
  const list: [string, AnyTemplate, unknown][] = [];
  for (const entry of documentCatalogue) {
    const add = (name: string, data: unknown) => list.push([name, entry.template, data]);
    switch (entry.scope) {
      case "project":
        add(entry.id, entry.data({ settings }));
        break;
      case "trajectory":
        for (const profile of profiles) {
          const source = trajectorySource({
            settings,
            profile,
            events: trajectoryEvents,
            groupEvents,
            groupName,
          });
          if (entry.ready(source.history.state))
            add(`${profile.trajectoryId} ${entry.id}`, entry.data(source));
          else expect(() => entry.data(source), `${profile.trajectoryId} ${entry.id}`).toThrow();
        }
        break;
      case "group-session":
        for (const event of groupEvents.filter((e) => e.type === "group-session.held"))
          add(
            `session ${event.id}`,
            entry.data({ groupEvents, sessionId: event.id, profiles, groupName }),
          );
        break;
      case "period":
        add(entry.id, entry.data({ settings, groupEvents, trajectoryEvents, period }));
        break;
    }
  }
  return list;
}

const all = documents();

describe("the example cohort's documents", () => {
  it("include every kind of document of the catalogue", () => {
    const kinds = new Set(all.map(([, template]) => template.id));
    expect([...kinds]).toEqual(documentCatalogue.map((entry) => entry.id));
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
    const report = all.find(([name]) => name === "annual-report")!;
    const result = safeRender(report[1], report[2], { settings, language: "nl" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const profile of profiles) {
      expect(result.document.html).not.toContain(profile.familyName);
      expect(result.document.html).not.toContain(profile.trajectoryId);
    }
  });
});
