// Markdown of an evaluation report, read from its CSV (one figure per row): the labels
// are evaluation's own, in the chosen language, so nothing is retyped here.

interface Row {
  readonly scope: string;
  readonly section: string;
  readonly item: string;
  readonly measure: string;
  readonly label: string;
  readonly value: string;
  readonly status: string;
}

/** Splits RFC 4180 CSV into rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(cell);
      cell = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += char;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

function rowsOf(csv: string): Row[] {
  const [header, ...body] = parseCsv(csv);
  if (header === undefined) return [];
  return body
    .filter((cells) => cells.length === header.length)
    .map(
      (cells) => Object.fromEntries(header.map((name, i) => [name, cells[i]!])) as unknown as Row,
    );
}

function shownValue(row: Row): string {
  if (row.status === "suppressed") return "*hidden*";
  if (row.status === "no-data" || row.value === "") return "–";
  const number = Number(row.value);
  if (Number.isNaN(number)) return row.value;
  return Number.isInteger(number) ? String(number) : number.toFixed(2);
}

const cell = (text: string) => text.replace(/\|/g, "\\|");
const heading = (code: string) => code.charAt(0).toUpperCase() + code.slice(1).replace(/-/g, " ");

/** @internal A report's CSV as Markdown: a table per section of each scope but participants'. */
export function reportMarkdown(
  title: string,
  csv: string,
  notes: readonly string[],
  participantScopes: ReadonlySet<string>,
): string {
  const rows = rowsOf(csv);
  const lines = [`# ${title}`, "", ...notes.flatMap((note) => [note, ""])];
  const scopes = [...new Set(rows.map((row) => row.scope))].filter(
    (scope) => !participantScopes.has(scope),
  );
  for (const scope of scopes) {
    lines.push(`## ${scope}`, "");
    const inScope = rows.filter((row) => row.scope === scope);
    for (const section of new Set(inScope.map((row) => row.section))) {
      lines.push(
        `### ${heading(section)}`,
        "",
        "| Figure | Measure | Value |",
        "| --- | --- | ---: |",
      );
      for (const row of inScope.filter((r) => r.section === section))
        lines.push(`| ${cell(row.label)} | ${row.measure} | ${shownValue(row)} |`);
      lines.push("");
    }
  }
  if (participantScopes.size > 0)
    lines.push(
      `Figures per participant (${participantScopes.size} trajectories) are in the CSV and JSON formats: \`--format csv\` or \`--format json\`.`,
      "",
    );
  return lines.join("\n");
}
