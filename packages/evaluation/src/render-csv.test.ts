import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exampleInput } from "../test/example-input";
import { readCsv, reportTablesArbitrary } from "../test/rendered-tables";
import { funderReport } from "./funder-report";
import { groupReport } from "./group-report";
import { toCsv } from "./render-csv";
import { type ReportCell, type ReportTables, reportTables } from "./report-tables";

const input = exampleInput;
const group = reportTables(groupReport(input()));
const funder = reportTables(
  funderReport(input(), {
    projects: [{ id: "ocmw-gent-miriam", ocmw: { name: '=HYPERLINK("x"); "Gent"' } }],
  }),
);

const FORMULA = /^[=+\-@\t\r]/;
/** A cell as written: the text itself, or with a `'` when a spreadsheet would run it. */
const asWritten = (written: string, original: string) =>
  written === original || (written === `'${original}` && FORMULA.test(original));

describe("toCsv, rfc4180", () => {
  it("writes one cell per line with stable codes, and labels in the language", () => {
    const csv = toCsv(group, { language: "nl" });
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.startsWith("scope,section,item,measure,label,value,status\r\n")).toBe(true);
    expect(csv).toContain(
      "\r\ngent-2025-a,participation,completed,value,volledig doorlopen,12,\r\n",
    );
    expect(csv).toContain(
      "\r\ngent-2025-a,scores,finances,mean-change,financiën en schulden (gemiddeld verschil (t1 − t0)),",
    );
    expect(csv).toContain(
      "\r\ngent-2025-a,participants,gent-2025-a-06,status,gent-2025-a-06 (status),declined,\r\n",
    );
    const rows = readCsv(csv);
    const rate = rows.find((r) => r[2] === "completion-rate")!;
    expect(Number(rate[5])).toBeCloseTo(12 / 14, 12);
    // One line per cell of the model, plus the header.
    const cells = group.tables.reduce((n, t) => n + t.rows.length * t.columns.length, 0);
    expect(rows).toHaveLength(cells + 1);
  });

  it("leaves a hidden cell's value empty and says why in the status", () => {
    const rows = readCsv(toCsv(funder, { language: "fr" }));
    const declined = rows.find((r) => r[0] === "programme" && r[2] === "declined")!;
    expect(declined.slice(4)).toEqual(["n'a pas souhaité participer", "", "suppressed"]);
  });

  it("never lets a spreadsheet run text as a formula, and keeps negative numbers as numbers", () => {
    const csv = toCsv(funder);
    expect(csv).not.toMatch(/(^|,)"?=/m);
    const name = readCsv(csv).find((r) => r[1] === "projects" && r[3] === "name")!;
    expect(name[5]).toBe(`'=HYPERLINK("x"); "Gent"`);
    const changes = readCsv(toCsv(group)).filter(
      (r) => r[3] === "mean-change" || r[3] === "change",
    );
    expect(changes.some((r) => r[5]!.startsWith("-"))).toBe(true);
    for (const row of changes) expect(Number.isNaN(Number(row[5]))).toBe(false);
  });

  it("reads back, with a maintained CSV parser, to the cells of any model", () => {
    fc.assert(
      fc.property(
        reportTablesArbitrary,
        fc.constantFrom("nl", "fr", "de", "en" as const),
        (model, language) => {
          const rows = readCsv(toCsv(model, { language }));
          expect(rows[0]).toEqual([
            "scope",
            "section",
            "item",
            "measure",
            "label",
            "value",
            "status",
          ]);
          const lines = rows.slice(1);
          let i = 0;
          for (const table of model.tables)
            for (const row of table.rows)
              table.columns.forEach((column, c) => {
                const line = lines[i++]!;
                expect(line).toHaveLength(7);
                expect(asWritten(line[0]!, table.scope.id)).toBe(true);
                expect(asWritten(line[1]!, table.id)).toBe(true);
                expect(asWritten(line[2]!, row.id)).toBe(true);
                expect(asWritten(line[3]!, column.id)).toBe(true);
                expectValue(row.cells[c]!, line[5]!, line[6]!, language);
              });
          expect(lines).toHaveLength(i);
        },
      ),
    );
  });
});

function expectValue(
  cell: ReportCell,
  value: string,
  status: string,
  language: "nl" | "fr" | "de" | "en",
) {
  const text = (t: string | Record<string, string>) => (typeof t === "string" ? t : t[language]!);
  switch (cell.kind) {
    case "count":
    case "number":
    case "share":
      expect(Number(value) === cell.value).toBe(true);
      return expect(status).toBe("");
    case "term":
      return expect(asWritten(value, cell.code)).toBe(true);
    case "text":
      return expect(asWritten(value, text(cell.text))).toBe(true);
    case "suppressed":
      expect(value).toBe("");
      return expect(status).toBe("suppressed");
    case "empty":
      expect(value).toBe("");
      return expect(status).toBe("no-data");
  }
}

describe("toCsv, excel-be", () => {
  it("writes semicolons, a byte order mark, headings in the language and decimal commas", () => {
    const csv = toCsv(funder, { language: "nl", dialect: "excel-be" });
    expect(csv.startsWith("\uFEFFniveau;tabel;rij;kolom;waarde;opmerking\r\n")).toBe(true);
    expect(csv).toContain("\r\nProgramma;Deelname;gestart (toestemming gegeven);waarde;14;\r\n");
    expect(csv).toContain(
      "\r\nProgramma;Deelname;toegeleid;waarde;;verborgen (kleine aantallen)\r\n",
    );
    const contacts = readCsv(csv, "excel-be").find((r) => r[1] === "Individuele begeleiding")!;
    expect(contacts[4]).toMatch(/^\d+,\d+$/);
    const fr = toCsv(group, { language: "fr", dialect: "excel-be" });
    const change = readCsv(fr, "excel-be").find(
      (r) => r[2] === "finances et dettes" && r[3]!.startsWith("évolution moyenne"),
    )!;
    expect(change[4]).toMatch(/^-?\d+,\d+$/);
    // The terms of the vocabularies in words, not codes.
    expect(fr).toContain(";statut;n'a pas souhaité participer;");
  });

  it("guards formulas but not negative numbers, and reads back with a maintained parser", () => {
    const rows = readCsv(toCsv(funder, { language: "de", dialect: "excel-be" }), "excel-be");
    expect(rows.find((r) => r[3] === "OCMW / CPAS" || r[3] === "ÖSHZ")?.[4]).toBe(
      `'=HYPERLINK("x"); "Gent"`,
    );
    fc.assert(
      fc.property(reportTablesArbitrary, (model: ReportTables) => {
        const lines = readCsv(
          toCsv(model, { language: "de", dialect: "excel-be" }),
          "excel-be",
        ).slice(1);
        let i = 0;
        for (const table of model.tables)
          for (const row of table.rows)
            for (const cell of row.cells) {
              const value = lines[i++]![4]!;
              if (cell.kind === "count" || cell.kind === "number" || cell.kind === "share") {
                expect(value).not.toMatch(/^'/);
                const read = Number(value.replace(",", "."));
                expect(Math.abs(read - cell.value)).toBeLessThanOrEqual(
                  Math.abs(cell.value) * 1e-14,
                );
              } else if (cell.kind === "suppressed" || cell.kind === "empty")
                expect(value).toBe("");
            }
        expect(lines).toHaveLength(i);
      }),
    );
  });
});
