import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { cohortDir, miriam } from "./_test-cli";

// Each test spawns the command (about a second through tsx).
vi.setConfig({ testTimeout: 60_000 });

const { dir, exportDir, cleanup } = cohortDir();
afterAll(cleanup);

const LOG = "group-gent-2025-a.jsonl";

// The export with its group log amended: the first session voided (it did not happen) and
// the second one's attendance corrected so that the first mother listed was not there.
function correctedExport(): { sessions: number; removed: string } {
  const copy = join(dir, "corrected");
  cpSync(exportDir, copy, { recursive: true });
  const lines = readFileSync(join(copy, LOG), "utf8").trim().split("\n");
  const sessions = lines
    .map((line) => JSON.parse(line))
    .filter((e) => e.type === "group-session.held");
  const [first, second] = sessions;
  const removed = second.data.attendees[0] as string;
  const amendments = [
    {
      id: "gent-2025-a.void-1",
      groupId: "gent-2025-a",
      type: "group-event.voided",
      at: "2026-09-01T10:00:00+02:00",
      by: "cm-01",
      data: { eventId: first.id, reason: "did-not-happen" },
    },
    {
      id: "gent-2025-a.correct-1",
      groupId: "gent-2025-a",
      type: "group-event.corrected",
      at: "2026-09-01T10:05:00+02:00",
      by: "cm-01",
      data: {
        eventId: second.id,
        reason: "wrong-participant",
        corrected: { data: { attendees: second.data.attendees.slice(1) } },
      },
    },
  ];
  writeFileSync(
    join(copy, LOG),
    `${[...lines, ...amendments.map((a) => JSON.stringify(a))].join("\n")}\n`,
  );
  return { sessions: sessions.length, removed };
}

describe("corrections of a group's log on the command line", () => {
  it("replays the sessions as corrected: a voided session and a mother marked present by mistake", async () => {
    const { sessions, removed } = correctedExport();
    const before = JSON.parse((await miriam(["replay", "--json", "export"], { cwd: dir })).stdout);
    const after = JSON.parse(
      (await miriam(["replay", "--json", "corrected"], { cwd: dir })).stdout,
    );
    expect(before.groups[0].sessions).toBe(sessions);
    expect(after.groups[0].sessions).toBe(sessions - 1);
    const accepted = (json: { trajectories: { id: string; accepted: number }[] }) =>
      json.trajectories.find((t) => t.id === removed)!.accepted;
    // One session voided, one she was not at: two attendances fewer.
    expect(accepted(before) - accepted(after)).toBe(2);
    expect(after.refused).toEqual([]);
  });

  it("validates the corrections and reports the group's sessions as corrected", async () => {
    const { sessions } = correctedExport();
    expect((await miriam(["validate", "corrected"], { cwd: dir })).code).toBe(0);
    const reportOf = async (folder: string) =>
      JSON.parse(
        (
          await miriam(["report", folder, "--group", "gent-2025-a", "--format", "json"], {
            cwd: dir,
          })
        ).stdout,
      ) as { indicators: { sessions: { held: number } }; sessions: { attendees: number }[] };
    const before = await reportOf("export");
    const after = await reportOf("corrected");
    expect(after.indicators.sessions.held).toBe(sessions - 1);
    // The second session, now the first, with one mother fewer.
    expect(after.sessions[0]!.attendees).toBe(before.sessions[1]!.attendees - 1);
  });
});
