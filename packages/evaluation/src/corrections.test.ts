import { exampleCohort, type TrajectoryEvent } from "@miriam/schemas";
import { describe, expect, it } from "vitest";
import { eventsByTrajectory } from "./events-by-trajectory";
import { summariseParticipant } from "./participant";

const cohort = exampleCohort();
const [events] = [...eventsByTrajectory(cohort.trajectoryEvents).values()].filter((log) =>
  log.some((e) => e.type === "measurement.recorded" && e.data.timepoint === "t0"),
) as TrajectoryEvent[][];
const t0 = events!.find((e) => e.type === "measurement.recorded" && e.data.timepoint === "t0")!;
const last = events!.at(-1)!;

describe("a participant's summary reads her events as corrected", () => {
  it("scores a corrected t0 answer, not the one first typed", () => {
    if (t0.type !== "measurement.recorded") throw new Error("not a measurement");
    const before = summariseParticipant(events!);
    const fix: TrajectoryEvent = {
      id: `${t0.id}-fix`,
      trajectoryId: t0.trajectoryId,
      type: "event.corrected",
      at: last.at,
      by: "coordinator-1",
      data: {
        eventId: t0.id,
        reason: "typing-error",
        corrected: { data: { answers: { ...t0.data.answers, "satisfaction-housing": 9 } } },
      },
    };
    const after = summariseParticipant([...events!, fix]);
    expect(before.scores.t0?.domains.housing).toBe(t0.data.answers["satisfaction-housing"]);
    expect(after.scores.t0?.domains.housing).toBe(9);
    expect(after.problems).toEqual(before.problems);
  });

  it("leaves a voided contact out of her contacts", () => {
    const contact = events!.find((e) => e.type === "contact.held")!;
    const voided: TrajectoryEvent = {
      id: `${contact.id}-void`,
      trajectoryId: contact.trajectoryId,
      type: "event.voided",
      at: last.at,
      by: "coordinator-1",
      data: { eventId: contact.id, reason: "recorded-twice" },
    };
    expect(summariseParticipant([...events!, voided]).contacts).toBe(
      summariseParticipant(events!).contacts - 1,
    );
  });
});
