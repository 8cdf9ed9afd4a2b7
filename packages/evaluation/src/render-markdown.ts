import {
  byScope,
  cellForPeople,
  footnoteId,
  footnoteOf,
  isNumeric,
  isNumericColumn,
  listOf,
  textIn,
  usedFootnotes,
} from "./_render";
import type { RenderOptions, ReportTables } from "./report-tables";

/** Options of {@link toMarkdown}. */
export interface MarkdownRenderOptions extends RenderOptions {
  /**
   * Charts to show at the top of a scope's section, as images next to the Markdown file
   * (e.g. the SVG files of `programmeCharts`): `src` is the image's path or URL, `alt`
   * what it shows.
   */
  readonly figures?: readonly {
    readonly scope: string;
    readonly src: string;
    readonly alt: string;
  }[];
}

/**
 * Report tables as Markdown (GitHub-flavoured tables): the title and notes, a heading per
 * scope (programme, project, group) and per table, numbers in the language's Belgian
 * locale (`12,5 %` in `nl`), hidden cells marked and explained by a footnote at the end.
 * Text from the data (names, ids, labels from the settings) is escaped, so it can never
 * break a table or turn into a link. Pure.
 *
 * @example
 * ```ts
 * const markdown = toMarkdown(reportTables(groupReport(input)), { language: "nl" });
 * ```
 */
export function toMarkdown(
  input: ReportTables | readonly ReportTables[],
  options: MarkdownRenderOptions = {},
): string {
  const language = options.language ?? "en";
  const t = (text: Parameters<typeof textIn>[0]) => escapeMarkdown(textIn(text, language));
  const documents = listOf(input).map((report) => {
    const footnote = footnoteOf(report);
    const lines = [`# ${t(report.title)}`, ""];
    // A note is a paragraph: a leading "-", "+" or "1." must not start a list.
    for (const note of report.notes)
      lines.push(
        t(note)
          .replace(/^[-+]/, "\\$&")
          .replace(/^(\d+)([.)])/, "$1\\$2"),
        "",
      );
    for (const tables of byScope(report.tables)) {
      lines.push(`## ${t(tables[0]!.scope.label)}`, "");
      for (const figure of options.figures ?? [])
        if (figure.scope === tables[0]!.scope.id)
          lines.push(`![${escapeMarkdown(figure.alt)}](${encodeURI(figure.src)})`, "");
      for (const table of tables) {
        lines.push(`### ${t(table.title)}`, "");
        lines.push(
          `| ${[table.rowHeading, ...table.columns.map((c) => c.label)].map(t).join(" | ")} |`,
        );
        lines.push(
          `| --- | ${table.columns.map((_, i) => (isNumericColumn(table, i) ? "---:" : "---")).join(" | ")} |`,
        );
        for (const row of table.rows) {
          const cells = row.cells.map((cell) => {
            const text = cellForPeople(cell, language, footnote);
            // Numbers are the locale's own digits and signs: nothing to escape.
            const shown =
              isNumeric(cell) && cell.kind !== "suppressed" ? text : escapeMarkdown(text);
            const id = footnoteId(cell);
            const note = id === undefined ? undefined : footnote(id);
            // The no-data dash is its own mark; a hidden cell gets the footnote's mark.
            return note !== undefined && note.marker !== note.shown
              ? `${shown}${escapeMarkdown(note.marker)}`
              : shown;
          });
          lines.push(`| ${[t(row.label), ...cells].join(" | ")} |`);
        }
        lines.push("");
      }
    }
    for (const note of usedFootnotes(report))
      lines.push(`${escapeMarkdown(note.marker)} ${t(note.text)}`, "");
    return lines.join("\n");
  });
  return documents.join("\n");
}

/**
 * Text as Markdown that shows exactly that text, on one line, inside a table cell or a
 * heading: the characters that Markdown or a GFM table give a meaning there are
 * backslash-escaped (CommonMark allows it for any ASCII punctuation), line breaks become
 * spaces. Others (`.`, `-`, parentheses) are left as they are, so the Markdown stays
 * readable as text.
 */
function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n]+/g, " ").replace(/[\\`*_[\]<>|&~#]/g, "\\$&");
}
