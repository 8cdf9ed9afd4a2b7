// The glossary cites the official page behind every legal or benefit name (issue #17):
// a right, a helpline or an OCMW service whose name was checked shows its page.
import { helplines, ocmwServices, rights } from "@miriam/schemas";
import { describe, expect, it } from "vitest";
import { glossaryPage, type SiteLocale } from "../scripts/_vocabulary";

const LOCALES: readonly SiteLocale[] = ["en", "nl", "fr"];

/** A row of the glossary: its lists, its codes and its source cell. */
interface Row {
  readonly lists: readonly string[];
  readonly codes: readonly string[];
  readonly source: string;
}

function rowsOf(page: string): Row[] {
  return page
    .split("\n")
    .filter((line) => line.startsWith("| **"))
    .map((line) => {
      const cells = line.split(" | ").map((cell) => cell.replace(/^\|\s*|\s*\|$/g, "").trim());
      return {
        lists: (cells.at(-3) ?? "").split(", "),
        codes: [...(cells.at(-2) ?? "").matchAll(/`([^`]+)`/g)].map((match) => match[1]!),
        source: cells.at(-1) ?? "",
      };
    });
}

const LINK = /^\[[a-z0-9.-]+\]\(https?:\/\/[^)]+\)/;

describe.each(LOCALES)("the %s glossary", (locale) => {
  const rows = rowsOf(glossaryPage(locale));
  const checkedLists = [rights, helplines].map((vocabulary) => vocabulary.title[locale]);

  it("links every right and helpline to the official page it was checked against", () => {
    for (const vocabulary of [rights, helplines])
      for (const code of vocabulary.codes as readonly string[]) {
        const row = rows.find(
          (candidate) =>
            candidate.codes.includes(code) && candidate.lists.includes(vocabulary.title[locale]),
        );
        expect(row?.source, code).toMatch(LINK);
      }
  });

  it("cites a page only for names that have one", () => {
    const services = ocmwServices.title[locale];
    for (const row of rows)
      if (!row.lists.some((list) => checkedLists.includes(list) || list === services))
        expect(row.source, row.codes.join()).toBe("");
  });
});
