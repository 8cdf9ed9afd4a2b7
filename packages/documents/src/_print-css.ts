/**
 * Escapes text for a double-quoted CSS string: every character that is not a letter,
 * digit or space becomes a hex escape, so neither `"` nor `</style>` can close anything.
 */
export function cssString(text: string): string {
  const escaped = [...text.replace(/\s+/g, " ")]
    .map((char) => (/[\p{L}\p{N} ]/u.test(char) ? char : `\\${char.codePointAt(0)!.toString(16)} `))
    .join("");
  return `"${escaped}"`;
}

// Margin boxes do not see custom properties in every browser: spell the fonts out.
const FONT = `"Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif`;

/** The running header and footer texts printed in the page margins. */
export interface MarginTexts {
  readonly left: string;
  readonly right: string;
  readonly page: string;
}

/**
 * The stylesheet of every document: an A4 sheet on screen, A4 pages in print with the
 * OCMW and the title in the top margin and page numbers at the bottom (CSS paged media
 * margin boxes; browsers without them still print the document, just without these).
 */
export function printCss(margins: MarginTexts): string {
  return `
@page {
  size: A4;
  margin: 20mm 18mm 18mm 18mm;
  @top-left { content: ${cssString(margins.left)}; font: 8pt/1.2 ${FONT}; color: #555; }
  @top-right { content: ${cssString(margins.right)}; font: 8pt/1.2 ${FONT}; color: #555; }
  @bottom-right { content: ${cssString(margins.page)} " " counter(page) " / " counter(pages); font: 8pt/1.2 ${FONT}; color: #555; }
}
:root { --font: ${FONT}; --ink: #1b1b1b; --soft: #5a5a5a; --rule: #9a9a9a; --accent: #6b2d5c; }
* { box-sizing: border-box; }
html { color: var(--ink); font: 11pt/1.45 var(--font); -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; }
body.audience-participant { font-size: 12pt; }
.sheet { width: 100%; max-width: 210mm; min-height: 297mm; margin: 0 auto; padding: 16mm 18mm; background: #fff; }
@media screen {
  body { background: #e6e6e6; }
  .sheet { box-shadow: 0 0 4mm rgba(0, 0, 0, 0.15); }
  .page-break { border-top: 1px dashed var(--rule); margin: 10mm -18mm; }
}
@media print {
  .sheet { width: auto; min-height: 0; padding: 0; box-shadow: none; }
  .page-break { break-after: page; height: 0; }
}
.doc-header { display: flex; align-items: center; gap: 5mm; border-bottom: 2px solid var(--accent); padding-bottom: 3mm; margin-bottom: 6mm; }
.doc-header .logo { max-height: 16mm; max-width: 45mm; }
.doc-header .ocmw { font-weight: 700; font-size: 11pt; flex: 1; }
.doc-header .confidential { font-size: 8.5pt; text-transform: uppercase; letter-spacing: 0.08em; border: 1px solid var(--ink); padding: 0.5mm 2mm; }
h1 { font-size: 19pt; line-height: 1.2; margin: 0 0 2mm; color: var(--accent); }
h2 { font-size: 13.5pt; margin: 7mm 0 2mm; break-after: avoid; }
h3 { font-size: 11.5pt; margin: 5mm 0 1.5mm; break-after: avoid; }
p { margin: 0 0 2.5mm; }
p.subtitle { color: var(--soft); margin-bottom: 6mm; }
p.lead { font-size: 1.08em; }
.small { font-size: 8.5pt; color: var(--soft); }
blockquote { margin: 2mm 0 3mm; padding: 2mm 4mm; border-left: 3px solid var(--accent); background: #f6f1f5; break-inside: avoid; }
blockquote p { margin: 0; }
ul, ol { margin: 0 0 3mm; padding-left: 6mm; }
ol { padding-left: 8mm; }
li { margin-bottom: 1.2mm; break-inside: avoid; }
li > ul, li > ol { margin: 1mm 0 0; }
dl.fields { display: grid; grid-template-columns: minmax(35mm, max-content) 1fr; gap: 1.5mm 5mm; margin: 0 0 4mm; }
dl.fields dt { font-weight: 700; }
dl.fields dd { margin: 0; }
table.grid { width: 100%; border-collapse: collapse; margin: 0 0 4mm; font-size: 0.92em; }
table.grid th, table.grid td { border: 1px solid var(--rule); padding: 1.5mm 2mm; text-align: left; vertical-align: top; }
table.grid th { background: #efefef; }
table.grid tr { break-inside: avoid; }
table.grid tr.blank-row td { height: 9mm; }
thead { display: table-header-group; }
.blank { color: var(--soft); letter-spacing: 0.12em; white-space: nowrap; }
.tick { font-size: 1.15em; }
.write-lines { margin: 1mm 0 4mm; }
.write-lines .line { height: 9mm; border-bottom: 1px dotted var(--rule); }
.signatures { display: flex; flex-wrap: wrap; gap: 8mm; margin: 8mm 0 4mm; break-inside: avoid; }
.signature { flex: 1 1 70mm; border: 1px solid var(--rule); padding: 3mm 4mm; }
.signature .role { font-weight: 700; margin-bottom: 2mm; }
.signature .sign-here { height: 18mm; border-bottom: 1px solid var(--ink); margin-top: 2mm; }
figure { margin: 3mm 0 5mm; text-align: center; break-inside: avoid; }
figure img { max-width: 135mm; width: 100%; height: auto; }
figcaption { font-size: 9pt; color: var(--soft); }
.frame { border: 3px double var(--accent); padding: 18mm 14mm; min-height: 230mm; text-align: center; display: flex; flex-direction: column; justify-content: center; break-inside: avoid; }
.frame h2 { font-size: 24pt; color: var(--accent); }
.frame h3 { font-size: 20pt; margin: 5mm 0; }
.frame .signatures { text-align: left; }
.frame .signature { flex-basis: 50mm; }
ul.plain { list-style: none; padding-left: 0; }
`.trim();
}

/**
 * Large type for a document she reads herself ("My plan"): 14 pt text, roomier tables and
 * tick boxes. The first column (the step, the right) gets the room its long words need;
 * a column of tick boxes needs little. Only documents that ask for it (`DocumentBody.largeType`) carry these rules,
 * so other documents print as before.
 */
export const LARGE_TYPE_CSS = `body.large-type { font-size: 14pt; line-height: 1.5; }
body.large-type h1 { font-size: 24pt; }
body.large-type h2 { font-size: 17pt; }
body.large-type h3 { font-size: 14.5pt; }
body.large-type table.grid { font-size: 1em; table-layout: fixed; }
body.large-type table.grid th:first-child { width: 38%; }
body.large-type table.grid:has(.tick) th:last-child { width: 16%; }
body.large-type table.grid td { overflow-wrap: anywhere; }
body.large-type table.grid .blank { white-space: normal; }
body.large-type .small { font-size: 11pt; }`;
