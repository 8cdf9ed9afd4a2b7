import { describe, expect, it } from "vitest";
import { validate } from "../validation/validate";
import { groupEvent, InvalidEventError, trajectoryEvent } from "./event-builders";

describe("trajectoryEvent", () => {
  it("fills in the id and the time (Brussels, with its offset) and returns a valid event", () => {
    const event = trajectoryEvent("information-talk.held", {
      trajectoryId: "gent-2026-b-03",
      by: "cm-01",
      data: { decision: "interested" },
    });
    expect(event.id).toMatch(/^gent-2026-b-03\.[0-9a-f]{12}$/);
    expect(event.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0[12]:00$/);
    expect(validate("trajectory-event", event).ok).toBe(true);
  });

  it("gives every event its own id", () => {
    const make = () =>
      trajectoryEvent("information-talk.held", {
        trajectoryId: "t-1",
        by: "cm-01",
        data: { decision: "interested" },
      }).id;
    expect(new Set(Array.from({ length: 200 }, make)).size).toBe(200);
  });

  it("writes a Date as Brussels time, and keeps a given id and timestamp as they are", () => {
    const winter = trajectoryEvent("consent.given", {
      trajectoryId: "t-1",
      by: "cm-01",
      at: new Date("2026-01-15T09:00:00Z"),
      data: { scopes: ["processing"], noticeVersion: "2026-1" },
    });
    expect(winter.at).toBe("2026-01-15T10:00:00+01:00");
    const given = trajectoryEvent("consent.given", {
      id: "t-1.consent",
      trajectoryId: "t-1",
      by: "cm-01",
      at: "2026-07-01T10:00:00+02:00",
      data: { scopes: ["processing"], noticeVersion: "2026-1" },
    });
    expect([given.id, given.at]).toEqual(["t-1.consent", "2026-07-01T10:00:00+02:00"]);
  });

  it("refuses an invalid event with every problem, never returning it", () => {
    const build = () =>
      trajectoryEvent("trajectory.closed", {
        trajectoryId: "t-1",
        by: "cm-01",
        at: "2026-07-01T10:00:00",
        // A drop-out needs its reason: the types allow this shape, the schema does not.
        data: { outcome: "dropped-out" } as never,
      });
    expect(build).toThrow(InvalidEventError);
    try {
      build();
    } catch (error) {
      const paths = (error as InvalidEventError).problems.map((p) => p.path);
      expect(paths).toContain("$.at");
      expect((error as Error).message).toMatch(/The trajectory\.closed event is not valid/);
    }
  });

  it("checks life domains against the project's own set when given", () => {
    const signal = (domains?: string[]) =>
      trajectoryEvent(
        "signal.raised",
        {
          trajectoryId: "t-1",
          by: "cm-01",
          data: { domain: "language", observation: "Wachtlijst NT2" },
        },
        domains === undefined ? undefined : { domains },
      );
    expect(() => signal()).toThrow(InvalidEventError);
    expect(signal(["language", "housing"]).data.domain).toBe("language");
  });
});

describe("groupEvent", () => {
  it("builds a valid group event with its id and time filled in", () => {
    const session = groupEvent("group-session.held", {
      groupId: "gent-2026-b",
      by: "cm-01",
      data: {
        date: "2026-11-19",
        minutes: 120,
        topic: "Wonen",
        withChildren: false,
        attendees: ["gent-2026-b-03"],
      },
    });
    expect(session.id).toMatch(/^gent-2026-b\.[0-9a-f]{12}$/);
    expect(validate("group-event", session).ok).toBe(true);
  });
});
