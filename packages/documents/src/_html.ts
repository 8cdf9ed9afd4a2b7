import type { Language } from "@miriam/schemas";
import { htmlAttribute, htmlText, svgDataUri } from "./_escape";
import { LARGE_TYPE_CSS, printCss } from "./_print-css";
import type { Block, DocumentBody, Inline, ListItem } from "./blocks";
import type { Audience } from "./template";

/** What the page frame around a document shows. */
export interface PageFrame {
  readonly language: Language;
  readonly audience: Audience;
  readonly ocmwName: string;
  readonly logo?: string;
  readonly confidentialLabel: string;
  readonly pageLabel: string;
  readonly labels: {
    readonly name: string;
    readonly date: string;
    readonly signature: string;
    /** ":" or, in French, " :". */
    readonly colon: string;
  };
}

const BLANK = { short: "……………", long: "………………………………" } as const;

function inlinePart(part: Inline): string {
  switch (part.kind) {
    case "text":
      return part.strong ? `<strong>${htmlText(part.text)}</strong>` : htmlText(part.text);
    case "blank":
      return `<span class="blank">${BLANK[part.size ?? "short"]}</span>`;
    case "tick":
      return `<span class="tick">${part.ticked ? "☒" : "☐"}</span>`;
  }
}

function inline(content: readonly Inline[]): string {
  return content.map(inlinePart).join("");
}

function listItem(item: ListItem, ordered: boolean): string {
  // Sub-items are never numbered; under a numbered item they carry no bullet either
  // (e.g. a question's answer boxes).
  const sub =
    item.items && item.items.length > 0
      ? `${ordered ? '<ul class="plain">' : "<ul>"}${item.items.map((s) => `<li>${inline(s)}</li>`).join("")}</ul>`
      : "";
  return `<li>${inline(item.content)}${sub}</li>`;
}

function block(b: Block, frame: PageFrame): string {
  switch (b.kind) {
    case "heading":
      return `<h${b.level}>${inline(b.content)}</h${b.level}>`;
    case "paragraph":
      return b.style
        ? `<p class="${b.style}">${inline(b.content)}</p>`
        : `<p>${inline(b.content)}</p>`;
    case "quote":
      return `<blockquote><p>${inline(b.content)}</p></blockquote>`;
    case "list": {
      const tag = b.ordered ? "ol" : "ul";
      const open = b.plain && !b.ordered ? `<ul class="plain">` : `<${tag}>`;
      return `${open}\n${b.items.map((item) => listItem(item, b.ordered === true)).join("\n")}\n</${tag}>`;
    }
    case "fields":
      return `<dl class="fields">\n${b.rows
        .map((row) => `<dt>${inline(row.label)}</dt><dd>${inline(row.value)}</dd>`)
        .join("\n")}\n</dl>`;
    case "table": {
      const head = `<thead><tr>${b.head.map((cell) => `<th scope="col">${inline(cell)}</th>`).join("")}</tr></thead>`;
      const rows = b.rows.map(
        (row) => `<tr>${row.map((cell) => `<td>${inline(cell)}</td>`).join("")}</tr>`,
      );
      const blanks = Array.from(
        { length: b.blankRows ?? 0 },
        () => `<tr class="blank-row">${b.head.map(() => "<td></td>").join("")}</tr>`,
      );
      return `<table class="grid">\n${head}\n<tbody>\n${[...rows, ...blanks].join("\n")}\n</tbody>\n</table>`;
    }
    case "lines":
      return `<div class="write-lines">${'<div class="line"></div>'.repeat(b.count)}</div>`;
    case "signatures":
      return `<div class="signatures">\n${b.parties
        .map(
          (party) =>
            `<div class="signature"><div class="role">${inline(party.role)}</div>` +
            `<div>${htmlText(frame.labels.name)}${frame.labels.colon} ${inline(party.name)}</div>` +
            `<div>${htmlText(frame.labels.date)}${frame.labels.colon} <span class="blank">${BLANK.short}</span></div>` +
            `<div class="sign-here"></div>` +
            `<div class="small">${htmlText(frame.labels.signature)}</div></div>`,
        )
        .join("\n")}\n</div>`;
    case "figure": {
      // An <img> never runs script or loads anything from an SVG: whatever the chart
      // holds, it cannot act on the document.
      const src = svgDataUri(b.svg);
      return `<figure><img src="${src}" alt="${htmlAttribute(b.alt)}"><figcaption>${inline(b.caption)}</figcaption></figure>`;
    }
    case "page-break":
      return `<div class="page-break"></div>`;
    case "frame":
      return `<section class="frame">\n${b.blocks.map((inner) => block(inner, frame)).join("\n")}\n</section>`;
  }
}

/** Renders a document as a standalone HTML page with its print stylesheet. Pure. */
export function toHtml(body: DocumentBody, frame: PageFrame): string {
  const css = printCss({
    left: frame.ocmwName,
    right: body.confidential ? `${body.title} · ${frame.confidentialLabel}` : body.title,
    page: frame.pageLabel,
  });
  const logo =
    frame.logo === undefined ? "" : `<img class="logo" src="${htmlAttribute(frame.logo)}" alt="">`;
  const confidential = body.confidential
    ? `<span class="confidential">${htmlText(frame.confidentialLabel)}</span>`
    : "";
  const subtitle = body.subtitle ? `\n<p class="subtitle">${inline(body.subtitle)}</p>` : "";
  return `<!doctype html>
<html lang="${frame.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${htmlText(`${body.title} · ${frame.ocmwName}`)}</title>
<style>
${css}${body.largeType === true ? `\n${LARGE_TYPE_CSS}` : ""}
</style>
</head>
<body class="audience-${frame.audience}${body.largeType === true ? " large-type" : ""}">
<main class="sheet">
<header class="doc-header">${logo}<span class="ocmw">${htmlText(frame.ocmwName)}</span>${confidential}</header>
<h1>${htmlText(body.title)}</h1>${subtitle}
${body.blocks.map((b) => block(b, frame)).join("\n")}
</main>
</body>
</html>
`;
}
