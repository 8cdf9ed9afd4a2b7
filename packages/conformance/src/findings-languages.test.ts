// Issue #17: a finding of the conformance kit is worded in the language the report is made
// in. Over every fixture that fails a requirement, the findings in Dutch, French and
// German pass the kit's terminology check (scripts/terminology.ts: avoided terms, English
// interface words, raw codes) and hold no English prose.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Language, vocabularies } from "@miriam/schemas";
import { describe, expect, it } from "vitest";
import { englishProse, rawCodesOf, terminologyProblems } from "../../../scripts/terminology";
import { reportToMarkdown } from "./conformance-report";
import { runConformance } from "./run-conformance";

const fixtures = fileURLToPath(new URL("../fixtures/", import.meta.url));
const failing: string[] = (
  JSON.parse(readFileSync(`${fixtures}index.json`, "utf8")) as { path: string; kind: string }[]
)
  .filter((entry) => entry.kind !== "valid")
  .map((entry) => entry.path);
const RAW_CODES = rawCodesOf(vocabularies);

// Values are quoted as they are, since the vendor writes them so: file names, ids, quoted
// values ("contact.logged") and the lists of values a field takes (finances, housing...).
const withoutNames = (text: string) =>
  text
    .replace(/[\w./{}<>,-]+\.(jsonl|json)\b/g, "<file>")
    .replace(/"[^"]*"|«[^»]*»|„[^“]*“/g, "<value>")
    .replace(/\((?:[a-z0-9-]+, )+[a-z0-9-]+\)/g, "(<values>)")
    .replace(/\b[a-z0-9]+(?:-[a-z0-9]+)*(?:\.\d+|-\d+)\b/g, "<id>");

async function findingsIn(language: Language): Promise<[string, string][]> {
  const all: [string, string][] = [];
  for (const path of failing) {
    const report = await runConformance(`${fixtures}${path}`, { language });
    for (const requirement of report.requirements)
      for (const finding of requirement.findings) all.push([path, finding.message]);
  }
  return all;
}

const englishIn = (message: string, language: Language) => {
  const text = withoutNames(message);
  return [
    ...terminologyProblems(text, language, RAW_CODES).map((p) => `${p.kind} "${p.found}"`),
    ...englishProse(text).map((word) => `english "${word}"`),
  ];
};

describe("the findings of the conformance kit", () => {
  it("are English by default, and the check finds English in them (so it can fail)", async () => {
    const findings = await findingsIn("en");
    expect(findings.length).toBeGreaterThan(failing.length);
    expect(findings.filter(([, message]) => englishIn(message, "nl").length > 0).length).toBe(
      findings.length,
    );
  });

  it.each(["nl", "fr", "de"] as const)(
    "in %s say nothing English and no code, over every failing fixture",
    async (language) => {
      const findings = await findingsIn(language);
      expect(findings.length).toBeGreaterThan(failing.length);
      const found = findings.flatMap(([path, message]) =>
        englishIn(message, language).map((p) => `${path}: ${p} in "${message}"`),
      );
      expect(found).toEqual([]);
    },
  );

  it("are written in the report's language in its Markdown, with the language's colon", async () => {
    const report = await runConformance(`${fixtures}invalid/group-event-in-trajectories`, {
      language: "fr",
    });
    const markdown = reportToMarkdown(report, { language: "fr" });
    expect(markdown).toContain("va dans group-conformance-a.jsonl, pas dans trajectories.jsonl.");
    expect(markdown).toContain("\u00a0: ligne ");
  });
});
