import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { cohortDir, miriam } from "./_test-cli";

// Each test spawns the command (about a second through tsx).
vi.setConfig({ testTimeout: 60_000 });

const { dir, cleanup } = cohortDir();
afterAll(cleanup);

describe("miriam render", () => {
  it("renders a document from an export's events, in Markdown or HTML", async () => {
    const md = await miriam(
      [
        "render",
        "personal-plan",
        "--from",
        "export",
        "--trajectory",
        "gent-2025-a-01",
        "--lang",
        "nl",
      ],
      { cwd: dir },
    );
    expect(md.code).toBe(0);
    expect(md.stdout).toContain("# Mijn plan");
    const html = await miriam(
      [
        "render",
        "personal-plan",
        "--from",
        "export",
        "--trajectory",
        "gent-2025-a-01",
        "--format",
        "html",
        "-o",
        "plan.html",
      ],
      { cwd: dir },
    );
    expect(html.code).toBe(0);
    expect(readFileSync(join(dir, "plan.html"), "utf8")).toMatch(/^<!DOCTYPE html>/i);
  });

  it("renders from a JSON data file, and refuses bad data without repeating it (exit 2)", async () => {
    const sheet = await miriam(
      ["render", "information-sheet", "--config", "export/miriam.config.json", "--lang", "fr"],
      { cwd: dir },
    );
    expect(sheet.code).toBe(0);
    expect(sheet.stdout).toContain("OCMW Gent");
    writeFileSync(
      join(dir, "plan.json"),
      JSON.stringify({ participant: { givenName: "Zoë Secret" }, goals: "nope" }),
    );
    const bad = await miriam(
      ["render", "personal-plan", "plan.json", "--config", "export/miriam.config.json"],
      { cwd: dir },
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("$.goals");
    expect(bad.stdout + bad.stderr).not.toContain("Zoë Secret");
  });
});

describe("miriam diagram", () => {
  it("prints the statechart as Mermaid, and the rule table", async () => {
    const result = await miriam(["diagram"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^stateDiagram-v2/);
    const rules = await miriam(["diagram", "--rules", "--lang", "de"]);
    expect(rules.stdout).toContain("consent-before-personal-data");
  });

  it("says honestly that SVG needs a browser, with exit code 2", async () => {
    const result = await miriam(["diagram", "--format", "svg"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("browser");
    expect(result.stdout).toBe("");
  });
});
