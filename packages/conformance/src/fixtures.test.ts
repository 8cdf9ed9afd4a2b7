import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { hardRules } from "@miriam/trajectory";
import { describe, expect, it } from "vitest";
import { ruleRequirementId } from "./requirements";
import { runConformance } from "./run-conformance";

const fixtures = fileURLToPath(new URL("../fixtures/", import.meta.url));
const index: { path: string; kind: string; requirements: string[]; conformant: boolean }[] =
  JSON.parse(readFileSync(`${fixtures}index.json`, "utf8"));
const failed = (report: Awaited<ReturnType<typeof runConformance>>) =>
  report.requirements.filter((r) => r.status === "failed").map((r) => r.id);

describe("the kit's own data", () => {
  it("passes every requirement on the example cohort of @miriam/schemas", async () => {
    const dir = fileURLToPath(new URL("../../schemas/fixtures/example-cohort", import.meta.url));
    const report = await runConformance(dir);
    expect(failed(report)).toEqual([]);
    expect(report.conformant).toBe(true);
    expect(report.export.trajectories).toBe(15);
    // No expected/ in the example: the calculations do not apply, everything else does.
    expect(
      report.requirements.filter((r) => r.status === "not-applicable").map((r) => r.id),
    ).toEqual([
      "MIR-CALCULATION-001",
      "MIR-CALCULATION-002",
      "MIR-CALCULATION-003",
      "MIR-CALCULATION-004",
    ]);
  });

  it("passes every requirement, calculations included, on the valid fixtures", async () => {
    for (const entry of index.filter((e) => e.kind === "valid")) {
      const report = await runConformance(`${fixtures}${entry.path}`);
      expect(failed(report), entry.path).toEqual([]);
      expect(report.summary.notApplicable, entry.path).toBe(0);
    }
  });
});

describe("broken exports", () => {
  const invalid = index.filter((e) => e.kind === "invalid");

  it("come in at least ten kinds", () => {
    expect(invalid.length).toBeGreaterThanOrEqual(10);
    expect(invalid.map((e) => e.path)).toEqual(
      expect.arrayContaining([
        "invalid/bad-json",
        "invalid/wrong-enum",
        "invalid/missing-offset",
        "invalid/unknown-domain",
        "invalid/extra-field",
        "invalid/personal-data-before-consent",
        "invalid/plan-before-baseline",
        "invalid/completed-without-end-measurement",
        "invalid/event-after-closed",
        "invalid/duplicate-event-id",
        "invalid/names-in-event-fields",
        "invalid/attendance-of-unknown-trajectory",
      ]),
    );
  });

  it.each(invalid.map((e) => [e.path, e] as const))(
    "%s fails exactly its requirements, with the findings of expected/conformance.json",
    async (path, entry) => {
      const report = await runConformance(`${fixtures}${path}`);
      const expected = JSON.parse(
        readFileSync(`${fixtures}${path}/expected/conformance.json`, "utf8"),
      );
      expect(report.conformant).toBe(false);
      expect(failed(report)).toEqual([...entry.requirements].sort());
      expect(failed(report)).toEqual(expected.failed);
      const findings = report.requirements.flatMap((r) =>
        r.findings.map((finding) => ({ requirement: r.id, ...finding })),
      );
      expect(findings).toEqual(expected.findings);
    },
  );

  it("name the rule, by its own requirement, for the stories of the statechart", async () => {
    const rules = index.filter((e) => e.kind === "rule");
    for (const entry of rules) {
      const report = await runConformance(`${fixtures}${entry.path}`);
      const rule = entry.path.slice("rules/".length);
      expect(failed(report), entry.path).toEqual([ruleRequirementId(rule)]);
    }
    // Every rule has its story, except the one an export cannot show: its events are split
    // by trajectory id, so an event never lands in another mother's trajectory.
    expect(
      hardRules.map((r) => r.id).filter((id) => !rules.some((e) => e.path === `rules/${id}`)),
    ).toEqual(["one-trajectory-per-log"]);
  });

  it("never repeat a name from the profiles in a finding", async () => {
    for (const path of [
      "invalid/name-in-note",
      "invalid/names-in-event-fields",
      "invalid/profile-without-consent",
    ]) {
      const report = await runConformance(`${fixtures}${path}`);
      const shown = JSON.stringify(report);
      for (const name of ["Lambrechts", "Amina", "Hanne", "Claeys", "about the rent"])
        expect(shown, path).not.toContain(name);
    }
  });
});
