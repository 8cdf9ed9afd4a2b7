import type { Language } from "@miriam/schemas";
import type {
  ReportCell,
  ReportFootnote,
  ReportTable,
  ReportTables,
  ReportText,
} from "./report-tables";

// What the renderers share: a text in the reader's language, numbers in the reader's
// locale, footnotes of the cells that show no value, and tables grouped by scope.

/** A report text in a language. */
export const textIn = (text: ReportText, language: Language): string =>
  typeof text === "string" ? text : text[language];

/** One report or several, as a list. */
export const listOf = (input: ReportTables | readonly ReportTables[]): readonly ReportTables[] =>
  isList(input) ? input : [input];

function isList(input: ReportTables | readonly ReportTables[]): input is readonly ReportTables[] {
  return Array.isArray(input);
}

/** The Belgian locale of a language: numbers read as a reader in Belgium expects them. */
export const localeOf = (language: Language): string => `${language}-BE`;

const formats = new Map<string, Intl.NumberFormat>();
function format(language: Language, style: string, options: Intl.NumberFormatOptions) {
  const key = `${language}/${style}`;
  let found = formats.get(key);
  if (found === undefined) {
    found = new Intl.NumberFormat(localeOf(language), options);
    formats.set(key, found);
  }
  return found;
}

/** A number cell as people read it, in the language's Belgian locale. */
export function numberForPeople(
  cell: Extract<ReportCell, { kind: "count" | "number" | "share" }>,
  language: Language,
): string {
  switch (cell.kind) {
    case "count":
      return format(language, "count", { maximumFractionDigits: 0 }).format(cell.value);
    case "share":
      return format(language, "share", { style: "percent", maximumFractionDigits: 1 }).format(
        cell.value,
      );
    case "number":
      return cell.signed === true
        ? format(language, "signed", {
            maximumFractionDigits: 2,
            signDisplay: "exceptZero",
          }).format(cell.value)
        : format(language, "number", { maximumFractionDigits: 2 }).format(cell.value);
  }
}

/**
 * A number for a spreadsheet in Belgium: the locale's decimal comma, no grouping, the 15
 * significant digits a spreadsheet keeps.
 */
export function numberForSpreadsheet(value: number, language: Language): string {
  return format(language, "spreadsheet", {
    useGrouping: false,
    maximumSignificantDigits: 15,
  }).format(value);
}

/** Whether a cell is numeric (or stands for a number it does not show). */
export const isNumeric = (cell: ReportCell | undefined): boolean =>
  cell !== undefined &&
  (cell.kind === "count" ||
    cell.kind === "number" ||
    cell.kind === "share" ||
    cell.kind === "suppressed");

/** Whether a column holds numbers only (to align it right), with at least one number. */
export function isNumericColumn(table: ReportTable, column: number): boolean {
  let numbers = 0;
  for (const row of table.rows) {
    const cell = row.cells[column];
    if (cell?.kind === "empty") continue;
    if (!isNumeric(cell)) return false;
    numbers++;
  }
  return numbers > 0;
}

/** A cell's text for people, without its footnote marker. */
export function cellForPeople(
  cell: ReportCell,
  language: Language,
  footnote: (id: ReportFootnote["id"]) => ReportFootnote | undefined,
): string {
  switch (cell.kind) {
    case "count":
    case "number":
    case "share":
      return numberForPeople(cell, language);
    case "term":
      return textIn(cell.label, language);
    case "text":
      return textIn(cell.text, language);
    case "suppressed":
    case "empty": {
      const note = footnote(cell.reason);
      return note === undefined ? "" : textIn(note.shown, language);
    }
  }
}

/** The footnote a cell refers to, if any. */
export const footnoteId = (cell: ReportCell): ReportFootnote["id"] | undefined =>
  cell.kind === "suppressed" || cell.kind === "empty" ? cell.reason : undefined;

/** The footnotes of a report that some cell refers to, in the report's order. */
export function usedFootnotes(report: ReportTables): ReportFootnote[] {
  const used = new Set<string>();
  for (const table of report.tables)
    for (const row of table.rows)
      for (const cell of row.cells) {
        const id = footnoteId(cell);
        if (id !== undefined) used.add(id);
      }
  return report.footnotes.filter((note) => used.has(note.id));
}

/** A report's footnote by id. */
export const footnoteOf =
  (report: ReportTables) =>
  (id: ReportFootnote["id"]): ReportFootnote | undefined =>
    report.footnotes.find((note) => note.id === id);

/** Consecutive tables of one scope, in order. */
export function byScope(tables: readonly ReportTable[]): ReportTable[][] {
  const groups: ReportTable[][] = [];
  for (const table of tables) {
    const last = groups.at(-1);
    if (last !== undefined && last[0]!.scope.id === table.scope.id) last.push(table);
    else groups.push([table]);
  }
  return groups;
}
