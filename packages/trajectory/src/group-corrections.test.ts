import type { GroupCorrectionEvent, GroupEvent } from "@miriam/schemas";
import { describe, expect, it } from "vitest";
import { groupLog, TrajectoryBuilder } from "./_test-builders";
import { effectiveGroupEvents } from "./group-corrections";
import { groupSessionAttendance, groupSessions } from "./group-sessions";
import { replayProgramme } from "./programme";

let counter = 0;
const correct = (
  eventId: string,
  corrected: { at?: string; data?: Record<string, unknown> },
  groupId = "g-1",
  at = "2025-12-01T10:00:00+01:00",
): GroupCorrectionEvent => ({
  id: `gc-${++counter}`,
  groupId,
  type: "group-event.corrected",
  at,
  by: "w-2",
  data: { eventId, reason: "typing-error", corrected },
});
const voidOf = (eventId: string, at = "2025-12-01T10:00:00+01:00"): GroupCorrectionEvent => ({
  id: `gv-${++counter}`,
  groupId: "g-1",
  type: "group-event.voided",
  at,
  by: "w-2",
  data: { eventId, reason: "did-not-happen" },
});

const log = (): GroupEvent[] => groupLog("g-1", ["2025-09-15", "2025-09-29"], ["m-1", "m-2"]);

describe("corrections of a group's log", () => {
  it("leaves a log without corrections as it was, the same array", () => {
    const events = log();
    expect(effectiveGroupEvents(events).events).toBe(events);
  });

  it("reads a session with its corrected attendance: a mother marked present by mistake is not", () => {
    const events = [...log(), correct("g-1-s2", { data: { attendees: ["m-1"] } })];
    const { corrections } = effectiveGroupEvents(events);
    expect(corrections).toMatchObject([{ applied: true, refusals: [] }]);
    const attendance = groupSessionAttendance(events);
    expect(attendance.get("m-1")?.map((a) => a.sessionId)).toEqual(["g-1-s1", "g-1-s2"]);
    expect(attendance.get("m-2")?.map((a) => a.sessionId)).toEqual(["g-1-s1"]);
  });

  it("reads a session with its corrected date and time", () => {
    const events = [
      ...log(),
      correct("g-1-s2", { at: "2025-09-30T14:00:00+02:00", data: { date: "2025-09-30" } }),
    ];
    const sessions = groupSessions(events);
    expect(sessions.map((s) => [s.sessionId, s.date, s.at])).toEqual([
      ["g-1-s1", "2025-09-15", "2025-09-15T14:00:00+02:00"],
      ["g-1-s2", "2025-09-30", "2025-09-30T14:00:00+02:00"],
    ]);
  });

  it("leaves out a voided session, and refuses a second void and a correction after it", () => {
    const events = [
      ...log(),
      voidOf("g-1-s1"),
      voidOf("g-1-s1", "2025-12-02T10:00:00+01:00"),
      correct("g-1-s1", { data: { topic: "Wonen" } }, "g-1", "2025-12-03T10:00:00+01:00"),
    ];
    const { corrections } = effectiveGroupEvents(events);
    expect(corrections.map((c) => [c.applied, c.refusals[0]?.rule])).toEqual([
      [true, undefined],
      [false, "not-voided"],
      [false, "not-voided"],
    ]);
    expect(groupSessions(events).map((s) => s.sessionId)).toEqual(["g-1-s2"]);
  });

  it("refuses a correction of another group's event, of an unknown id, and of a correction", () => {
    const first = correct("g-1-s1", { data: { topic: "Wonen" } });
    const events = [
      ...log(),
      ...groupLog("g-2", ["2025-09-16"], ["m-3"]),
      first,
      correct("g-2-s1", { data: { topic: "Wonen" } }),
      correct("nope", { data: { topic: "Wonen" } }),
      correct(first.id, { data: { topic: "Werk" } }),
    ];
    const { corrections } = effectiveGroupEvents(events);
    expect(corrections.map((c) => [c.applied, c.refusals[0]?.rule])).toEqual([
      [true, undefined],
      [false, "correction-target"],
      [false, "correction-target"],
      [false, "correction-target"],
    ]);
    expect(corrections[1]?.refusals[0]?.message.en).toContain("another group");
  });

  it("refuses a correction that would break the session's schema, the session kept as it was", () => {
    const events = [...log(), correct("g-1-s1", { data: { minutes: 0 } })];
    const { corrections, events: effective } = effectiveGroupEvents(events);
    expect(corrections[0]).toMatchObject({ applied: false, refusals: [{ rule: "event-schema" }] });
    expect(effective).toEqual(log());
  });

  it("applies corrections in time order, the later one winning", () => {
    const events = [
      ...log(),
      correct("g-1-s1", { data: { topic: "Later" } }, "g-1", "2025-12-05T10:00:00+01:00"),
      correct("g-1-s1", { data: { topic: "Earlier" } }, "g-1", "2025-12-01T10:00:00+01:00"),
    ];
    const [first] = groupSessions(events);
    expect(first?.sessionId).toBe("g-1-s1");
    const effective = effectiveGroupEvents(events).events;
    expect(effective.find((e) => e.id === "g-1-s1")).toMatchObject({ data: { topic: "Later" } });
  });

  it("keeps line numbers of log entries", () => {
    const entries = [...log(), voidOf("g-1-s1")].map((event, i) => ({ line: i + 1, event }));
    expect(effectiveGroupEvents(entries).events.map((e) => e.line)).toEqual([1, 3]);
  });

  it("replays a programme on the corrected attendance and lists the corrections", () => {
    const b = new TrajectoryBuilder("m-2", "2025-09-01");
    b.add("trajectory.referred", { groupId: "g-1" });
    b.add("information-talk.held");
    b.add("consent.given");
    const groupEvents = [...log(), correct("g-1-s1", { data: { attendees: ["m-1"] } })];
    const without = replayProgramme({ trajectoryEvents: b.events, groupEvents: log() });
    const withCorrection = replayProgramme({ trajectoryEvents: b.events, groupEvents });
    const attended = (r: typeof without) =>
      r.trajectories.get("m-2")?.state.context.collective.sessionDates.length;
    expect(attended(without)).toBe(2);
    expect(attended(withCorrection)).toBe(1);
    expect(withCorrection.groupCorrections).toHaveLength(1);
    expect(withCorrection.groups.get("g-1")?.sessions[0]?.attendees).toEqual(["m-1"]);
  });
});
