import { exampleCohort, sessionDates } from "@miriam/schemas";
import { describe, expect, it } from "vitest";
import { trajectorySource } from "./catalogue";

const cohort = exampleCohort();
const mother = cohort.profiles[0]!;
const events = cohort.trajectoryEvents.filter((e) => e.trajectoryId === mother.trajectoryId);
const group = cohort.settings.groups![0]!;
const planned = sessionDates({
  startDate: group.startDate,
  sessionCadenceDays: group.sessionCadenceDays ?? 14,
  trajectoryLengthMonths: cohort.settings.trajectoryLengthMonths ?? 10,
});

describe("her group's coming sessions on 'My plan'", () => {
  it("are the next three planned dates from the day it is printed, without those held", () => {
    const today = planned[5]!;
    const held = planned.filter((date) =>
      cohort.groupEvents.some((e) => e.type === "group-session.held" && e.data.date === date),
    );
    const source = trajectorySource({
      settings: cohort.settings,
      profile: mother,
      events,
      groupEvents: cohort.groupEvents,
      today,
    });
    const expected = planned
      .filter((date) => date >= today && !held.includes(date))
      .slice(0, 3)
      .map((date) => ({ date }));
    expect(expected).toHaveLength(3);
    expect(source.myPlan).toEqual({ printedOn: today, comingSessions: expected });
  });

  it("leave out a planned date once the session of that day is held", () => {
    const today = planned[5]!;
    const heldToday = {
      ...cohort.groupEvents.find((e) => e.type === "group-session.held")!,
      id: "held-today",
    } as (typeof cohort.groupEvents)[number];
    if (heldToday.type !== "group-session.held") throw new Error("no session in the cohort");
    const source = trajectorySource({
      settings: cohort.settings,
      profile: mother,
      events,
      groupEvents: [
        ...cohort.groupEvents,
        { ...heldToday, data: { ...heldToday.data, date: today } },
      ],
      today,
    });
    expect(source.myPlan?.comingSessions?.map((s) => s.date)).toEqual(planned.slice(6, 9));
  });

  it("are left out without a schedule for her group, and without a day to print on", () => {
    const noSchedule = trajectorySource({
      settings: { ...cohort.settings, groups: [] },
      profile: mother,
      events,
      groupEvents: cohort.groupEvents,
      today: planned[5]!,
    });
    expect(noSchedule.myPlan).toEqual({ printedOn: planned[5] });
    const noDay = trajectorySource({ settings: cohort.settings, profile: mother, events });
    expect(noDay.myPlan).toBeUndefined();
  });
});
