import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseEventLog } from "@miriam/schemas";
import { afterAll, describe, expect, it, vi } from "vitest";
import { cohortDir, miriam } from "./_test-cli";

// Each test spawns the command (about a second through tsx).
vi.setConfig({ testTimeout: 60_000 });

const { dir, exportDir, cleanup } = cohortDir();
afterAll(cleanup);
const log = join(exportDir, "trajectories.jsonl");
const lines = readFileSync(log, "utf8").trimEnd().split("\n");

describe("miriam validate", () => {
  it("says every file of a valid export is valid, and exits 0", async () => {
    const result = await miriam(["validate", "export"], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("679 events: valid");
    expect(result.stdout).toContain("14 profiles: valid");
    expect(result.stdout).toContain("All 4 files are valid.");
  });

  it("lists each problem with file, line, path, expected and found, and exits 1", async () => {
    const bad = [...lines];
    const at = bad.findIndex(
      (line) => JSON.parse(line).type === "contact.held" && bad.indexOf(line) > 20,
    );
    const contact = JSON.parse(bad[at]!);
    bad[at] = JSON.stringify({ ...contact, data: { ...contact.data, mode: "visit" } });
    bad[30] = "{not json";
    bad.push(bad[5]!);
    const file = join(dir, "bad.jsonl");
    writeFileSync(file, `${bad.join("\n")}\n`);
    const result = await miriam(["validate", "--json", "bad.jsonl"], { cwd: dir });
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json.ok).toBe(false);
    const [report] = json.files;
    expect(report.file).toBe("bad.jsonl");
    // The same problems as parseEventLog of @miriam/schemas, line for line, with their file.
    expect(json.problems).toEqual(
      parseEventLog(readFileSync(file, "utf8")).problems.map((p) => ({ file: "bad.jsonl", ...p })),
    );
    expect(json.problems.map((p: { line: number; path: string }) => [p.line, p.path])).toEqual(
      [
        [at + 1, "$.data.mode"],
        [31, "$"],
        [680, "$.id"],
      ].sort((a, b) => Number(a[0]) - Number(b[0])),
    );
    const human = await miriam(["validate", "bad.jsonl"], { cwd: dir });
    expect(human.stdout).toContain(`line ${at + 1}, $.data.mode: expected one of "home"`);
    expect(human.stdout).toContain('found "visit"');
    expect(human.stdout).toContain("3 problems in 1 of 1 files.");
  });

  it("reads stdin for -", async () => {
    const result = await miriam(["validate", "-"], { input: `${lines.slice(0, 50).join("\n")}\n` });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("<stdin>");
    expect(result.stdout).toContain("50 events: valid");
    const bad = await miriam(["validate", "--json", "-"], { input: "{}\n" });
    expect(bad.code).toBe(1);
  });

  it("checks life domains against the project's own set with --config", async () => {
    const settings = JSON.parse(readFileSync(join(exportDir, "miriam.config.json"), "utf8"));
    const labels = { nl: "wonen", fr: "logement", de: "Wohnen", en: "housing" };
    writeFileSync(
      join(dir, "own.config.json"),
      JSON.stringify({ ...settings, domains: [{ code: "housing", labels }] }),
    );
    const result = await miriam(
      ["validate", "--config", "own.config.json", "--json", "export/trajectories.jsonl"],
      { cwd: dir },
    );
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).problems[0].expected).toBe(
      "a life domain of the project (housing)",
    );
  });

  it("validates a record by its $schema, and asks for --kind when it cannot tell", async () => {
    writeFileSync(
      join(dir, "settings.json"),
      JSON.stringify({
        $schema: "https://schemas.miriam-kit.org/v1/project-settings.schema.json",
        id: "x",
      }),
    );
    const record = await miriam(["validate", "settings.json"], { cwd: dir });
    expect(record.code).toBe(1);
    expect(record.stdout).toContain("project settings");
    writeFileSync(join(dir, "what.json"), "{}");
    const unknown = await miriam(["validate", "what.json"], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("--kind");
  });

  it("never repeats personal data of a bad line", async () => {
    const name = "Fatima El Amrani";
    const contact = JSON.parse(lines.find((line) => JSON.parse(line).type === "contact.held")!);
    const text = [
      `{"givenName": "${name}", `,
      JSON.stringify({ ...contact, data: { ...contact.data, note: 42 }, by: name }),
      JSON.stringify({
        ...contact,
        id: "c-9",
        data: { ...contact.data, note: `Gesprek met ${name}`, mode: "x" },
      }),
    ].join("\n");
    for (const args of [
      ["validate", "-"],
      ["validate", "--json", "-"],
    ]) {
      const result = await miriam(args, { input: text });
      expect(result.code).toBe(1);
      expect(result.stdout + result.stderr).not.toContain("Fatima");
      expect(result.stdout + result.stderr).not.toContain("Amrani");
    }
  });

  it("checks the export as a whole: ids across files, time order, dates in the future", async () => {
    const broken = join(dir, "broken");
    cpSync(exportDir, broken, { recursive: true });
    const groupLog = readdirSync(broken).find((name) => name.startsWith("group-"))!;
    const group = readFileSync(join(broken, groupLog), "utf8").trimEnd().split("\n");
    const events = lines.map((line) => JSON.parse(line));
    // A group event reusing a trajectory event's id (line 2 of trajectories.jsonl). The
    // group log is read first (files in name order), so line 2 is the one reported.
    group.push(JSON.stringify({ ...JSON.parse(group[1]!), id: events[1].id }));
    writeFileSync(join(broken, groupLog), `${group.join("\n")}\n`);
    // Line 40 moved a year back: earlier than the event before it in her trajectory.
    const own = events
      .map((e, i) => [e, i] as const)
      .filter(([e]) => e.trajectoryId === events[39].trajectoryId);
    const [first] = own.find(([, i]) => i === 39)!;
    const year = Number(first.at.slice(0, 4)) - 1;
    const moved = lines.map((line, i) =>
      i === 39 ? JSON.stringify({ ...first, at: `${year}${first.at.slice(4)}` }) : line,
    );
    writeFileSync(join(broken, "trajectories.jsonl"), `${moved.join("\n")}\n`);
    const result = await miriam(["validate", "--json", "--now", "2020-06-01T00:00:00Z", "broken"], {
      cwd: dir,
    });
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    const problems: { code: string; file: string; line: number; message: string }[] = json.problems;
    const codes = new Set(problems.map((p: { code: string }) => p.code));
    expect(codes).toEqual(new Set(["duplicate-id", "out-of-order", "future-date"]));
    const duplicate = problems.find((p: { code: string }) => p.code === "duplicate-id")!;
    expect(duplicate.file).toBe(join("broken", "trajectories.jsonl"));
    expect(duplicate.line).toBe(2);
    expect(duplicate.message).toContain(
      `already in ${join("broken", groupLog)}, line ${group.length}`,
    );
    const order = problems.find(
      (p: { code: string; file: string }) =>
        p.code === "out-of-order" && p.file.endsWith("trajectories.jsonl"),
    )!;
    expect(order.line).toBe(40);
    expect(order.message).toMatch(/the time of an event before it \(line \d+\)/);
  });

  it("checks corrections and voids across the export", async () => {
    const contact = JSON.parse(lines.find((line) => JSON.parse(line).type === "contact.held")!);
    const last = JSON.parse(lines.at(-1)!);
    const amendment = (id: string, type: string, eventId: string, extra = {}) =>
      JSON.stringify({
        id,
        trajectoryId: contact.trajectoryId,
        type,
        at: last.at,
        by: "coordinator-1",
        data: { eventId, reason: "typing-error", ...extra },
      });
    const file = join(dir, "corrections.jsonl");
    writeFileSync(
      file,
      `${[
        ...lines,
        amendment("fix-1", "event.corrected", contact.id, { corrected: { data: { minutes: 50 } } }),
        amendment("void-1", "event.voided", contact.id),
        amendment("void-2", "event.voided", contact.id),
        amendment("void-3", "event.voided", "no-such-event"),
      ].join("\n")}\n`,
    );
    const result = await miriam(["validate", "--json", "corrections.jsonl"], { cwd: dir });
    expect(result.code).toBe(1);
    const problems = JSON.parse(result.stdout).problems as {
      code: string;
      line: number;
    }[];
    expect(problems.map((p) => [p.code, p.line])).toEqual([
      ["already-voided", lines.length + 3],
      ["correction-target-unknown", lines.length + 4],
    ]);
  });
});
