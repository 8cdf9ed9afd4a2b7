import {
  byScope,
  cellForPeople,
  footnoteId,
  footnoteOf,
  isNumericColumn,
  listOf,
  textIn,
  usedFootnotes,
} from "./_render";
import { escapeXml as escapeHtml } from "./_svg";
import type { RenderOptions, ReportTables, ReportText } from "./report-tables";

/** Options of {@link toHtml}. */
export interface HtmlRenderOptions extends RenderOptions {
  /**
   * A whole page (`<!DOCTYPE html>`, `<html lang>`, a title and a small print style)
   * rather than an `<article>` to place in a page of your own. Default `false`.
   */
  readonly standalone?: boolean;
  /** Prefix of the footnotes' ids, when several reports share a page. Default `"miriam-report"`. */
  readonly idPrefix?: string;
  /**
   * Charts (SVG documents, e.g. from `programmeCharts`) placed inline at the top of the
   * section of their scope. Give them unique id prefixes: ids must be unique in a page.
   */
  readonly figures?: readonly { readonly scope: string; readonly svg: string }[];
}

/**
 * Report tables as HTML: an `<article lang>` per report with its title and notes, a
 * `<section>` per scope, tables with a `<caption>`, column headings `<th scope="col">`
 * and row headings `<th scope="row">`, numbers in the language's Belgian locale aligned
 * right, and each hidden cell linked to the footnote that explains it. Every text is
 * escaped. The markup is also well-formed XML. Pure.
 *
 * @example
 * ```ts
 * const page = toHtml(reportTables(funderReport(input)), { language: "fr", standalone: true });
 * ```
 */
export function toHtml(
  input: ReportTables | readonly ReportTables[],
  options: HtmlRenderOptions = {},
): string {
  const language = options.language ?? "en";
  const prefix = options.idPrefix ?? "miriam-report";
  const reports = listOf(input);
  const t = (text: ReportText) => escapeHtml(textIn(text, language));
  const articles = reports.map((report, index) => {
    const noteId = (id: string) => `${prefix}${reports.length > 1 ? `-${index + 1}` : ""}-${id}`;
    const footnote = footnoteOf(report);
    const out = [
      `<article class="miriam-report" lang="${language}">`,
      `<h1>${t(report.title)}</h1>`,
    ];
    for (const note of report.notes) out.push(`<p>${t(note)}</p>`);
    for (const tables of byScope(report.tables)) {
      out.push("<section>", `<h2>${t(tables[0]!.scope.label)}</h2>`);
      for (const figure of options.figures ?? [])
        if (figure.scope === tables[0]!.scope.id)
          out.push(
            `<figure class="miriam-chart">${figure.svg.replace(/^<\?xml[^>]*>\s*/, "")}</figure>`,
          );
      for (const table of tables) {
        const numeric = table.columns.map((_, i) => isNumericColumn(table, i));
        out.push(
          `<table data-table="${escapeHtml(table.id)}">`,
          `<caption>${t(table.title)}</caption>`,
          `<thead><tr><th scope="col">${t(table.rowHeading)}</th>${table.columns
            .map((c, i) => `<th scope="col"${numeric[i] ? ' class="num"' : ""}>${t(c.label)}</th>`)
            .join("")}</tr></thead>`,
          "<tbody>",
        );
        for (const row of table.rows) {
          const cells = row.cells.map((cell, i) => {
            const shown = escapeHtml(cellForPeople(cell, language, footnote));
            const classes = [
              numeric[i] ? "num" : "",
              cell.kind === "suppressed" ? "suppressed" : "",
            ]
              .filter(Boolean)
              .join(" ");
            const attribute = classes === "" ? "" : ` class="${classes}"`;
            const id = footnoteId(cell);
            const note = id === undefined ? undefined : footnote(id);
            if (note === undefined || note.marker === note.shown)
              return `<td${attribute}>${shown}</td>`;
            return `<td${attribute} aria-describedby="${noteId(note.id)}">${shown}<sup><a href="#${noteId(note.id)}">${escapeHtml(note.marker)}</a></sup></td>`;
          });
          out.push(`<tr><th scope="row">${t(row.label)}</th>${cells.join("")}</tr>`);
        }
        out.push("</tbody>", "</table>");
      }
      out.push("</section>");
    }
    const notes = usedFootnotes(report);
    if (notes.length > 0) {
      out.push("<footer>");
      for (const note of notes)
        out.push(`<p id="${noteId(note.id)}">${escapeHtml(note.marker)} ${t(note.text)}</p>`);
      out.push("</footer>");
    }
    out.push("</article>");
    return out.join("\n");
  });
  const body = articles.join("\n");
  if (options.standalone !== true) return `${body}\n`;
  const title = reports.map((report) => t(report.title)).join(" · ");
  return `<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${title}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem; color: #1a1a1a; }
table { border-collapse: collapse; margin: 0 0 1.5rem; }
caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }
th, td { border: 1px solid #999; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.suppressed { font-style: italic; }
.miriam-chart { margin: 0 0 1.5rem; max-width: 760px; }
.miriam-chart svg { width: 100%; height: auto; }
@media print { body { margin: 0; } table { page-break-inside: avoid; } }
</style>
</head>
<body>
${body}
</body>
</html>
`;
}
