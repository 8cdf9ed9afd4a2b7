import type { Language } from "@miriam/schemas";
import { footnoteOf, listOf, numberForSpreadsheet, textIn } from "./_render";
import { texts } from "./_texts";
import type { RenderOptions, ReportCell, ReportTables } from "./report-tables";

/**
 * How a CSV is written.
 *
 * - `rfc4180`: for programs. Commas, `\r\n`, numbers as JavaScript writes them (`0.75`),
 *   stable codes in the header and in the `scope`, `section`, `item`, `measure` and
 *   `status` columns, vocabulary terms as their codes; one `label` column in the language.
 * - `excel-be`: for people who open it in a spreadsheet set up for Belgium (Excel
 *   expects `;` there): semicolons, a UTF-8 byte order mark so accents survive, the
 *   decimal comma (`0,75`), and every heading, term and note in the language.
 */
export type CsvDialect = "rfc4180" | "excel-be";

/** The CSV dialects, for option parsers. */
export const CSV_DIALECTS: readonly CsvDialect[] = ["rfc4180", "excel-be"];

/** Options of {@link toCsv}. */
export interface CsvRenderOptions extends RenderOptions {
  /** Default `"rfc4180"`. */
  readonly dialect?: CsvDialect;
}

/** The rfc4180 header: one figure per line, so any spreadsheet can pivot it. */
const HEADER = ["scope", "section", "item", "measure", "label", "value", "status"];

/**
 * Report tables as CSV, one cell of a table per line (`\r\n` line ends, RFC 4180 quoting).
 *
 * In the `rfc4180` dialect (the default) the columns are `scope` (programme, project or
 * group id), `section` (the table), `item` (the row) and `measure` (the column) as stable
 * codes, `label` (row and column headings in the language), `value`, and `status`
 * (`suppressed`, or `no-data` when there was nothing to compute on). In the `excel-be`
 * dialect the same lines have headings and terms in the language, decimal commas, `;`
 * and a byte order mark: see {@link CsvDialect}. A suppressed cell's value is always
 * empty. Text that a spreadsheet would run as a formula is prefixed with `'`. Pure.
 *
 * @example
 * ```ts
 * const tables = reportTables(funderReport(input));
 * writeFileSync("funder.csv", toCsv(tables, { language: "fr", dialect: "excel-be" }));
 * ```
 */
export function toCsv(
  input: ReportTables | readonly ReportTables[],
  options: CsvRenderOptions = {},
): string {
  const language = options.language ?? "en";
  const forPeople = options.dialect === "excel-be";
  const separator = forPeople ? ";" : ",";
  const line = (cells: readonly string[]) => cells.map((c) => quote(c, separator)).join(separator);
  const lines = [
    line(
      forPeople
        ? [
            texts.csvScope,
            texts.csvTable,
            texts.csvRow,
            texts.csvColumn,
            texts.value,
            texts.csvNote,
          ].map((text) => guard(text[language]))
        : HEADER,
    ),
  ];
  for (const report of listOf(input)) {
    const footnote = footnoteOf(report);
    for (const table of report.tables) {
      const scope = textIn(table.scope.label, language);
      const title = textIn(table.title, language);
      const many = table.columns.length > 1;
      for (const row of table.rows) {
        const rowLabel = textIn(row.label, language);
        table.columns.forEach((column, i) => {
          const cell: ReportCell = row.cells[i] ?? { kind: "empty", reason: "no-data" };
          const columnLabel = textIn(column.label, language);
          const note =
            cell.kind === "suppressed" || cell.kind === "empty" ? footnote(cell.reason) : undefined;
          if (forPeople)
            lines.push(
              line([
                guard(scope),
                guard(title),
                guard(rowLabel),
                guard(columnLabel),
                peopleValue(cell, language),
                note === undefined ? "" : guard(textIn(note.label, language)),
              ]),
            );
          else
            lines.push(
              line([
                guard(table.scope.id),
                guard(table.id),
                guard(row.id),
                guard(column.id),
                guard(many ? `${rowLabel} (${columnLabel})` : rowLabel),
                machineValue(cell, language),
                cell.kind === "suppressed"
                  ? "suppressed"
                  : cell.kind === "empty"
                    ? cell.reason
                    : "",
              ]),
            );
        });
      }
    }
  }
  return `${forPeople ? "\uFEFF" : ""}${lines.join("\r\n")}\r\n`;
}

function machineValue(cell: ReportCell, language: Language): string {
  switch (cell.kind) {
    case "count":
    case "number":
    case "share":
      return String(cell.value);
    case "term":
      return guard(cell.code);
    case "text":
      return guard(textIn(cell.text, language));
    case "suppressed":
    case "empty":
      return "";
  }
}

function peopleValue(cell: ReportCell, language: Language): string {
  switch (cell.kind) {
    case "count":
    case "number":
    case "share":
      return numberForSpreadsheet(cell.value, language);
    case "term":
      return guard(textIn(cell.label, language));
    case "text":
      return guard(textIn(cell.text, language));
    case "suppressed":
    case "empty":
      return "";
  }
}

/**
 * Text that a spreadsheet would run as a formula gets a leading `'` (CSV injection);
 * text that reads as a plain number is left alone.
 */
export function guard(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && Number.isNaN(Number(text)) ? `'${text}` : text;
}

/** RFC 4180 quoting, with the dialect's separator. */
export function quote(text: string, separator: string): string {
  return text.includes(separator) || /["\r\n]/.test(text)
    ? `"${text.replaceAll('"', '""')}"`
    : text;
}
