import {
  groupEventTypes,
  LANGUAGES,
  type Language,
  type TrajectoryPhase,
  timepoints,
  tracks,
  trajectoryEventTypes,
  trajectoryPhases,
} from "@miriam/schemas";
import { describe, expect, it } from "vitest";
import { phaseDiagram } from "./phase-diagram";

const phase = (code: TrajectoryPhase, language: Language) => trajectoryPhases.label(code, language);
const event = (code: string, language: Language) =>
  trajectoryEventTypes.label(code as "plan.agreed", language);

interface Arrow {
  readonly from: string;
  readonly to: string;
  readonly label: string;
}

/** The boxes and arrows of a diagram, by their text (● for the start). */
function read(diagram: string): { boxes: string[]; arrows: Arrow[] } {
  const names = new Map<string, string>();
  for (const match of diagram.matchAll(/^\s+(\w+)[([]"(.*)"[)\]]$/gm))
    names.set(match[1]!, match[2]!);
  // The phase that frames what it records: a subgraph with a bold Markdown title.
  for (const match of diagram.matchAll(/^\s+subgraph (\w+)\["`\*\*(.*)\*\*`"\]$/gm))
    names.set(match[1]!, match[2]!);
  const arrows = [...diagram.matchAll(/^\s+(\w+) (?:-->|==>)\|"(.*)"\| (\w+)$/gm)].flatMap(
    (match) =>
      match[2]!.split("<br>").map((label) => ({
        from: names.get(match[1]!) ?? "●",
        to: names.get(match[3]!) ?? "?",
        label,
      })),
  );
  return { boxes: [...names.values()], arrows };
}
const arrows = (diagram: string) =>
  read(diagram).arrows.map(({ from, to, label }) => `${from} → ${to} : ${label}`);

const cases = LANGUAGES.flatMap((language) =>
  trajectoryPhases.codes.map((code) => [code, language] as const),
);

describe("a phase's diagram", () => {
  it.each(cases)("of %s in %s speaks the reader's language, never the code's", (code, language) => {
    const diagram = phaseDiagram(code, language);
    expect(diagram.startsWith("flowchart LR\n")).toBe(true);
    const phases = trajectoryPhases.codes.map((c) => phase(c, language));
    const events = [
      ...trajectoryEventTypes.codes.map((c) => event(c, language)),
      groupEventTypes.label("group-session.held", language),
    ];
    const { boxes, arrows } = read(diagram);
    expect(boxes).toContain(phase(code === "end-measurement" ? "active" : code, language));
    // Every box is a phase, a range of phases, a state named by its event, or a list of
    // recorded events; every arrow is an event, with the measurement's timepoint.
    const isPhaseOrRange = (text: string) =>
      text.split(" – ").every((part) => phases.includes(part)) || events.includes(text);
    const isEvent = (text: string) =>
      events.includes(text) ||
      timepoints.codes.some(
        (t) =>
          text.endsWith(timepoints.label(t, language)) && events.some((e) => text.startsWith(e)),
      );
    for (const text of boxes) {
      const [title, ...items] = text.split("<br>");
      if (items.length === 0) expect(isPhaseOrRange(text), text).toBe(true);
      else {
        expect(title, text).toMatch(/:$/);
        for (const item of items) expect(isEvent(item.replace(/^• /, "")), item).toBe(true);
      }
    }
    for (const arrow of arrows) expect(isEvent(arrow.label), arrow.label).toBe(true);
  });

  it.each(LANGUAGES)(
    "follows the method's order, each step named by its event, in %s",
    (language) => {
      const order: [TrajectoryPhase, string, TrajectoryPhase][] = [
        ["referral", "information-talk.held", "information-talk"],
        ["information-talk", "consent.given", "intake"],
        ["intake", "intake.held", "baseline"],
        ["baseline", "measurement.recorded", "personal-plan"],
        ["personal-plan", "plan.agreed", "active"],
        ["active", "measurement.recorded", "evaluation"],
        ["evaluation", "evaluation.held", "handover"],
        ["handover", "handover.done", "follow-up"],
      ];
      for (const [from, type, to] of order) {
        const step = `${phase(from, language)} → ${phase(to, language)} : ${event(type, language)}`;
        expect(
          arrows(phaseDiagram(from, language)).some((a) => a.startsWith(step)),
          step,
        ).toBe(true);
        // The arrow in comes from the phase, or from the range of phases that holds it.
        const into = read(phaseDiagram(to, language)).arrows.find(
          (a) => a.to === phase(to, language) && a.label.startsWith(event(type, language)),
        );
        expect(into?.from, step).toContain(phase(from, language));
      }
      expect(arrows(phaseDiagram("referral", language))).toContain(
        `● → ${phase("referral", language)} : ${event("trajectory.referred", language)}`,
      );
    },
  );

  it.each(LANGUAGES)(
    "names the measurement's timepoint where it moves her on, in %s",
    (language) => {
      const t0 = `${event("measurement.recorded", language)}`;
      expect(phaseDiagram("baseline", language)).toContain(timepoints.label("t0", language));
      expect(phaseDiagram("end-measurement", language)).toContain(timepoints.label("t1", language));
      expect(phaseDiagram("end-measurement", language)).toContain("==>");
      expect(phaseDiagram("active", language)).toContain(t0);
    },
  );

  it.each(LANGUAGES)(
    "shows that every phase after enrolment can pause, resume and close, in %s",
    (language) => {
      const enrolled = trajectoryPhases.codes.slice(
        trajectoryPhases.codes.indexOf("intake"),
        trajectoryPhases.codes.indexOf("closed"),
      );
      for (const code of enrolled.filter((c) => c !== "end-measurement")) {
        const lines = arrows(phaseDiagram(code, language));
        const paused = event("trajectory.paused", language);
        expect(lines).toContain(`${phase(code, language)} → ${paused} : ${paused}`);
        expect(lines).toContain(
          `${paused} → ${phase(code, language)} : ${event("trajectory.resumed", language)}`,
        );
        expect(lines).toContain(
          `${phase(code, language)} → ${phase("closed", language)} : ${event("trajectory.closed", language)}`,
        );
      }
      // Before she enrols there is nothing to pause.
      for (const code of ["referral", "information-talk"] as const)
        expect(phaseDiagram(code, language)).not.toContain(event("trajectory.paused", language));
    },
  );

  it.each(LANGUAGES)(
    "draws the active phase's two tracks with what each records, in %s",
    (language) => {
      const diagram = phaseDiagram("active", language);
      expect(diagram).toContain(`${tracks.label("individual", language)}`);
      expect(diagram).toContain(`${tracks.label("collective", language)}`);
      expect(diagram).toMatch(
        new RegExp(`${tracks.label("individual", language)}[^"]*${event("review.held", language)}`),
      );
      expect(diagram).toContain(event("goal.added", language));
      expect(diagram).toContain(event("contact.held", language));
    },
  );

  it("shows every way into the closed phase", () => {
    const lines = arrows(phaseDiagram("closed", "en")).map((line) => line.split(" → ")[0]);
    expect(lines).toContain("referral – information talk");
    expect(lines).toContain("intake – follow-up");
    expect(lines).toContain("consent withdrawn");
  });
});
