import { exampleCohort, type TrajectoryEvent } from "@miriam/schemas";
import { describe, expect, it } from "vitest";
import { contactLogFromEvents } from "./from-events";

// A document prints her events as corrected: the replay resolves corrections and voids
// before any document reads them.
const cohort = exampleCohort();
const profile = cohort.profiles[0]!;
const events = cohort.trajectoryEvents.filter((e) => e.trajectoryId === profile.trajectoryId);
const [first, second] = events.filter((e) => e.type === "contact.held");
const last = events.at(-1)!;

const amendment = (id: string, data: Record<string, unknown>, type: string) =>
  ({
    id,
    trajectoryId: profile.trajectoryId,
    type,
    at: last.at,
    by: "co-01",
    data,
  }) as TrajectoryEvent;

describe("documents read the corrected log", () => {
  it("print a corrected contact's minutes and leave a voided one out", () => {
    const before = contactLogFromEvents({ profile, events });
    const after = contactLogFromEvents({
      profile,
      events: [
        ...events,
        amendment(
          "fix-1",
          { eventId: first!.id, reason: "typing-error", corrected: { data: { minutes: 123 } } },
          "event.corrected",
        ),
        amendment("void-1", { eventId: second!.id, reason: "recorded-twice" }, "event.voided"),
      ],
    });
    expect(after.contacts).toHaveLength(before.contacts.length - 1);
    expect(after.contacts[0]!.minutes).toBe(123);
    expect(after.contacts.map((c) => c.at)).not.toContain(second!.at);
  });
});
