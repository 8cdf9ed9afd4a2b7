import { escapeAttribute, escapeUTF8 } from "entities";

/** Escapes text for HTML element content (`& < > " '`), keeping line breaks as `<br>`. */
export function htmlText(text: string): string {
  return escapeUTF8(normaliseNewlines(text)).replaceAll("\n", "<br>");
}

/** Escapes text for a double-quoted HTML attribute value. */
export function htmlAttribute(text: string): string {
  return escapeAttribute(text);
}

function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

// Characters that start inline Markdown syntax wherever they stand (CommonMark and GFM:
// emphasis, code, links, raw HTML, entities, tables, strikethrough). CommonMark lets any
// ASCII punctuation be backslash-escaped, so escaping these is always safe; escaping
// only these keeps ordinary text (dates, "l'enfance", "10:00") readable in the source.
const INLINE_SYNTAX = /[\\`*_[\]<>&|~#]/g;

// What turns a line into a block when it stands at its start: a list marker (`-`, `+`,
// `1.`, `1)` followed by a space), a setext underline or thematic break (`---`, `===`).
// Only those are escaped, so "2.4" or "-5" stay as they are.
function escapeLineStart(line: string): string {
  const ordered = /^(\d{1,9})[.)](?=[ \t]|$)/.exec(line);
  if (ordered) return `${ordered[1]}\\${line.slice(ordered[1]!.length)}`;
  if (/^[-+](?=[ \t]|$)/.test(line) || /^[-=]+[ \t]*$/.test(line)) return `\\${line}`;
  return line;
}

function markdownLine(line: string, first: boolean): string {
  // Spaces that start a continuation line carry no meaning in a value, and a later line
  // that starts with four of them reads as code in some renderers. The first line's
  // spaces may sit mid-sentence, so they stay (a block trims its own start), and what
  // follows them is escaped as if it started the line.
  const lead = first ? /^\s*/.exec(line)![0] : "";
  const escaped = line.slice(lead.length).trimStart().replace(INLINE_SYNTAX, "\\$&");
  return lead + escapeLineStart(escaped);
}

/**
 * Escapes text for Markdown so it stays plain text inside the block it is placed in.
 * `block` keeps line breaks as hard breaks (a backslash before the newline); `cell` is
 * for a table cell, where a newline would end the row, so breaks become `<br>`.
 */
export function markdownText(text: string, context: "block" | "cell"): string {
  const lines = normaliseNewlines(text)
    .split("\n")
    .map((line, index) => markdownLine(line, index === 0));
  // A blank line would end the block the value stands in; a lone space is kept, as it
  // may separate two runs of text.
  if (lines.length === 1) return lines[0]!;
  return lines.filter((line) => line.trim() !== "").join(context === "cell" ? "<br>" : "\\\n");
}

/**
 * A `data:` URI of an SVG image. Percent-encoding (rather than base64) needs no Node
 * `Buffer`, so the package also renders in a browser; it leaves no `"`, `<` or `>`.
 */
export function svgDataUri(svg: string): string {
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
