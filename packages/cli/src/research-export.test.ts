import { createHmac } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { researchColumns } from "@miriam/evaluation";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { parse } from "csv-parse/sync";
import { afterAll, describe, expect, it, vi } from "vitest";
import { miriam, miriamInProcess } from "./_test-cli";
import { plantedPersonalData, researchMothers, writeResearchExport } from "./_test-research-export";

vi.setConfig({ testTimeout: 60_000 });

const dir = mkdtempSync(join(tmpdir(), "miriam-research-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeResearchExport(join(dir, "export"));
const KEY = "a3f1c9e07b5d2468ace013579bdf2468ace013579bdf2468ace013579bdf2468";
const OTHER_KEY = "0000000000000000000000000000000000000000000000000000000000000001";
writeFileSync(join(dir, "research.key"), `${KEY}\n`);
writeFileSync(join(dir, "other.key"), OTHER_KEY);
writeFileSync(join(dir, "short.key"), "s3cr3t-but-short\n");

const schema = JSON.parse(
  readFileSync(new URL("../json/cli-output.schema.json", import.meta.url), "utf8"),
);
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const valid = ajv.compile(schema);

const exportWith = (key: string, out: string, ...more: string[]) =>
  miriamInProcess(
    ["research-export", "export", "--key-file", key, "--out", out, "--lang", "en", ...more],
    { cwd: dir },
  );
const csvRows = (file: string) =>
  parse(readFileSync(join(dir, file), "utf8"), { columns: true }) as Record<string, string>[];
const pseudonym = (key: string, trajectoryId: string) =>
  createHmac("sha256", key).update(trajectoryId).digest("hex");

describe("miriam research-export", () => {
  it("reads a fixture the method accepts: valid, and no event refused", async () => {
    expect((await miriamInProcess(["validate", "export"], { cwd: dir })).code).toBe(0);
    const replayed = await miriamInProcess(["replay", "export", "--json"], { cwd: dir });
    expect(JSON.parse(replayed.stdout).refused).toEqual([]);
  });

  it("writes only the mothers whose consent in force includes research, pseudonymised", async () => {
    const result = await exportWith("research.key", "research.csv");
    expect(result.code, result.stderr).toBe(0);
    const rows = csvRows("research.csv");
    // The key is the file's bytes without its final line break.
    expect(rows.map((r) => r.pseudonym).sort()).toEqual(
      researchMothers.consenting.map((id) => pseudonym(KEY, id)).sort(),
    );
    expect(Object.keys(rows[0]!)).toEqual(researchColumns().map((c) => c.name));
    expect(rows[0]!.enrolment_month).toBe("2026-09");
    expect(rows[0]!.t1_domain_housing).toBe("7");
    expect(result.stderr).toContain("2 rows written to research.csv, of 4 trajectories");
  });

  it("lets no name, free text, trajectory id or day out", async () => {
    await exportWith("research.key", "research.jsonl", "--codebook", "codebook.md");
    for (const file of ["research.jsonl", "codebook.md"]) {
      const text = readFileSync(join(dir, file), "utf8");
      for (const planted of plantedPersonalData) expect(text).not.toContain(planted);
      expect(text).not.toMatch(/gent-2026-r-0\d/);
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }
    const lines = readFileSync(join(dir, "research.jsonl"), "utf8").trimEnd().split("\n");
    expect(lines).toHaveLength(researchMothers.consenting.length);
    expect(JSON.parse(lines[0]!)["t0_indicator_in-work"]).toBe(false);
  });

  it("gives the same pseudonyms with the same key, and other ones with another key", async () => {
    await exportWith("research.key", "first.csv");
    await exportWith("research.key", "second.csv");
    await exportWith("other.key", "other.csv");
    const ids = (file: string) => csvRows(file).map((r) => r.pseudonym);
    expect(ids("second.csv")).toEqual(ids("first.csv"));
    for (const id of ids("other.csv")) expect(ids("first.csv")).not.toContain(id);
  });

  it("refuses a short key, never printing it, and writes nothing", async () => {
    const before = readdirSync(dir).length;
    const result = await exportWith("short.key", "refused.csv");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("short.key is 16 bytes long");
    expect(result.stderr).toContain("openssl rand -hex 32");
    expect(`${result.stdout}${result.stderr}`).not.toContain("s3cr3t");
    expect(readdirSync(dir)).toHaveLength(before);
  });

  it("says a missing or short key as the one problem shape of --json, in the language asked", async () => {
    for (const [key, code] of [
      ["short.key", "research-key-too-short"],
      ["nowhere.key", "research-key-missing"],
    ]) {
      const result = await miriamInProcess(
        ["research-export", "export", "--key-file", key!, "--out", "x.csv", "--json"],
        { cwd: dir, env: { MIRIAM_LANG: "fr" } },
      );
      expect(result.code).toBe(2);
      const output = JSON.parse(result.stdout);
      expect(valid(output), ajv.errorsText(valid.errors)).toBe(true);
      expect(output).toMatchObject({ command: "research-export", language: "fr", ok: false });
      expect(output.problems).toHaveLength(1);
      expect(output.problems[0]).toMatchObject({ code, file: key, path: "$" });
      expect(output.problems[0].expected).toContain("octets");
      expect(result.stdout).not.toContain("s3cr3t");
    }
  });

  it("describes what it wrote with --json, and refuses a file of another format", async () => {
    const result = await exportWith("research.key", "r.csv", "--codebook", "c.json", "--json");
    const output = JSON.parse(result.stdout);
    expect(valid(output), ajv.errorsText(valid.errors)).toBe(true);
    expect(output).toMatchObject({ ok: true, rows: 2, trajectories: 4, codebook: "c.json" });
    const codebook = JSON.parse(readFileSync(join(dir, "c.json"), "utf8"));
    expect(codebook.find((c: { name: string }) => c.name === "closing_outcome").codes).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: "completed" })]),
    );
    const wrong = await exportWith("research.key", "research.xlsx");
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain(".csv, .jsonl");
  });

  it("speaks the reader's language, with the consent scope's own words", async () => {
    const nl = await miriamInProcess(
      ["research-export", "export", "--key-file", "research.key", "--out", "nl.csv"],
      { cwd: dir, env: { MIRIAM_LANG: "nl" } },
    );
    expect(nl.stderr).toContain("2 rijen geschreven naar nl.csv, van 4 trajecten");
    expect(nl.stderr).toContain("anonieme deelname aan onderzoek en opvolging");
  });

  it("runs as the installed command does", async () => {
    const result = await miriam(
      ["research-export", "export", "--key-file", "research.key", "--out", "spawned.csv"],
      { cwd: dir },
    );
    expect(result.code, result.stderr).toBe(0);
    expect(csvRows("spawned.csv")).toHaveLength(2);
  });
});
