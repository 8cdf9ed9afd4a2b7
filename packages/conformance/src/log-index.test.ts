import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Problem } from "@miriam/schemas";
import { afterAll, describe, expect, it } from "vitest";
import { indexEventLogs, type LogFile } from "./log-index";

const dir = mkdtempSync(join(tmpdir(), "miriam-log-index-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const event = (id: string, trajectoryId: string, type: string, at: string, data: object) => ({
  id,
  trajectoryId,
  type,
  at,
  by: "cm-01",
  data,
});
const referral = (trajectoryId: string, at: string) =>
  event(`${trajectoryId}-r`, trajectoryId, "information-talk.held", at, {
    decision: "interested",
  });
const session = (id: string, date: string, attendees: string[]) => ({
  id,
  groupId: "g-1",
  type: "group-session.held",
  at: `${date}T14:00:00+02:00`,
  by: "cm-01",
  data: { date, minutes: 120, topic: "Budget", withChildren: false, attendees },
});

function write(name: string, lines: readonly unknown[]): LogFile {
  const path = join(dir, name);
  writeFileSync(
    path,
    `${lines.map((line) => (typeof line === "string" ? line : JSON.stringify(line))).join("\n")}\n`,
  );
  return { label: name, path, kind: "event" };
}

describe("indexEventLogs", () => {
  it("reads a log sorted by date one trajectory at a time, with her attendance as corrected", async () => {
    const trajectories = write("trajectories.jsonl", [
      referral("t-1", "2025-09-01T10:00:00+02:00"),
      referral("t-2", "2025-09-02T10:00:00+02:00"),
      "{not json",
      event("t-1-c", "t-1", "contact.held", "2025-09-03T10:00:00+02:00", {
        mode: "home",
        domains: ["finances"],
        minutes: 60,
      }),
    ]);
    const group = write("group-g-1.jsonl", [
      session("s-1", "2025-09-15", ["t-1"]),
      session("s-2", "2025-09-29", ["t-1"]),
      {
        id: "fix-1",
        groupId: "g-1",
        type: "group-event.corrected",
        at: "2025-10-01T10:00:00+02:00",
        by: "cm-01",
        data: {
          eventId: "s-1",
          reason: "wrong-participant",
          corrected: { data: { attendees: ["t-2"] } },
        },
      },
    ]);
    const problems: Problem[] = [];
    const index = await indexEventLogs([trajectories, group], {
      changed: (label) => new Error(label),
      onProblem: (_, problem) => problems.push(problem),
    });
    try {
      expect(problems.map((p) => [p.code, p.line])).toEqual([["invalid-json", 3]]);
      expect(index.files.map((f) => [f.label, f.records])).toEqual([
        ["trajectories.jsonl", 4],
        ["group-g-1.jsonl", 3],
      ]);
      const read = [];
      for await (const t of index.trajectories())
        read.push({
          id: t.trajectoryId,
          lines: t.entries.map((e) => e.line),
          sessions: t.attendance.map((a) => a.sessionId),
        });
      expect(read).toEqual([
        { id: "t-1", lines: [1, 4], sessions: ["s-2"] },
        { id: "t-2", lines: [2], sessions: ["s-1"] },
      ]);
    } finally {
      index.close();
    }
  });

  it("reads events again as their first pass checked them, padded texts trimmed", async () => {
    const trajectories = write("padded.jsonl", [
      referral("t-1", "2025-09-01T10:00:00+02:00"),
      event("t-1-p", "t-1", "proposal.made", "2025-09-02T10:00:00+02:00", {
        kind: "group-topic",
        topic: "  Budget\t",
        via: "her-page",
      }),
      {
        id: "topic-1",
        groupId: "g-1",
        type: "group-topic.chosen",
        at: "2025-09-03T10:00:00+02:00",
        by: "cm-01",
        data: { topic: " Housing " },
      },
    ]);
    const index = await indexEventLogs([trajectories], { changed: (label) => new Error(label) });
    try {
      const read = [];
      for await (const trajectory of index.trajectories()) read.push(trajectory);
      expect(read[0]!.entries[1]!.event.data).toEqual({
        kind: "group-topic",
        topic: "Budget",
        via: "her-page",
      });
      expect([...index.groupEvents()].map((entry) => entry.event.data)).toEqual([
        { topic: "Housing" },
      ]);
    } finally {
      index.close();
    }
  });

  it("reads one group's events without the others', in log order", async () => {
    const other = (id: string, date: string) => ({ ...session(id, date, []), groupId: "g-2" });
    const groups = write("two-groups.jsonl", [
      other("b-1", "2025-09-10"),
      session("a-1", "2025-09-11", []),
      other("b-2", "2025-09-24"),
      session("a-2", "2025-09-25", []),
    ]);
    const index = await indexEventLogs([groups], { changed: (label) => new Error(label) });
    try {
      expect(index.groupIds).toEqual(["g-2", "g-1"]);
      const ids = (groupId?: string) => [...index.groupEvents(groupId)].map((e) => e.event.id);
      expect(ids("g-1")).toEqual(["a-1", "a-2"]);
      expect(ids("g-2")).toEqual(["b-1", "b-2"]);
      expect(ids("g-3")).toEqual([]);
      expect(ids()).toEqual(["b-1", "a-1", "b-2", "a-2"]);
    } finally {
      index.close();
    }
  });

  it("gives lean sessions only where no correction needs the whole session", async () => {
    const group = write("lean.jsonl", [
      session("s-1", "2025-09-15", ["t-1", "t-2"]),
      session("s-2", "2025-09-29", ["t-1"]),
      {
        id: "fix-2",
        groupId: "g-1",
        type: "group-event.corrected",
        at: "2025-10-01T10:00:00+02:00",
        by: "cm-01",
        data: { eventId: "s-2", reason: "typing-error", corrected: { data: { minutes: 90 } } },
      },
    ]);
    const index = await indexEventLogs([group], { changed: (label) => new Error(label) });
    try {
      const lean = [...index.groupEvents(undefined, { lean: true })].map((e) => e.event);
      expect(lean[0]).toEqual({
        ...session("s-1", "2025-09-15", ["t-1", "t-2"]),
        data: { date: "2025-09-15", withChildren: false, attendees: ["t-1", "t-2"] },
      });
      expect(lean[1]).toEqual(session("s-2", "2025-09-29", ["t-1"]));
      expect(lean.slice(1)).toEqual([...index.groupEvents()].slice(1).map((e) => e.event));
      expect(index.groupLogsWithoutAttendance().map((e) => e.event.data)).toEqual([
        { date: "2025-09-15", withChildren: false, attendees: [] },
        { ...session("s-2", "2025-09-29", []).data },
        lean[2]!.data,
      ]);
    } finally {
      index.close();
    }
  });

  it("leaves out the events its caller does not accept", async () => {
    const log = write("accept.jsonl", [referral("t-1", "2025-09-01T10:00:00+02:00")]);
    const index = await indexEventLogs([log], {
      changed: (label) => new Error(label),
      accept: () => false,
    });
    expect(index.eventCount).toBe(0);
    expect(index.trajectoryCount).toBe(0);
    index.close();
  });

  it("finds every event id used again, in any file, with where it was first used, and leaves those out", async () => {
    const first = write("ids-a.jsonl", [
      referral("t-1", "2025-09-01T10:00:00+02:00"),
      "",
      referral("t-2", "2025-09-02T10:00:00+02:00"),
      referral("t-1", "2025-09-03T10:00:00+02:00"),
    ]);
    const second = write("ids-b.jsonl", [
      session("s-1", "2025-09-15", ["t-1"]),
      referral("t-2", "2025-09-04T10:00:00+02:00"),
      referral("t-3", "2025-09-05T10:00:00+02:00"),
      session("s-1", "2025-09-16", ["t-3"]),
    ]);
    const duplicates: string[] = [];
    const accepted: string[] = [];
    const index = await indexEventLogs([first, second], {
      changed: (label) => new Error(label),
      onDuplicateId: (event, file, line, at) =>
        duplicates.push(`${event.id} ${file.label}:${line} first ${at.file.label}:${at.line}`),
      accept: (event, file, line) => {
        accepted.push(`${event.id} ${file.label}:${line}`);
        return true;
      },
    });
    expect(duplicates).toEqual([
      "t-1-r ids-a.jsonl:4 first ids-a.jsonl:1",
      "t-2-r ids-b.jsonl:2 first ids-a.jsonl:3",
      "s-1 ids-b.jsonl:4 first ids-b.jsonl:1",
    ]);
    expect(accepted).toEqual([
      "t-1-r ids-a.jsonl:1",
      "t-2-r ids-a.jsonl:3",
      "s-1 ids-b.jsonl:1",
      "t-3-r ids-b.jsonl:3",
    ]);
    const read: string[] = [];
    for await (const t of index.trajectories())
      read.push(`${t.trajectoryId}: ${t.entries.map((e) => `${e.file}:${e.line}`).join(" ")}`);
    expect(read).toEqual(["t-1: ids-a.jsonl:1", "t-2: ids-a.jsonl:3", "t-3: ids-b.jsonl:3"]);
    index.close();
  });

  it("reads back a line longer than its window, and a last line without a line end", async () => {
    // A correction's data may hold any field: here one of 3 MB, three windows long.
    const long = event("t-1-c", "t-1", "event.corrected", "2025-09-03T10:00:00+02:00", {
      eventId: "t-1-r",
      reason: "typing-error",
      corrected: { data: { decision: "é".repeat(1_500_000) } },
    });
    const path = join(dir, "long.jsonl");
    writeFileSync(
      path,
      [
        referral("t-1", "2025-09-01T10:00:00+02:00"),
        long,
        referral("t-2", "2025-09-02T10:00:00+02:00"),
      ]
        .map((line) => JSON.stringify(line))
        .join("\r\n"),
    );
    const index = await indexEventLogs([{ label: "long.jsonl", path, kind: "event" }], {
      changed: (label) => new Error(label),
      onProblem: (_, problem) => {
        throw new Error(problem.message);
      },
      onDuplicateId: () => {
        throw new Error("no id is used twice");
      },
    });
    const read = [];
    for await (const t of index.trajectories()) read.push(...t.entries.map((e) => e.event));
    expect(read).toEqual([
      referral("t-1", "2025-09-01T10:00:00+02:00"),
      long,
      referral("t-2", "2025-09-02T10:00:00+02:00"),
    ]);
    index.close();
  });
});
