import {
  exampleCohort,
  lifeDomains,
  type TrajectoryEvent,
  type TrajectoryEventOf,
  upcastTrajectoryEvent,
} from "@miriam/schemas";
import { replayProgramme } from "@miriam/trajectory";
import { describe, expect, it } from "vitest";
import { eventsByTrajectory } from "./events-by-trajectory";
import { groupReport } from "./group-report";

// Every expected figure is worked out here from the example cohort's events with plain
// loops, never copied from the report: one group of 14 mothers plus one declined
// referral, September 2025 to June 2026, 12 completed and 2 dropped out.

const cohort = exampleCohort();
const report = groupReport({
  groupEvents: cohort.groupEvents,
  trajectories: eventsByTrajectory(cohort.trajectoryEvents).values(),
});
const ind = report.indicators;

const ofType = <T extends TrajectoryEvent["type"]>(type: T) =>
  cohort.trajectoryEvents.filter((e): e is TrajectoryEventOf<T> => e.type === type);
const measurement = (trajectoryId: string, timepoint: "t0" | "t1") =>
  ofType("measurement.recorded")
    .filter((e) => e.trajectoryId === trajectoryId && e.data.timepoint === timepoint)
    .at(-1);
const trajectoryIds = [...new Set(cohort.trajectoryEvents.map((e) => e.trajectoryId))];

/**
 * A domain's score on the kit's instrument, by hand: its satisfaction item; for the social
 * network also 10 minus "alone with worries" (reverse-coded), averaged; half the items
 * answered is enough.
 */
function domainScore(answers: Readonly<Record<string, number | null>>, domain: string) {
  const values = [answers[`satisfaction-${domain}`] ?? null];
  if (domain === "social-network") {
    const alone = answers["alone-with-worries"];
    values.push(alone === null || alone === undefined ? null : 10 - alone);
  }
  const usable = values.filter((v): v is number => v !== null);
  return usable.length === 0 ? null : usable.reduce((a, b) => a + b, 0) / usable.length;
}

describe("the example cohort's group report", () => {
  it("counts who started, completed, left early for work, declined and dropped out", () => {
    expect(ind.participation).toMatchObject({
      referred: 15,
      declined: 1,
      notStarted: 0,
      started: 14,
      completed: 12,
      positiveEarlyExit: 1,
      droppedOut: 1,
      otherClosed: 0,
      active: 0,
      ended: 14,
    });
    expect(ind.participation.completionRate).toBeCloseTo(12 / 14, 12);
    expect(ind.participation.resultRate).toBeCloseTo(13 / 14, 12);
  });

  it("gives the drop-out reasons, and counts leaving for work as a result, not a drop-out", () => {
    const reasons: Record<string, number> = {};
    const positive: Record<string, number> = {};
    for (const e of ofType("trajectory.closed")) {
      // Read as every reader of the format does: an older closing as what it means today.
      const { data } = upcastTrajectoryEvent(e);
      if (data.outcome === "dropped-out") reasons[data.reason] = (reasons[data.reason] ?? 0) + 1;
      if (data.outcome === "positive-early-exit")
        positive[data.reason] = (positive[data.reason] ?? 0) + 1;
    }
    expect(Object.values(reasons).reduce((a, b) => a + b, 0)).toBe(1);
    expect(positive).toEqual({ "found-work": 1 });
    for (const [reason, count] of Object.entries(ind.dropOutByReason))
      expect(count, reason).toBe(reasons[reason] ?? 0);
    for (const [reason, count] of Object.entries(ind.positiveExitByReason))
      expect(count, reason).toBe(positive[reason] ?? 0);
  });

  it("gives the headline: the share saying their situation is better at t1", () => {
    let answered = 0;
    let yes = 0;
    for (const id of trajectoryIds) {
      const answer = measurement(id, "t1")?.data.answers["overall-improvement"];
      if (answer === undefined || answer === null) continue;
      answered++;
      if (answer === 1) yes++;
    }
    expect(answered).toBeGreaterThan(0);
    expect(ind.overallImprovement.n).toBe(answered);
    expect(ind.overallImprovement.yes).toBe(yes);
    expect(ind.overallImprovement.share).toBeCloseTo(yes / answered, 12);
  });

  it("gives the mean change per domain, the reverse-coded item included", () => {
    for (const domain of ["finances", "social-network", "childcare"]) {
      let n = 0;
      let sum = 0;
      for (const id of trajectoryIds) {
        const t0 = measurement(id, "t0");
        const t1 = measurement(id, "t1");
        if (t0 === undefined || t1 === undefined) continue;
        const before = domainScore(t0.data.answers, domain);
        const after = domainScore(t1.data.answers, domain);
        if (before === null || after === null) continue;
        n++;
        sum += after - before;
      }
      const figure = ind.domains.find((d) => d.domain === domain)!;
      expect(figure.n, domain).toBe(n);
      expect(figure.meanChange, domain).toBeCloseTo(sum / n, 12);
    }
  });

  it("gives the share that improved in at least one life domain", () => {
    let paired = 0;
    let improved = 0;
    for (const id of trajectoryIds) {
      const t0 = measurement(id, "t0")?.data.answers;
      const t1 = measurement(id, "t1")?.data.answers;
      if (t0 === undefined || t1 === undefined) continue;
      paired++;
      const rose = lifeDomains.codes.some((domain) => {
        const before = domainScore(t0, domain);
        const after = domainScore(t1, domain);
        return before !== null && after !== null && after > before;
      });
      if (rose) improved++;
    }
    expect(ind.improvedInAnyDomain.n).toBe(paired);
    expect(ind.improvedInAnyDomain.yes).toBe(improved);
  });

  it("gives each outcome indicator at t0 and t1", () => {
    for (const code of ["regular-gp", "child-maintenance-claimed"] as const) {
      let n = 0;
      let yesT0 = 0;
      let yesT1 = 0;
      for (const id of trajectoryIds) {
        const a = measurement(id, "t0")?.data.indicators?.[code];
        const b = measurement(id, "t1")?.data.indicators?.[code];
        if (a === undefined || b === undefined) continue;
        n++;
        if (a) yesT0++;
        if (b) yesT1++;
      }
      const figure = ind.outcomeIndicators.find((i) => i.indicator === code)!;
      expect(figure).toMatchObject({ n, yesT0, yesT1, noT0: n - yesT0, noT1: n - yesT1 });
      expect(figure.shareT1).toBeCloseTo(yesT1 / n, 12);
    }
  });

  it("gives sessions held, their cadence and attendance", () => {
    const sessions = cohort.groupEvents.flatMap((e) =>
      e.type === "group-session.held" ? [e] : [],
    );
    const dates = sessions.map((s) => Date.parse(s.data.date)).sort((a, b) => a - b);
    const gaps = dates.slice(1).map((d, i) => (d - dates[i]!) / 86_400_000);
    expect(ind.sessions.held).toBe(sessions.length);
    expect(ind.sessions.meanDaysBetween).toBeCloseTo(
      gaps.reduce((a, b) => a + b, 0) / gaps.length,
      9,
    );
    expect(ind.sessions.maxDaysBetween).toBe(Math.max(...gaps));
    const attendees = sessions.reduce((sum, s) => sum + s.data.attendees.length, 0);
    expect(ind.sessions.meanAttendance).toBeCloseTo(attendees / sessions.length, 12);
    expect(report.sessions.map((s) => s.attendees)).toEqual(
      [...sessions]
        .sort((a, b) => a.data.date.localeCompare(b.data.date))
        .map((s) => s.data.attendees.length),
    );
  });

  it("gives individual contacts per participant-month, paused time left out", () => {
    let contacts = 0;
    let days = 0;
    for (const id of trajectoryIds) {
      const events = cohort.trajectoryEvents.filter((e) => e.trajectoryId === id);
      const consent = events.find((e) => e.type === "consent.given");
      if (consent === undefined) continue;
      const closed = events.find((e) => e.type === "trajectory.closed")!;
      contacts += events.filter((e) => e.type === "contact.held").length;
      days += (Date.parse(closed.at) - Date.parse(consent.at)) / 86_400_000;
      const paused = events.find((e) => e.type === "trajectory.paused");
      const resumed = events.find((e) => e.type === "trajectory.resumed");
      if (paused && resumed) days -= (Date.parse(resumed.at) - Date.parse(paused.at)) / 86_400_000;
    }
    expect(ind.contactsPerParticipantMonth).toBeCloseTo(contacts / (days / (365.25 / 12)), 9);
  });

  it("counts the trajectory package's fidelity signals per code", () => {
    const { signals } = replayProgramme({
      trajectoryEvents: cohort.trajectoryEvents,
      groupEvents: cohort.groupEvents,
    });
    const expected: Record<string, number> = {};
    for (const signal of signals) expected[signal.code] = (expected[signal.code] ?? 0) + 1;
    expect(Object.fromEntries(ind.fidelity.map((f) => [f.code, f.count]))).toEqual(expected);
  });

  it("lists every participant by pseudonymous id with her scores", () => {
    expect(report.participants).toHaveLength(15);
    expect(report.participants.filter((p) => p.status === "declined")).toHaveLength(1);
    const completed = report.participants.filter((p) => p.status === "completed");
    expect(completed).toHaveLength(12);
    for (const p of completed) {
      expect(p.scores.t0?.domains.finances).not.toBeUndefined();
      expect(p.overallImprovement).not.toBeNull();
    }
    expect(report.problems).toEqual([]);
    expect(JSON.stringify(report)).not.toMatch(/givenName|familyName/);
  });
});
