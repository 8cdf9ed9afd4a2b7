import { parseEventLog } from "@miriam/schemas";
import { describe, expect, it } from "vitest";
import { groupLog, TrajectoryBuilder } from "./_test-builders";
import { createProgrammeReplay, replayProgramme, splitEventLog } from "./programme";

function group(n: number, groupId = "g-1") {
  return Array.from({ length: n }, (_, i) => {
    const b = new TrajectoryBuilder(`${groupId}-m${i}`);
    b.add("trajectory.referred", { groupId });
    b.add("information-talk.held");
    b.add("consent.given");
    return b.events;
  }).flat();
}

describe("replayProgramme", () => {
  it("feeds each mother's attendance from the group log into her trajectory", () => {
    const trajectoryEvents = group(12);
    const groupEvents = groupLog("g-1", ["2025-09-15", "2025-09-29"], ["g-1-m0", "g-1-m1"]);
    const { trajectories, refused, groups } = replayProgramme({ trajectoryEvents, groupEvents });
    expect(refused).toEqual([]);
    expect(trajectories.get("g-1-m0")?.state.context.collective.sessionDates).toEqual([
      "2025-09-15",
      "2025-09-29",
    ]);
    expect(trajectories.get("g-1-m5")?.state.context.collective.sessionDates).toEqual([]);
    expect(groups.get("g-1")).toMatchObject({ projectId: "p-1", participants: expect.any(Array) });
    expect(groups.get("g-1")?.participants).toHaveLength(12);
  });

  it("reports attendance of an unknown mother as refused, with the session's id", () => {
    const groupEvents = groupLog("g-1", ["2025-09-15"], ["nobody"]);
    const { refused } = replayProgramme({ trajectoryEvents: group(12), groupEvents });
    expect(refused).toEqual([
      expect.objectContaining({
        trajectoryId: "nobody",
        source: "group",
        eventId: "g-1-s1",
        refusals: [expect.objectContaining({ rule: "referral-first" })],
      }),
    ]);
  });

  it("signals group-session gaps, group size and the number of groups per project", () => {
    const trajectoryEvents = [...group(10, "g-1"), ...group(12, "g-2"), ...group(12, "g-3")];
    const groupEvents = [
      ...groupLog("g-1", ["2025-09-15", "2025-10-20", "2025-11-03"], []),
      ...groupLog("g-2", ["2025-09-15"], []),
      ...groupLog("g-3", ["2025-09-15"], []),
    ];
    const { signals } = replayProgramme({ trajectoryEvents, groupEvents });
    const byCode = (code: string) => signals.filter((s) => s.code === code);
    expect(byCode("group-session-gap")).toEqual([
      expect.objectContaining({
        subject: { kind: "group", id: "g-1" },
        period: { from: "2025-09-15", to: "2025-10-20" },
        value: 35,
        threshold: 14,
        difference: 21,
      }),
    ]);
    expect(byCode("group-size")).toEqual([
      expect.objectContaining({
        subject: { kind: "group", id: "g-1" },
        value: 10,
        threshold: 12,
        difference: -2,
      }),
    ]);
    expect(byCode("groups-per-project")).toEqual([
      expect.objectContaining({ subject: { kind: "project", id: "p-1" }, value: 3, threshold: 2 }),
    ]);
    const custom = replayProgramme({
      trajectoryEvents,
      groupEvents,
      settings: { fidelity: { maxGroupsPerProject: 3, groupSize: { min: 10, max: 15 } } },
    });
    expect(custom.signals.filter((s) => s.code !== "group-session-gap")).toEqual([]);
  });

  it("holds a weekly group to its own cadence (sessionCadenceDays), not the fortnightly norm", () => {
    const groupEvents = groupLog("g-1", ["2025-09-15", "2025-09-22", "2025-10-02"], []);
    const gaps = (settings?: { groups: { id: string; sessionCadenceDays: number }[] }) =>
      replayProgramme({
        trajectoryEvents: group(12),
        groupEvents,
        ...(settings ? { settings } : {}),
      })
        .signals.filter((s) => s.code === "group-session-gap")
        .map((s) => [s.value, s.threshold]);
    expect(gaps()).toEqual([]);
    expect(gaps({ groups: [{ id: "g-1", sessionCadenceDays: 7 }] })).toEqual([[10, 7]]);
    expect(gaps({ groups: [{ id: "g-2", sessionCadenceDays: 7 }] })).toEqual([]);
  });

  it("measures the open gap after a group's last session up to `asOf`", () => {
    const groupEvents = groupLog("g-1", ["2025-09-15"], []);
    const { signals } = replayProgramme({
      trajectoryEvents: group(12),
      groupEvents,
      asOf: "2025-10-15",
    });
    expect(signals).toEqual([
      expect.objectContaining({
        code: "group-session-gap",
        value: 30,
        period: { from: "2025-09-15", to: "2025-10-15" },
      }),
    ]);
  });

  it("reads a mixed JSON Lines log split with splitEventLog, lines included", () => {
    const events = [...group(12), ...groupLog("g-1", ["2025-09-15"], ["g-1-m0", "nobody"])];
    const text = events.map((e) => JSON.stringify(e)).join("\n");
    const split = splitEventLog(parseEventLog(text).entries);
    expect(split.trajectoryEvents).toHaveLength(36);
    expect(split.groupEvents).toHaveLength(2);
    const { refused } = replayProgramme(split);
    expect(refused).toEqual([expect.objectContaining({ trajectoryId: "nobody", line: 38 })]);
  });
});

describe("createProgrammeReplay", () => {
  it("replays one trajectory at a time, with attendance given by the caller, as replayProgramme does", () => {
    const trajectoryEvents = group(3);
    // m9 is listed at a session without events of her own: her attendance is refused.
    const groupEvents = groupLog("g-1", ["2025-09-15", "2025-09-29"], ["g-1-m0", "g-1-m9"]);
    const whole = replayProgramme({ trajectoryEvents, groupEvents });

    // The groups' logs without attendance, and each mother's attendance given with her.
    const bare = groupEvents.map((event) =>
      event.type === "group-session.held"
        ? { ...event, data: { ...event.data, attendees: [] } }
        : event,
    );
    const attendanceOf = (id: string) =>
      groupEvents.flatMap((event) =>
        event.type === "group-session.held" && event.data.attendees.includes(id)
          ? [
              {
                type: "group-session.attended" as const,
                trajectoryId: id,
                groupId: event.groupId,
                sessionId: event.id,
                at: event.at,
                date: event.data.date,
                withChildren: event.data.withChildren,
              },
            ]
          : [],
      );
    const builder = createProgrammeReplay({ groupEvents: bare });
    const ids = [...new Set(trajectoryEvents.map((event) => event.trajectoryId)), "g-1-m9"];
    const one = ids.map((id) =>
      builder.addTrajectory(
        id,
        trajectoryEvents.filter((event) => event.trajectoryId === id),
        attendanceOf(id),
      ),
    );
    const end = builder.finish();
    expect(end.attendanceOnly).toEqual([]);
    expect(one.flatMap((t) => t.refused)).toEqual(whole.refused);
    expect([...one.flatMap((t) => t.signals), ...end.signals]).toEqual(whole.signals);
    expect(one.map((t) => t.replay.state.context)).toEqual(
      [...whole.trajectories.values()].map((t) => t.state.context),
    );
    expect([...end.groups.values()].map((g) => [g.groupId, g.participants])).toEqual(
      [...whole.groups.values()].map((g) => [g.groupId, g.participants]),
    );
    expect(whole.refused.map((r) => r.trajectoryId)).toContain("g-1-m9");
  });

  it("reads group logs given as a function once, only when first needed", () => {
    const trajectoryEvents = group(2);
    const groupEvents = groupLog("g-1", ["2025-09-15", "2025-09-29"], ["g-1-m0"]);
    const whole = replayProgramme({ trajectoryEvents, groupEvents });
    const ids = ["g-1-m0", "g-1-m1"];
    const eventsOf = (id: string) => trajectoryEvents.filter((e) => e.trajectoryId === id);

    // Every trajectory with her attendance: the logs are read at `finish`, after them.
    let reads = 0;
    const given = createProgrammeReplay({
      groupEvents: () => {
        reads++;
        return groupEvents;
      },
    });
    const attendance = [
      ...given.addTrajectory("g-1-m0", eventsOf("g-1-m0"), []).replay.state.context.collective
        .sessionDates,
    ];
    expect(attendance).toEqual([]);
    given.addTrajectory("g-1-m1", eventsOf("g-1-m1"), []);
    expect(reads).toBe(0);
    const end = given.finish();
    expect(reads).toBe(1);
    expect(end.groups.get("g-1")?.sessions.map((s) => s.date)).toEqual([
      "2025-09-15",
      "2025-09-29",
    ]);

    // A trajectory without her attendance: read then, once, and her attendance taken from them.
    reads = 0;
    const lazy = createProgrammeReplay({
      groupEvents: () => {
        reads++;
        return groupEvents;
      },
    });
    const one = ids.map((id) => lazy.addTrajectory(id, eventsOf(id)));
    lazy.finish();
    expect(reads).toBe(1);
    expect(one.map((t) => t.replay.state.context)).toEqual(
      [...whole.trajectories.values()].map((t) => t.state.context),
    );
  });
});
