import { DOMParser } from "@xmldom/xmldom";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exampleInput } from "../test/example-input";
import {
  expectTablesOf,
  htmlElements,
  readHtmlTables,
  reportTablesArbitrary,
} from "../test/rendered-tables";
import { funderReport } from "./funder-report";
import { toHtml } from "./render-html";
import { type ReportText, reportTables } from "./report-tables";

const funder = reportTables(funderReport(exampleInput()));

describe("toHtml", () => {
  it("writes accessible tables: a caption, column and row headings with their scope", () => {
    const html = toHtml(funder, { language: "fr" });
    expect(
      html.startsWith(
        '<article class="miriam-report" lang="fr">\n<h1>Rapport MIRIAM pour le pouvoir subsidiant</h1>',
      ),
    ).toBe(true);
    const tables = readHtmlTables(html);
    expect(tables).toHaveLength(funder.tables.length);
    const participation = tables.find((t) => t.title === "Participation")!;
    expect(participation.header).toEqual(["donnée", "valeur"]);
    expect(participation.rows[3]).toEqual(["commencé (consentement donné)", "14"]);
    for (const table of tables)
      for (const row of table.attributes!) {
        expect(row[0]).toMatchObject({ tag: "th", scope: "row" });
        for (const cell of row.slice(1)) expect(cell.tag).toBe("td");
      }
    const headings = htmlElements(html).filter(
      (e) => e.tagName === "th" && e.attrs?.some((a) => a.name === "scope" && a.value === "col"),
    );
    expect(headings.length).toBe(tables.reduce((n, t) => n + t.header.length, 0));
  });

  it("marks a hidden cell and links it to the footnote that explains it, in the language", () => {
    const html = toHtml(funder, { language: "nl" });
    const participation = readHtmlTables(html).find((t) => t.title === "Deelname")!;
    expect(participation.rows[0]).toEqual(["toegeleid", "verborgen†"]);
    expect(participation.attributes![0]![1]).toMatchObject({
      class: "num suppressed",
      "aria-describedby": "miriam-report-small-cell",
    });
    const note = htmlElements(html).find((e) =>
      e.attrs?.some((a) => a.name === "id" && a.value === "miriam-report-small-cell"),
    );
    expect(note?.tagName).toBe("p");
    expect(html).toContain("† Verborgen: aantallen van 1 tot 4 worden niet getoond");
  });

  it("writes a whole page on demand, in the reader's language, that is also well-formed XML", () => {
    const page = toHtml([funder, funder], { language: "de", standalone: true });
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="de">')).toBe(true);
    expect(page).toContain(
      "<title>MIRIAM-Bericht für den Zuschussgeber · MIRIAM-Bericht für den Zuschussgeber</title>",
    );
    // Two reports on one page keep distinct footnote ids.
    expect(page).toContain('id="miriam-report-1-small-cell"');
    expect(page).toContain('id="miriam-report-2-small-cell"');
    const errors: string[] = [];
    new DOMParser({
      onError: (level, message) => errors.push(`${level}: ${message}`),
    }).parseFromString(page.replace("<!DOCTYPE html>\n", ""), "application/xhtml+xml");
    expect(errors).toEqual([]);
  });

  it("shows any text exactly and never lets it become markup", () => {
    const allowed = new Set([
      "html",
      "head",
      "body",
      "article",
      "h1",
      "p",
      "section",
      "h2",
      "table",
      "caption",
      "thead",
      "tbody",
      "tr",
      "th",
      "td",
      "sup",
      "a",
      "footer",
    ]);
    fc.assert(
      fc.property(reportTablesArbitrary, (report) => {
        const html = toHtml(report, { language: "en" });
        for (const element of htmlElements(html)) expect(allowed.has(element.tagName!)).toBe(true);
        // HTML reads a carriage return as a line feed.
        const t = (text: ReportText) =>
          (typeof text === "string" ? text : text.en).replace(/\r\n?/g, "\n");
        expectTablesOf(report, readHtmlTables(html), t);
      }),
    );
  });
});
