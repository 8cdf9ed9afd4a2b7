import { markdownText, svgDataUri } from "./_escape";
import type { PageFrame } from "./_html";
import type { Block, DocumentBody, Inline } from "./blocks";

const BLANK = { short: "……………", long: "………………………………" } as const;

function inlinePart(part: Inline, context: "block" | "cell"): string {
  switch (part.kind) {
    case "text": {
      const text = markdownText(part.text, context);
      // Emphasis does not open next to a space, so keep the spaces outside the stars.
      if (!part.strong || text.trim() === "") return text;
      const [, before, core, after] = /^(\s*)(.*?)(\s*)$/s.exec(text)!;
      return `${before}**${core}**${after}`;
    }
    case "blank":
      return BLANK[part.size ?? "short"];
    case "tick":
      return part.ticked ? "☒" : "☐";
  }
}

// Leading spaces would indent the block (four make code); trailing ones would make a
// hard break. Neither is ever meant, so every block's text is trimmed.
function inline(content: readonly Inline[], context: "block" | "cell" = "block"): string {
  return content
    .map((part) => inlinePart(part, context))
    .join("")
    .trim()
    .replace(/[ \t]+$/gm, "");
}

// Code points, not UTF-16 units, so "…" and accented letters count as one column.
const width = (text: string) => [...text].length;

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = head.map((cell, column) =>
    Math.max(3, width(cell), ...rows.map((row) => width(row[column] ?? ""))),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, column) => cell + " ".repeat(widths[column]! - width(cell))).join(" | ")} |`;
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

function indent(text: string, prefix: string): string {
  return text.replaceAll("\n", `\n${prefix}`);
}

// A destination with spaces or brackets goes in <…>, where only angle brackets and line
// breaks could end it, so those are escaped or dropped.
function destination(path: string): string {
  if (/^[^\s()<>\\]+$/.test(path)) return path;
  return `<${path.replace(/[\r\n]/g, "").replace(/[<>\\]/g, "\\$&")}>`;
}

function block(b: Block, frame: PageFrame): string {
  switch (b.kind) {
    case "heading":
      // A line break would end an ATX heading, so breaks inside one are written as <br>.
      return `${"#".repeat(b.level)} ${inline(b.content, "cell")}`;
    case "paragraph":
      return b.style === "small" ? `_${inline(b.content)}_` : inline(b.content);
    case "quote":
      return `> ${indent(inline(b.content), "> ")}`;
    case "list":
      return b.items
        .map((item, index) => {
          const marker = b.ordered ? `${index + 1}. ` : "- ";
          const pad = " ".repeat(marker.length);
          const sub = (item.items ?? [])
            .map((s) => `\n${pad}- ${indent(inline(s), `${pad}  `)}`)
            .join("");
          return `${marker}${indent(inline(item.content), pad)}${sub}`;
        })
        .join("\n");
    case "fields":
      return b.rows
        .map(
          (row) =>
            `- **${inline(row.label)}${frame.labels.colon}** ${indent(inline(row.value), "  ")}`,
        )
        .join("\n");
    case "table":
      return table(
        b.head.map((cell) => inline(cell, "cell")),
        [
          ...b.rows.map((row) => row.map((cell) => inline(cell, "cell"))),
          ...Array.from({ length: b.blankRows ?? 0 }, () => b.head.map(() => "")),
        ],
      );
    case "lines":
      return Array.from({ length: b.count }, () => BLANK.long + BLANK.long).join("\\\n");
    case "signatures":
      return b.parties
        .map((party) =>
          [
            `**${inline(party.role)}**\\`,
            `${markdownText(frame.labels.name, "block")}${frame.labels.colon} ${inline(party.name)}\\`,
            `${markdownText(frame.labels.date, "block")}${frame.labels.colon} ${BLANK.short}\\`,
            `${markdownText(frame.labels.signature, "block")}${frame.labels.colon} ${BLANK.long}`,
          ].join("\n"),
        )
        .join("\n\n");
    case "figure":
      return [
        `![${markdownText(b.alt, "cell")}](${destination(svgDataUri(b.svg))})`,
        inline(b.caption),
      ]
        .filter((part) => part !== "")
        .join("\n\n");
    case "page-break":
      return "---";
    case "frame":
      return b.blocks.map((inner) => block(inner, frame)).join("\n\n");
  }
}

/** Renders a document as Markdown (CommonMark with GFM tables). Pure. */
export function toMarkdown(body: DocumentBody, frame: PageFrame): string {
  const header = [
    frame.logo === undefined ? undefined : `![](${destination(frame.logo)})`,
    `**${markdownText(frame.ocmwName, "cell")}**${
      body.confidential ? ` · _${markdownText(frame.confidentialLabel, "cell")}_` : ""
    }`,
  ].filter((part) => part !== undefined);
  const parts = [
    header.join("\\\n"),
    `# ${markdownText(body.title, "cell")}`,
    ...(body.subtitle ? [inline(body.subtitle)] : []),
    ...body.blocks.map((b) => block(b, frame)),
  ];
  return `${parts.join("\n\n")}\n`;
}
