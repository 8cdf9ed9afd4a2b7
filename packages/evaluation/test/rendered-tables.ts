import { parse as parseCsv } from "csv-parse/sync";
import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { parse as parseHtml } from "parse5";
import { expect } from "vitest";
import type { ReportCell, ReportTables, ReportText } from "../src/report-tables";

// Readers of the renderers' output, written with maintained parsers (csv-parse,
// markdown-it, parse5) rather than with the renderers' own code, so a test compares what
// a reader's tool sees with the model.

/** A table as a reader's tool sees it. */
export interface ReadTable {
  readonly title: string;
  readonly header: string[];
  readonly rows: string[][];
  /** Per body cell, attributes that matter (HTML only). */
  readonly attributes?: Record<string, string>[][];
}

/** CSV rows, read by csv-parse in strict mode. */
export function readCsv(text: string, dialect: "rfc4180" | "excel-be" = "rfc4180"): string[][] {
  return parseCsv(text, {
    delimiter: dialect === "excel-be" ? ";" : ",",
    bom: dialect === "excel-be",
    record_delimiter: "\r\n",
    relax_column_count: false,
  }) as string[][];
}

const markdown = new MarkdownIt();

/**
 * The tables of a Markdown text, each with the `###` heading before it. A cell whose
 * inline content is anything but plain text (emphasis, a link, HTML, code) reads as
 * `<type>`, so escaping failures show.
 */
export function readMarkdownTables(text: string): ReadTable[] {
  const tokens = markdown.parse(text, {});
  const tables: { title: string; header: string[]; rows: string[][] }[] = [];
  let title = "";
  let row: string[] | undefined;
  let inHead = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === "heading_open" && token.tag === "h3") title = inlineText(tokens[i + 1]!);
    else if (token.type === "table_open") tables.push({ title, header: [], rows: [] });
    else if (token.type === "thead_open") inHead = true;
    else if (token.type === "thead_close") inHead = false;
    else if (token.type === "tr_open") row = [];
    else if (token.type === "tr_close" && row !== undefined) {
      const table = tables.at(-1)!;
      if (inHead) table.header.push(...row);
      else table.rows.push(row);
      row = undefined;
    } else if ((token.type === "th_open" || token.type === "td_open") && row !== undefined)
      row.push(inlineText(tokens[i + 1]!));
  }
  return tables;
}

type Token = ReturnType<MarkdownIt["parse"]>[number];

function inlineText(token: Token): string {
  if (token.type !== "inline") return "";
  return (token.children ?? [])
    .map((child) =>
      child.type === "text" ? child.content : child.type === "softbreak" ? "\n" : `<${child.type}>`,
    )
    .join("");
}

/** Headings of a level in a Markdown text, as text. */
export function readMarkdownHeadings(text: string, level: 1 | 2 | 3): string[] {
  const tokens = markdown.parse(text, {});
  return tokens.flatMap((token, i) =>
    token.type === "heading_open" && token.tag === `h${level}` ? [inlineText(tokens[i + 1]!)] : [],
  );
}

interface HtmlNode {
  readonly nodeName: string;
  readonly tagName?: string;
  readonly value?: string;
  readonly attrs?: { name: string; value: string }[];
  readonly childNodes?: HtmlNode[];
  readonly content?: HtmlNode;
}

/** Every element of an HTML text, depth first. */
export function htmlElements(text: string): HtmlNode[] {
  const all: HtmlNode[] = [];
  const walk = (node: HtmlNode) => {
    if (node.tagName !== undefined) all.push(node);
    for (const child of node.childNodes ?? []) walk(child);
  };
  walk(parseHtml(text) as unknown as HtmlNode);
  return all;
}

/** The text of an HTML node, as a browser's `textContent`. */
export function textContent(node: HtmlNode): string {
  if (node.nodeName === "#text") return node.value ?? "";
  return (node.childNodes ?? []).map(textContent).join("");
}

const attributesOf = (node: HtmlNode) =>
  Object.fromEntries((node.attrs ?? []).map((a) => [a.name, a.value]));
const childrenNamed = (node: HtmlNode, name: string) =>
  (node.childNodes ?? []).filter((child) => child.tagName === name);

/** The tables of an HTML text, with their captions, read by parse5 as a browser would. */
export function readHtmlTables(text: string): ReadTable[] {
  return htmlElements(text)
    .filter((element) => element.tagName === "table")
    .map((table) => {
      const caption = childrenNamed(table, "caption")[0];
      const head = childrenNamed(table, "thead")[0];
      const body = childrenNamed(table, "tbody")[0];
      const bodyRows = body === undefined ? [] : childrenNamed(body, "tr");
      const cellsOf = (tr: HtmlNode) =>
        (tr.childNodes ?? []).filter((c) => c.tagName === "th" || c.tagName === "td");
      return {
        title: caption === undefined ? "" : textContent(caption),
        header:
          head === undefined ? [] : childrenNamed(head, "tr").flatMap(cellsOf).map(textContent),
        rows: bodyRows.map((tr) => cellsOf(tr).map(textContent)),
        attributes: bodyRows.map((tr) =>
          cellsOf(tr).map((cell) => ({ tag: cell.tagName!, ...attributesOf(cell) })),
        ),
      };
    });
}

// Report tables made up by fast-check: texts with every character that means something
// in CSV, Markdown or HTML, numbers of any size, and every kind of cell.

const characters = [
  ..."abcXYZ019 ",
  ...`!"#$%&'()*+,-./:;<=>?@[\\]^_\`{|}~`,
  "\n",
  "\r",
  "é",
  "ü",
  "ß",
  "†",
  "–",
  "’",
  "€",
  "😀",
];
/** A text made of characters that mean something somewhere. */
export const text = fc.string({ unit: fc.constantFrom(...characters), maxLength: 12 });
const reportText: fc.Arbitrary<ReportText> = fc.oneof(
  text,
  fc.record({ nl: text, fr: text, de: text, en: text }),
);

const cell: fc.Arbitrary<ReportCell> = fc.oneof(
  fc.nat().map((value) => ({ kind: "count", value }) as const),
  fc
    .double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 })
    .map((value) => ({ kind: "number", value }) as const),
  fc.double({ noNaN: true, min: 0, max: 1 }).map((value) => ({ kind: "share", value }) as const),
  fc.record({ kind: fc.constant("term" as const), code: text, label: reportText }),
  fc.record({ kind: fc.constant("text" as const), text: reportText }),
  fc.constant({ kind: "suppressed", reason: "small-cell" } as const),
  fc.constant({ kind: "empty", reason: "no-data" } as const),
);

/** Footnotes as the kit makes them, in English words that no generated text contains. */
export const FOOTNOTES: ReportTables["footnotes"] = [
  { id: "small-cell", marker: "†", shown: "HIDDEN", label: "HIDDEN NOTE", text: "Hidden note." },
  { id: "no-data", marker: "–", shown: "–", label: "NO DATA", text: "No data." },
];

/** Report tables of any shape. */
export const reportTablesArbitrary: fc.Arbitrary<ReportTables> = fc
  .record({
    title: reportText,
    notes: fc.array(reportText, { maxLength: 2 }),
    tables: fc.array(
      fc.integer({ min: 1, max: 4 }).chain((width) =>
        fc.record({
          id: text,
          scope: fc.record({ id: text, label: reportText }),
          title: reportText,
          rowHeading: reportText,
          columns: fc.array(fc.record({ id: text, label: reportText }), {
            minLength: width,
            maxLength: width,
          }),
          rows: fc.array(
            fc.record({
              id: text,
              label: reportText,
              cells: fc.array(cell, { minLength: width, maxLength: width }),
            }),
            { maxLength: 4 },
          ),
        }),
      ),
      { maxLength: 4 },
    ),
  })
  .map((model) => ({
    kind: "miriam-report-tables" as const,
    report: "funder" as const,
    ...model,
    footnotes: FOOTNOTES,
  }));

/**
 * Checks tables as a reader's tool saw them against the model they were rendered from:
 * titles, headings, row headings, texts and terms exactly (as `t` shows them), hidden
 * cells as the `HIDDEN` mark of {@link FOOTNOTES}, counts with their digits.
 */
export function expectTablesOf(
  report: ReportTables,
  read: readonly ReadTable[],
  t: (text: ReportText) => string,
): void {
  expect(read).toHaveLength(report.tables.length);
  report.tables.forEach((table, i) => {
    const seen = read[i]!;
    expect(seen.title).toBe(t(table.title));
    expect(seen.header).toEqual([table.rowHeading, ...table.columns.map((c) => c.label)].map(t));
    expect(seen.rows).toHaveLength(table.rows.length);
    table.rows.forEach((row, r) => {
      const cells = seen.rows[r]!;
      expect(cells).toHaveLength(table.columns.length + 1);
      expect(cells[0]).toBe(t(row.label));
      row.cells.forEach((cell, c) => {
        const shown = cells[c + 1]!;
        if (cell.kind === "text") expect(shown).toBe(t(cell.text));
        else if (cell.kind === "term") expect(shown).toBe(t(cell.label));
        else if (cell.kind === "suppressed") expect(shown).toBe("HIDDEN†");
        else if (cell.kind === "empty") expect(shown).toBe("–");
        else if (cell.kind === "count") expect(shown.replaceAll(".", "")).toBe(String(cell.value));
      });
    });
  });
}
