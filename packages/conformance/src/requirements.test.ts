import { hardRules } from "@miriam/trajectory";
import { describe, expect, it } from "vitest";
import { RULE_NUMBERS } from "./_rule-numbers";
import { conformanceMatrix } from "./matrix";
import { requirementById, requirements, ruleRequirementId } from "./requirements";

describe("requirements", () => {
  it("have unique, well-formed ids", () => {
    const ids = requirements.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^MIR-[A-Z]+-\d{3}$/);
  });

  it("hold one requirement per hard rule of @miriam/trajectory, with the rule's own words", () => {
    const rules = requirements.filter((r) => r.area === "rule");
    expect(rules.map((r) => r.rule)).toEqual(hardRules.map((rule) => rule.id));
    for (const rule of hardRules) {
      const requirement = requirementById(ruleRequirementId(rule.id))!;
      expect(requirement.title).toBe(rule.title.en);
      expect(requirement.description).toContain(rule.message.en);
    }
  });

  it("number the rules once and for all", () => {
    const numbers = Object.values(RULE_NUMBERS);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(ruleRequirementId("consent-before-personal-data")).toBe("MIR-RULE-006");
    expect(() => ruleRequirementId("no-such-rule")).toThrow(/_rule-numbers/);
  });

  it("link to the method and, where one exists, to fixtures", () => {
    for (const r of requirements) {
      expect(r.method.document).toMatch(/^(METHODOLOGY|DESIGN)\.md$/);
      if (r.area !== "calculation" && r.rule !== "one-trajectory-per-log")
        expect(r.fixtures.length, r.id).toBeGreaterThan(0);
    }
  });

  it("print as a conformance matrix", () => {
    const matrix = conformanceMatrix({ fixturesBase: "https://example.org/fixtures/" });
    for (const r of requirements) expect(matrix).toContain(`| ${r.id} |`);
    expect(matrix).toContain(
      "[rules/consent-before-personal-data](https://example.org/fixtures/rules/consent-before-personal-data)",
    );
    expect(matrix.split("\n").filter((line) => line.startsWith("| MIR-"))).toHaveLength(
      requirements.length,
    );
  });

  it("name the method's section with its title, and link it when given a base", () => {
    expect(conformanceMatrix()).toContain("| METHODOLOGY.md §3 — The trajectory |");
    expect(conformanceMatrix()).toContain("| DESIGN.md, Decisions — Data-driven method settings |");
    expect(conformanceMatrix()).toContain(
      "| DESIGN.md — Event catalogue (interchange format v1) |",
    );
    expect(conformanceMatrix({ methodBase: "https://example.org/" })).toContain(
      "[METHODOLOGY.md §3 — The trajectory](https://example.org/METHODOLOGY.md#3-the-trajectory)",
    );
  });
});
