import { describe, expect, it } from "vitest";
import type { GroupEventOf, TrajectoryEvent, TrajectoryEventOf } from "../schemas/events";
import { validate } from "../validation/validate";
import { lifeDomains, outcomeIndicators } from "../vocabulary";
import { eligibilityEditions } from "./eligibility-editions";
import { exampleCohort } from "./example-cohort";
import { selfEvaluationInstrument } from "./self-evaluation";

const cohort = exampleCohort();
const { settings, profiles, groupEvents, trajectoryEvents } = cohort;

// ---- derived from the events, never from a table of the expected results ----

const byTrajectory = new Map<string, TrajectoryEvent[]>();
for (const event of trajectoryEvents)
  byTrajectory.set(event.trajectoryId, [...(byTrajectory.get(event.trajectoryId) ?? []), event]);
const trajectories = [...byTrajectory.entries()];

function first<T extends TrajectoryEvent["type"]>(events: readonly TrajectoryEvent[], type: T) {
  return events.find((event): event is TrajectoryEventOf<T> => event.type === type);
}
function all<T extends TrajectoryEvent["type"]>(events: readonly TrajectoryEvent[], type: T) {
  return events.filter((event): event is TrajectoryEventOf<T> => event.type === type);
}
const closingOf = (events: readonly TrajectoryEvent[]) => first(events, "trajectory.closed")!;
const withOutcome = (outcome: string) =>
  trajectories.filter(([, events]) => closingOf(events).data.outcome === outcome);

const enrolled = trajectories.filter(([, events]) => first(events, "consent.given"));
const enrolledIds = new Set(enrolled.map(([id]) => id));
const declined = withOutcome("declined");
const droppedOut = withOutcome("dropped-out");
const completed = withOutcome("completed");
const leftEarly = withOutcome("positive-early-exit");
const sessions = groupEvents.filter(
  (event): event is GroupEventOf<"group-session.held"> => event.type === "group-session.held",
);

const DAY_MS = 86_400_000;
const localDate = (at: string) => at.slice(0, 10);
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(localDate(to)) - Date.parse(localDate(from))) / DAY_MS);
const instant = (at: string) => Date.parse(at);

// Events that hold personal data: none may come before her consent.
const BEFORE_CONSENT = new Set([
  "trajectory.referred",
  "information-talk.held",
  "trajectory.closed",
]);
// Events of the active phase, between the plan and the end measurement.
const ACTIVE = new Set([
  "contact.held",
  "referral.made",
  "right.updated",
  "goal.added",
  "goal.updated",
  "review.held",
  "signal.raised",
  "trajectory.paused",
  "trajectory.resumed",
]);

describe("the example cohort validates", () => {
  it("every trajectory event, also after a trip through JSON", () => {
    const problems = trajectoryEvents.flatMap((event) => {
      const result = validate("trajectory-event", JSON.parse(JSON.stringify(event)));
      return result.ok ? [] : result.problems.map((problem) => `${event.id}: ${problem.message}`);
    });
    expect(problems).toEqual([]);
    expect(trajectoryEvents.length).toBeGreaterThan(500);
  });

  it("every group event, profile and the settings", () => {
    const problems = [
      ...groupEvents.map((event) => validate("group-event", event)),
      ...profiles.map((profile) => validate("participant-profile", profile)),
      validate("project-settings", settings),
    ].flatMap((result) => (result.ok ? [] : result.problems));
    expect(problems).toEqual([]);
  });

  it("is the same on every call, and a new copy each time", () => {
    const again = exampleCohort();
    expect(again).toEqual(cohort);
    expect(again.trajectoryEvents).not.toBe(cohort.trajectoryEvents);
    expect(again.trajectoryEvents[0]).not.toBe(cohort.trajectoryEvents[0]);
  });
});

describe("the example cohort's shape", () => {
  it("is one group of 14 mothers at OCMW Gent, in Flanders, in NL and FR, for 10 months", () => {
    expect(settings.ocmw.name).toBe("OCMW Gent");
    expect(settings.region).toBe("flanders");
    expect(settings.languages).toEqual(["nl", "fr"]);
    expect(settings.trajectoryLengthMonths).toBe(10);
    expect(settings.groups).toHaveLength(1);
    const groupId = settings.groups[0]!.id;
    expect(new Set(groupEvents.map((event) => event.groupId))).toEqual(new Set([groupId]));
    for (const [, events] of trajectories) {
      const referral = first(events, "trajectory.referred")!;
      expect(referral.data.projectId).toBe(settings.id);
      expect(referral.data.groupId).toBe(groupId);
    }
  });

  it("has 15 trajectories: 14 enrolled (12 completed, 1 left early for work, 1 dropped out) and 1 declined", () => {
    expect(trajectories).toHaveLength(15);
    expect(enrolled).toHaveLength(14);
    expect(completed).toHaveLength(12);
    expect(leftEarly).toHaveLength(1);
    expect(droppedOut).toHaveLength(1);
    expect(declined).toHaveLength(1);
    expect(completed.length + leftEarly.length + droppedOut.length).toBe(enrolled.length);
  });

  it("the declined mother has only her referral, her information talk and the closing", () => {
    const [, events] = declined[0]!;
    expect(events.map((event) => event.type)).toEqual([
      "trajectory.referred",
      "information-talk.held",
      "trajectory.closed",
    ]);
    expect(first(events, "information-talk.held")!.data.decision).toBe("declined");
    expect(enrolledIds.has(declined[0]![0])).toBe(false);
  });

  it("the drop-out and the early exit for work have their reasons, and neither t1, evaluation nor handover", () => {
    const reasons = [...droppedOut, ...leftEarly].map(([, events]) => {
      const { data } = closingOf(events);
      return data.outcome === "dropped-out" || data.outcome === "positive-early-exit"
        ? data.reason
        : undefined;
    });
    expect(reasons).toEqual(expect.arrayContaining(["found-work"]));
    expect(new Set(reasons).size).toBe(2);
    expect(reasons).not.toContain(undefined);
    for (const [, events] of [...droppedOut, ...leftEarly]) {
      expect(
        all(events, "measurement.recorded").map((event) => event.data.timepoint),
      ).not.toContain("t1");
      expect(first(events, "evaluation.held")).toBeUndefined();
      expect(first(events, "handover.done")).toBeUndefined();
    }
  });

  it("one mother pauses once and resumes, with nothing in between", () => {
    const paused = trajectories.filter(([, events]) => first(events, "trajectory.paused"));
    expect(paused).toHaveLength(1);
    const [, events] = paused[0]!;
    const at = events.findIndex((event) => event.type === "trajectory.paused");
    expect(events[at + 1]!.type).toBe("trajectory.resumed");
    expect(all(events, "trajectory.resumed")).toHaveLength(1);
    expect(closingOf(events).data.outcome).toBe("completed");
  });

  it("has a profile for each enrolled mother and for no one else", () => {
    expect(profiles.map((profile) => profile.trajectoryId).sort()).toEqual([...enrolledIds].sort());
  });

  it("records each profile at or after her consent", () => {
    for (const profile of profiles) {
      const consent = first(byTrajectory.get(profile.trajectoryId)!, "consent.given")!;
      expect(instant(profile.recordedAt)).toBeGreaterThanOrEqual(instant(consent.at));
    }
  });

  it("has 25 to 60 events for each mother who completed", () => {
    for (const [, events] of completed) {
      expect(events.length).toBeGreaterThanOrEqual(25);
      expect(events.length).toBeLessThanOrEqual(60);
    }
  });

  it("has intakes mostly at home, some at the office", () => {
    const locations = enrolled.map(([, events]) => first(events, "intake.held")!.data.location);
    const home = locations.filter((location) => location === "home").length;
    const office = locations.filter((location) => location === "office").length;
    expect(home).toBeGreaterThan(locations.length / 2);
    expect(office).toBeGreaterThan(0);
  });

  it("hands over to a social worker, except one mother who needs no further support", () => {
    const handovers = completed.map(([, events]) => first(events, "handover.done")!.data);
    expect(handovers.filter((handover) => handover.to === "none-needed")).toHaveLength(1);
    for (const handover of handovers)
      if (handover.to === "social-worker") expect(handover.receivingWorkerId).toMatch(/^mw-\d+$/);
  });

  it("raises one or two anonymised policy signals, and reviews some plans mid-term", () => {
    const signals = trajectoryEvents.filter((event) => event.type === "signal.raised");
    expect(signals.length).toBeGreaterThanOrEqual(1);
    expect(signals.length).toBeLessThanOrEqual(2);
    expect(trajectoryEvents.filter((event) => event.type === "review.held").length).toBeGreaterThan(
      0,
    );
  });

  it("never uses follow-up.held", () => {
    expect(trajectoryEvents.filter((event) => event.type === "follow-up.held")).toEqual([]);
  });
});

describe("the example cohort's events follow the method's order", () => {
  it.each(trajectories)("%s: in time order", (_, events) => {
    for (let i = 1; i < events.length; i++)
      expect(instant(events[i]!.at)).toBeGreaterThanOrEqual(instant(events[i - 1]!.at));
  });

  it("every event id is unique, in trajectories and the group log", () => {
    const ids = [...trajectoryEvents, ...groupEvents].map((event) => event.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("the trajectory events are sorted by time overall", () => {
    const times = trajectoryEvents.map((event) => instant(event.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it.each(trajectories)(
    "%s: referral first, eligible under the 2023 call, closed last",
    (_, events) => {
      const rules = eligibilityEditions["call-2023"];
      const referral = events[0]!;
      expect(referral.type).toBe("trajectory.referred");
      if (referral.type !== "trajectory.referred") return;
      expect(referral.data.eligibility.singleMother).toBe(rules.singleMother);
      expect(referral.data.eligibility.services.length).toBeGreaterThan(0);
      for (const service of referral.data.eligibility.services)
        expect(rules.services).toContain(service);
      expect(events[1]!.type).toBe("information-talk.held");
      expect(events.at(-1)!.type).toBe("trajectory.closed");
      expect(all(events, "trajectory.closed")).toHaveLength(1);
    },
  );

  it.each(enrolled)(
    "%s: consent before any personal data, then intake, t0 and plan",
    (_, events) => {
      const types = events.map((event) => event.type);
      const consent = types.indexOf("consent.given");
      for (const [i, type] of types.entries())
        if (!BEFORE_CONSENT.has(type) && type !== "consent.given")
          expect(i).toBeGreaterThan(consent);
      expect(first(events, "consent.given")!.data.scopes).toContain("processing");

      const intake = types.indexOf("intake.held");
      const t0 = events.findIndex(
        (event) => event.type === "measurement.recorded" && event.data.timepoint === "t0",
      );
      const plan = types.indexOf("plan.agreed");
      expect(consent).toBeLessThan(intake);
      expect(intake).toBeLessThan(t0);
      expect(t0).toBeLessThan(plan);
      expect(daysBetween(events[intake]!.at, events[plan]!.at)).toBeLessThanOrEqual(42);
      for (const goal of first(events, "plan.agreed")!.data.goals) {
        expect(goal.owner).toBe("participant");
        expect(lifeDomains.has(goal.domain)).toBe(true);
      }
      // The active phase lies between the plan and the end measurement or the drop-out.
      const end = events.findIndex(
        (event) =>
          (event.type === "measurement.recorded" && event.data.timepoint === "t1") ||
          event.type === "trajectory.closed",
      );
      for (const [i, type] of types.entries())
        if (ACTIVE.has(type)) {
          expect(i).toBeGreaterThan(plan);
          expect(i).toBeLessThan(end);
        }
    },
  );

  it.each(completed)("%s: ends with t1, evaluation, handover and closing", (_, events) => {
    expect(events.slice(-4).map((event) => event.type)).toEqual([
      "measurement.recorded",
      "evaluation.held",
      "handover.done",
      "trajectory.closed",
    ]);
    const t1 = events.at(-4)!;
    expect(t1.type === "measurement.recorded" && t1.data.timepoint).toBe("t1");
    // Ten months, within the fidelity range of 8 to 14.
    const months = daysBetween(first(events, "intake.held")!.at, events.at(-1)!.at) / 30.44;
    expect(months).toBeGreaterThanOrEqual(8);
    expect(months).toBeLessThanOrEqual(14);
  });

  it.each(enrolled)(
    "%s: goal updates follow their goal, a goal only moves forward",
    (_, events) => {
      const goals = new Map(
        first(events, "plan.agreed")!.data.goals.map((goal) => [goal.id, goal.status ?? "open"]),
      );
      const order = ["open", "in-progress", "achieved"];
      for (const event of events) {
        if (event.type === "goal.added") {
          expect(goals.has(event.data.goal.id)).toBe(false);
          goals.set(event.data.goal.id, event.data.goal.status ?? "open");
        }
        if (event.type === "goal.updated") {
          const before = goals.get(event.data.goalId);
          expect(before).toBeDefined();
          if (event.data.status !== "dropped")
            expect(order.indexOf(event.data.status)).toBeGreaterThan(order.indexOf(before!));
          goals.set(event.data.goalId, event.data.status);
        }
      }
    },
  );
});

describe("the example cohort's content", () => {
  it("uses Belgian local time: +02:00 in summer time, +01:00 in winter", () => {
    const brussels = new Intl.DateTimeFormat("en-CA", {
      timeZone: "Europe/Brussels",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    const local = (at: string) => {
      const parts = Object.fromEntries(
        brussels.formatToParts(new Date(at)).map((part) => [part.type, part.value]),
      );
      return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
    };
    const stamps = [
      ...trajectoryEvents.map((event) => event.at),
      ...groupEvents.map((event) => event.at),
      ...profiles.map((profile) => profile.recordedAt),
    ];
    for (const at of stamps) {
      expect(at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\+0[12]:00$/);
      expect(local(at)).toBe(at.slice(0, 16));
    }
    // Both offsets occur: the year crosses the end (26 Oct 2025) and start (29 Mar 2026) of DST.
    expect(new Set(stamps.map((at) => at.slice(-6)))).toEqual(new Set(["+01:00", "+02:00"]));
  });

  it("names people only in the profiles", () => {
    const serialised = JSON.stringify([settings, groupEvents, trajectoryEvents]).toLowerCase();
    for (const profile of profiles) {
      for (const name of [profile.givenName, profile.familyName])
        expect(serialised, `${profile.trajectoryId}'s name`).not.toContain(name.toLowerCase());
      if (profile.email) expect(serialised).not.toContain(profile.email.toLowerCase());
      if (profile.address) expect(serialised).not.toContain(profile.address.street.toLowerCase());
    }
  });

  it("refers to people by pseudonymous ids only", () => {
    for (const event of trajectoryEvents) {
      expect(event.trajectoryId).toMatch(/^gent-2025-a-\d\d$/);
      expect(event.by).toMatch(/^(cm|mw|co)-\d\d$/);
    }
  });

  it("sets goals in her own words, first person, across most life domains", () => {
    const goals = enrolled.flatMap(([, events]) => [
      ...first(events, "plan.agreed")!.data.goals,
      ...all(events, "goal.added").map((event) => event.data.goal),
    ]);
    for (const goal of goals) {
      expect(goal.description).toMatch(/^Ik /);
      expect(goal.description.length).toBeLessThanOrEqual(100);
    }
    expect(new Set(goals.map((goal) => goal.domain)).size).toBeGreaterThanOrEqual(9);
  });

  it("moves rights from eligible to applied to granted, and some are refused", () => {
    const next: Record<string, readonly string[]> = {
      unknown: ["eligible", "not-applicable"],
      eligible: ["applied"],
      applied: ["granted", "refused"],
    };
    const statuses = new Map<string, string[]>();
    for (const event of trajectoryEvents)
      if (event.type === "right.updated") {
        const key = `${event.trajectoryId} ${event.data.right}`;
        statuses.set(key, [...(statuses.get(key) ?? []), event.data.status]);
      }
    for (const [key, steps] of statuses)
      for (let i = 1; i < steps.length; i++)
        expect(next[steps[i - 1]!] ?? [], `${key}: ${steps.join(" > ")}`).toContain(steps[i]);
    const chains = [...statuses.values()].map((steps) => steps.join(">"));
    expect(chains).toContain("eligible>applied>granted");
    expect(chains.some((chain) => chain.endsWith("refused"))).toBe(true);
  });

  it("refers mothers to partner organisations", () => {
    const referrals = trajectoryEvents.filter((event) => event.type === "referral.made");
    expect(referrals.length).toBeGreaterThanOrEqual(enrolled.length);
    expect(new Set(referrals.map((event) => event.data.partner)).size).toBeGreaterThanOrEqual(8);
  });

  it("holds individual contacts in several ways, at most 14 days apart while active, but for one mother", () => {
    const modes = new Set(all(trajectoryEvents, "contact.held").map((event) => event.data.mode));
    expect(modes.size).toBeGreaterThanOrEqual(4);
    const longestGaps = enrolled.map(([, events]) => {
      // Active stretches: from the plan (or a resumption) to a pause, t1 or the closing.
      const stretches: string[][] = [];
      let current: string[] | undefined;
      for (const event of events) {
        if (event.type === "plan.agreed" || event.type === "trajectory.resumed") {
          current = [event.at];
          stretches.push(current);
        } else if (event.type === "trajectory.paused") {
          current = undefined;
        } else if (
          event.type === "contact.held" ||
          (event.type === "measurement.recorded" && event.data.timepoint === "t1")
        ) {
          current?.push(event.at);
        }
      }
      let longest = 0;
      for (const days of stretches)
        for (let i = 1; i < days.length; i++)
          longest = Math.max(longest, daysBetween(days[i - 1]!, days[i]!));
      return longest;
    });
    expect(longestGaps.filter((gap) => gap > 14)).toHaveLength(1);
    expect(Math.max(...longestGaps)).toBeLessThanOrEqual(31);
  });

  it("measures at t0 and t1 with the kit's instrument: every applicable item, 0-10 or no answer", () => {
    const measurements = all(trajectoryEvents, "measurement.recorded");
    let missing = 0;
    for (const { data } of measurements) {
      expect(data.instrument).toEqual({
        id: selfEvaluationInstrument.id,
        version: selfEvaluationInstrument.version,
      });
      const applicable = selfEvaluationInstrument.items.filter(
        (item) => item.timepoints === undefined || item.timepoints.includes(data.timepoint),
      );
      expect(Object.keys(data.answers).sort()).toEqual(applicable.map((item) => item.id).sort());
      for (const item of applicable) {
        const answer = data.answers[item.id];
        if (answer === null) {
          missing++;
          continue;
        }
        expect(Number.isInteger(answer)).toBe(true);
        if (item.response === "yes-no") expect([0, 1]).toContain(answer);
        else expect(answer).toBeGreaterThanOrEqual(0);
        expect(answer).toBeLessThanOrEqual(10);
      }
      if (data.timepoint === "mid") expect(data.indicators).toBeUndefined();
      else
        expect(Object.keys(data.indicators ?? {}).sort()).toEqual(
          [...outcomeIndicators.codes].sort(),
        );
    }
    expect(missing).toBeGreaterThan(0);
    const timepoints = (events: readonly TrajectoryEvent[]) =>
      all(events, "measurement.recorded").map((event) => event.data.timepoint);
    for (const [, events] of enrolled)
      expect(timepoints(events).filter((tp) => tp === "t0")).toHaveLength(1);
    for (const [, events] of completed)
      expect(timepoints(events).filter((tp) => tp === "t1")).toHaveLength(1);
    expect(measurements.some((event) => event.data.timepoint === "mid")).toBe(true);
  });

  it("shows mostly improvement from t0 to t1, with a few declines", () => {
    const reverse = new Set(
      selfEvaluationInstrument.items.filter((item) => item.reverse).map((item) => item.id),
    );
    let better = 0;
    let worse = 0;
    let yes = 0;
    for (const [, events] of completed) {
      const answers = (timepoint: string) =>
        all(events, "measurement.recorded").find((event) => event.data.timepoint === timepoint)!
          .data.answers;
      const t0 = answers("t0");
      const t1 = answers("t1");
      if (t1["overall-improvement"] === 1) yes++;
      for (const [item, after] of Object.entries(t1)) {
        const before = t0[item];
        if (typeof before !== "number" || typeof after !== "number") continue;
        const change = reverse.has(item) ? before - after : after - before;
        if (change > 0) better++;
        if (change < 0) worse++;
      }
    }
    expect(better).toBeGreaterThan(3 * worse);
    expect(worse).toBeGreaterThan(0);
    expect(yes).toBeGreaterThanOrEqual(completed.length * 0.7);
    expect(yes).toBeLessThan(completed.length);
  });
});

describe("the example cohort's group log", () => {
  const closedOn = (events: readonly TrajectoryEvent[]) => closingOf(events).at;
  const planOn = (events: readonly TrajectoryEvent[]) => first(events, "plan.agreed")!.at;

  it("opens first and closes last, with sessions at most 14 days apart", () => {
    expect(groupEvents[0]!.type).toBe("group.opened");
    expect(groupEvents.at(-1)!.type).toBe("group.closed");
    expect(sessions.length).toBeGreaterThanOrEqual(18);
    for (let i = 1; i < sessions.length; i++) {
      const gap = daysBetween(sessions[i - 1]!.data.date, sessions[i]!.data.date);
      expect(gap).toBeGreaterThan(0);
      expect(gap).toBeLessThanOrEqual(14);
    }
    for (const session of sessions) expect(localDate(session.at)).toBe(session.data.date);
  });

  it("covers budget, childcare, rights and self-confidence, with outings with the children", () => {
    const topics = sessions.map((session) => session.data.topic.toLowerCase()).join(" | ");
    for (const topic of ["budget", "kinderopvang", "rechten", "zelfvertrouwen"])
      expect(topics).toContain(topic);
    expect(
      sessions.some((session) => session.data.kind === "outing" && session.data.withChildren),
    ).toBe(true);
  });

  it("records each attendee once, by the trajectory id of an enrolled mother", () => {
    for (const session of sessions) {
      const { attendees } = session.data;
      expect(new Set(attendees).size).toBe(attendees.length);
      for (const id of attendees) expect(enrolledIds.has(id)).toBe(true);
      expect(attendees.length).toBeGreaterThan(0);
    }
  });

  it("has mothers attend only between their plan and their closing", () => {
    for (const [id, events] of enrolled) {
      for (const session of sessions.filter((s) => s.data.attendees.includes(id))) {
        expect(instant(session.at), id).toBeGreaterThan(instant(planOn(events)));
        expect(instant(session.at), id).toBeLessThan(instant(closedOn(events)));
      }
    }
  });

  it("has the drop-outs stop attending after they left", () => {
    for (const [id, events] of droppedOut) {
      const after = sessions.filter((session) => instant(session.at) > instant(closedOn(events)));
      expect(after.length).toBeGreaterThan(0);
      for (const session of after) expect(session.data.attendees).not.toContain(id);
      expect(sessions.some((session) => session.data.attendees.includes(id))).toBe(true);
    }
  });

  it("has the paused mother absent during her pause, and back after", () => {
    const [id, events] = trajectories.find(([, e]) => first(e, "trajectory.paused"))!;
    const from = instant(first(events, "trajectory.paused")!.at);
    const to = instant(first(events, "trajectory.resumed")!.at);
    const during = sessions.filter((s) => instant(s.at) > from && instant(s.at) < to);
    expect(during.length).toBeGreaterThan(0);
    for (const session of during) expect(session.data.attendees).not.toContain(id);
    expect(sessions.some((s) => instant(s.at) > to && s.data.attendees.includes(id))).toBe(true);
  });

  it("never has the declined mother", () => {
    const [id] = declined[0]!;
    for (const session of sessions) expect(session.data.attendees).not.toContain(id);
  });

  it("hands certificates over to those at the closing event", () => {
    const closing = sessions.at(-1)!;
    for (const [id, events] of completed)
      expect(first(events, "evaluation.held")!.data.certificateHandedOver, id).toBe(
        closing.data.attendees.includes(id),
      );
  });
});
