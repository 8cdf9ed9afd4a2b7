// The terminology test (issue #17): the words a reader meets in the docs site and in the
// kit's documents, in each language, contain no term the kit chose against, no English
// interface word in a Dutch, French or German text, and no code meant for programs.
// The app's pages have the same test in examples/case-manager-app.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { LANGUAGES, type Language, vocabularies } from "@miriam/schemas";
import { describe, expect, it } from "vitest";
import {
  isoDateProblems,
  terminologyProblems as problemsWith,
  rawCodesOf,
  readableMarkdown,
  type TermProblem,
} from "../../scripts/terminology";

const RAW_CODES = rawCodesOf(vocabularies);
const terminologyProblems = (text: string, language: Language) => [
  ...problemsWith(text, language, RAW_CODES),
  ...isoDateProblems(text),
];

const ROOT = join(import.meta.dirname, "../..");
const DOCS = join(ROOT, "docs");
const GOLDEN = join(ROOT, "packages/documents/golden");
// The README a new OCMW project starts with (`npm create miriam`), one per language.
const PROJECT_README = join(ROOT, "templates/ocmw-project/_template/readme");

// The glossary pages set the four languages side by side on purpose: they are left out.
function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".md") && entry.name !== "glossary.md")
    .map((entry) => join(entry.parentPath, entry.name));
}

const report = (file: string, problems: readonly TermProblem[]) =>
  problems.map((p) => `${relative(ROOT, file)}:${p.line}: ${p.kind} "${p.found}" → ${p.hint}`);

// Pages written for people, per language. The generated reference and API pages are for
// programmers and quote codes on purpose; they are left out.
const pages: [Language, string[]][] = [
  ["nl", markdownFiles(join(DOCS, "nl"))],
  ["fr", markdownFiles(join(DOCS, "fr"))],
  ["en", [...markdownFiles(join(DOCS, "method")), ...markdownFiles(join(DOCS, "guides"))]],
];

describe("terminology", () => {
  it.each(pages)("of the %s pages of the docs site", (language, files) => {
    expect(files.length).toBeGreaterThan(3);
    const found = files.flatMap((file) =>
      report(file, terminologyProblems(readableMarkdown(readFileSync(file, "utf8")), language)),
    );
    expect(found).toEqual([]);
  });

  it.each(LANGUAGES)("of every document printed in %s", (language) => {
    const files = readdirSync(GOLDEN)
      .filter((name) => name.endsWith(`.${language}.md`))
      .map((name) => join(GOLDEN, name));
    expect(files.length).toBeGreaterThanOrEqual(12);
    const found = files.flatMap((file) =>
      report(file, terminologyProblems(readableMarkdown(readFileSync(file, "utf8")), language)),
    );
    expect(found).toEqual([]);
  });

  it.each(LANGUAGES)("of the README of a new OCMW project in %s", (language) => {
    const file = join(PROJECT_README, `${language}.md`);
    const found = report(
      file,
      terminologyProblems(readableMarkdown(readFileSync(file, "utf8")), language),
    );
    expect(found).toEqual([]);
  });

  it.each(LANGUAGES)(
    "of the vocabularies in %s: every label is unique in its list and says no code",
    (language) => {
      const found: string[] = [];
      for (const vocabulary of vocabularies) {
        const seen = new Map<string, string>();
        for (const term of vocabulary.terms) {
          const label = term.labels[language];
          const before = seen.get(label);
          if (before !== undefined)
            found.push(`${vocabulary.id}: "${label}" names both ${before} and ${term.code}`);
          seen.set(label, term.code);
          for (const p of terminologyProblems(label, language))
            found.push(`${vocabulary.id}.${term.code}: ${p.kind} "${p.found}" → ${p.hint}`);
        }
      }
      expect(found).toEqual([]);
    },
  );
});
