import { LANGUAGES } from "@miriam/schemas";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exampleInput } from "../test/example-input";
import { readCsv, readHtmlTables, readMarkdownTables } from "../test/rendered-tables";
import { funderReport } from "./funder-report";
import { groupReport } from "./group-report";
import { toCsv } from "./render-csv";
import { toHtml } from "./render-html";
import { toJson } from "./render-json";
import { toMarkdown } from "./render-markdown";
import { type ReportCell, reportTables } from "./report-tables";

// The example cohort is one group of one project: the group report shows every figure
// the funder report hides, so each hidden cell's true value is known and can be looked
// for in what each renderer writes.

const input = exampleInput;
const truth = reportTables(groupReport(input()));
const trueValue = (table: string, row: string, column: number): number | undefined => {
  const cell = truth.tables.find((t) => t.id === table)?.rows.find((r) => r.id === row)?.cells[
    column
  ];
  return cell !== undefined && "value" in cell ? cell.value : undefined;
};

/** Every hidden cell of a model, with its position in render order. */
function hiddenCells(model: ReturnType<typeof reportTables>) {
  const hidden: { table: number; row: number; column: number; value: number | undefined }[] = [];
  for (const [t, table] of model.tables.entries())
    for (const [r, row] of table.rows.entries())
      for (const [c, cell] of row.cells.entries())
        if ((cell as ReportCell).kind === "suppressed")
          hidden.push({ table: t, row: r, column: c, value: trueValue(table.id, row.id, c) });
  return hidden;
}

describe("suppressed cells", () => {
  it("never show their count, in any renderer, language or threshold", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 15 }),
        fc.constantFrom(...LANGUAGES),
        (threshold, language) => {
          const model = reportTables(funderReport(input(), { threshold }));
          const hidden = hiddenCells(model);
          expect(hidden.length).toBeGreaterThan(0);
          // Some hidden cells have a true value other than 0, or the check proves little.
          expect(hidden.some((h) => (h.value ?? 0) > 0)).toBe(true);

          const markdown = readMarkdownTables(toMarkdown(model, { language }));
          const html = readHtmlTables(toHtml(model, { language }));
          for (const h of hidden)
            for (const read of [markdown, html]) {
              const shown = read[h.table]!.rows[h.row]![h.column + 1]!;
              expect(shown).not.toMatch(/\d/);
            }

          for (const dialect of ["rfc4180", "excel-be"] as const) {
            const lines = readCsv(toCsv(model, { language, dialect }), dialect).slice(1);
            const valueAt = dialect === "rfc4180" ? 5 : 4;
            let i = 0;
            const positions = new Map<string, number>();
            for (const [t, table] of model.tables.entries())
              for (const [r, row] of table.rows.entries())
                for (const c of row.cells.keys()) positions.set(`${t}/${r}/${c}`, i++);
            for (const h of hidden)
              expect(lines[positions.get(`${h.table}/${h.row}/${h.column}`)!]![valueAt]).toBe("");
          }

          const json = JSON.parse(toJson(model, { language }));
          for (const h of hidden)
            expect(json.tables[h.table].rows[h.row].cells[h.column]).toEqual({
              kind: "suppressed",
              reason: "small-cell",
            });
        },
      ),
      { numRuns: 20 },
    );
  }, 60_000); // 20 programmes rendered four ways: slow on a shared machine, not a speed test
});
