import { listOf, textIn } from "./_render";
import type { RenderOptions, ReportCell, ReportTables } from "./report-tables";

/**
 * Report tables as JSON text (2-space indentation), with every label in the chosen
 * language: `{ kind: "miriam-report-tables", formatVersion: 1, language, report, title,
 * notes, tables: [{ id, scope, title, rowHeading, columns, rows: [{ id, label, cells }] }],
 * footnotes }`. Cells keep their kind (`{ "kind": "count", "value": 12 }`); a suppressed
 * cell is `{ "kind": "suppressed", "reason": "small-cell" }` and carries no value; a
 * term has its `code` and its `label`. Several reports make an array. For the report's
 * own data use `reportToJson`. Pure.
 *
 * @example
 * ```ts
 * const json = toJson(reportTables(funderReport(input)), { language: "de" });
 * ```
 */
export function toJson(
  input: ReportTables | readonly ReportTables[],
  options: RenderOptions = {},
): string {
  const language = options.language ?? "en";
  const t = (text: Parameters<typeof textIn>[0]) => textIn(text, language);
  const cell = (c: ReportCell) =>
    c.kind === "term"
      ? { kind: c.kind, code: c.code, label: t(c.label) }
      : c.kind === "text"
        ? { kind: c.kind, text: t(c.text) }
        : c;
  const documents = listOf(input).map((report) => ({
    kind: report.kind,
    formatVersion: 1,
    language,
    report: report.report,
    title: t(report.title),
    notes: report.notes.map(t),
    tables: report.tables.map((table) => ({
      id: table.id,
      scope: { id: table.scope.id, label: t(table.scope.label) },
      title: t(table.title),
      rowHeading: t(table.rowHeading),
      columns: table.columns.map((column) => ({ id: column.id, label: t(column.label) })),
      rows: table.rows.map((row) => ({
        id: row.id,
        label: t(row.label),
        cells: row.cells.map(cell),
      })),
    })),
    footnotes: report.footnotes.map((note) => ({
      id: note.id,
      marker: note.marker,
      shown: t(note.shown),
      label: t(note.label),
      text: t(note.text),
    })),
  }));
  return `${JSON.stringify(Array.isArray(input) ? documents : documents[0], null, 2)}\n`;
}
