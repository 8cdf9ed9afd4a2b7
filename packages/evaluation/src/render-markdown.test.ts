import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  expectTablesOf,
  FOOTNOTES,
  readMarkdownHeadings,
  readMarkdownTables,
  reportTablesArbitrary,
} from "../test/rendered-tables";
import { toMarkdown } from "./render-markdown";
import type { ReportTables, ReportText } from "./report-tables";

const both = (nl: string, en: string) => ({ nl, fr: en, de: en, en });

/** A small model written out by hand, so the expected Markdown can be too. */
const model: ReportTables = {
  kind: "miriam-report-tables",
  report: "funder",
  title: both("Rapport", "Report"),
  notes: [both("Een noot.", "A note.")],
  tables: [
    {
      id: "participation",
      scope: { id: "programme", label: both("Programma", "Programme") },
      title: both("Deelname", "Participation"),
      rowHeading: both("gegeven", "figure"),
      columns: [
        { id: "value", label: both("waarde", "value") },
        { id: "share", label: both("aandeel", "share") },
      ],
      rows: [
        {
          id: "started",
          label: both("gestart", "started"),
          cells: [
            { kind: "count", value: 1234 },
            { kind: "share", value: 0.857 },
          ],
        },
        {
          id: "declined",
          label: both("niet ingestapt", "declined"),
          cells: [
            { kind: "suppressed", reason: "small-cell" },
            { kind: "empty", reason: "no-data" },
          ],
        },
        {
          id: "change",
          label: "ocmw-gent | *A*",
          cells: [
            { kind: "number", value: -0.5, signed: true },
            { kind: "number", value: 2.456 },
          ],
        },
      ],
    },
  ],
  footnotes: [
    { ...FOOTNOTES[0]!, shown: both("verborgen", "hidden"), text: both("Verborgen.", "Hidden.") },
    FOOTNOTES[1]!,
  ],
};

describe("toMarkdown", () => {
  it("writes the title, notes, a heading per scope and table, numbers in nl-BE and the footnotes used", () => {
    expect(toMarkdown(model, { language: "nl" })).toBe(
      [
        "# Rapport",
        "",
        "Een noot.",
        "",
        "## Programma",
        "",
        "### Deelname",
        "",
        "| gegeven | waarde | aandeel |",
        "| --- | ---: | ---: |",
        "| gestart | 1.234 | 85,7% |",
        "| niet ingestapt | verborgen† | – |",
        "| ocmw-gent \\| \\*A\\* | -0,5 | 2,46 |",
        "",
        "† Verborgen.",
        "",
        "– No data.",
        "",
      ].join("\n"),
    );
  });

  it("formats numbers in the reader's Belgian locale", () => {
    const en = toMarkdown(model, { language: "en" });
    expect(en).toContain("| started | 1.234 | 85,7% |");
    expect(en).toContain("| declined | hidden† | – |");
  });

  it("leaves out footnotes that no cell needs", () => {
    const table = model.tables[0]!;
    const plain: ReportTables = { ...model, tables: [{ ...table, rows: [table.rows[0]!] }] };
    expect(toMarkdown(plain)).not.toContain("†");
  });

  it("shows any text exactly, whatever Markdown or table characters it holds", () => {
    fc.assert(
      fc.property(reportTablesArbitrary, (report) => {
        const markdown = toMarkdown(report, { language: "en" });
        const t = (text: ReportText) =>
          (typeof text === "string" ? text : text.en).replace(/[\r\n]+/g, " ").trim();
        expect(readMarkdownHeadings(markdown, 1)).toEqual([t(report.title)]);
        expectTablesOf(report, readMarkdownTables(markdown), t);
      }),
    );
  });
});
