import { type Labels, type Language, localeOf } from "@miriam/schemas";
import type { ChartOptions } from "./chart-options";

/**
 * Escapes text for XML content and attribute values. Characters XML 1.0 forbids (most
 * control characters, lone surrogates) are dropped: a label must never make a chart
 * unreadable.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
}

export const FONT = "DejaVu Sans, Verdana, Arial, sans-serif";
export const INK = "#1a1a1a";
export const GRID = "#b0b0b0";
export const T1_COLOUR = "#1f4e79";
export const T0_COLOUR = "#5a5a5a";

/** The options every chart takes, resolved: what its title, ids and words are. */
export interface ChartFrame {
  readonly language: Language;
  /** Prefix of the ids inside the SVG. */
  readonly id: string;
  readonly title: string;
}

/**
 * Resolves {@link ChartOptions} the same way for every chart: English unless asked, the
 * chart's kind as its id prefix, and its own title in the chosen language.
 */
export function chartFrame(options: ChartOptions, kind: string, title: Labels): ChartFrame {
  const language = options.language ?? "en";
  return { language, id: options.idPrefix ?? kind, title: options.title ?? title[language] };
}

/** A complete, standalone SVG document with an accessible name and description. */
export function svgDocument(parts: {
  readonly width: number;
  readonly height: number;
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly defs?: string;
  /** The chart's elements, one per line. */
  readonly body: readonly string[];
}): string {
  const { width, height, id } = parts;
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${escapeXml(titleId)} ${escapeXml(descId)}" font-family="${FONT}">`,
    `<title id="${escapeXml(titleId)}">${escapeXml(parts.title)}</title>`,
    `<desc id="${escapeXml(descId)}">${escapeXml(parts.description)}</desc>`,
    parts.defs ? `<defs>${parts.defs}</defs>` : "",
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${width / 2}" y="28" text-anchor="middle" font-size="17" font-weight="bold" fill="${INK}">${escapeXml(parts.title)}</text>`,
    parts.body.join("\n"),
    "</svg>",
  ]
    .filter((part) => part !== "")
    .join("\n");
}

/** Diagonal hatching: tells areas apart without colour, so charts survive a black-and-white printer. */
export function hatchPattern(id: string, colour: string, angle = 45): string {
  return `<pattern id="${escapeXml(id)}" patternUnits="userSpaceOnUse" width="7" height="7" patternTransform="rotate(${angle})"><rect width="7" height="7" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="7" stroke="${colour}" stroke-width="3"/></pattern>`;
}

/** A text element; the text is escaped. Lines are set as `tspan`s one under the other. */
export function text(
  x: number,
  y: number,
  content: string | readonly string[],
  attributes: Readonly<Record<string, string | number>> = {},
): string {
  const attrs = Object.entries({ "font-size": 12, fill: INK, ...attributes })
    .map(([name, value]) => `${name}="${escapeXml(String(value))}"`)
    .join(" ");
  const lines = typeof content === "string" ? [content] : content;
  if (lines.length === 1)
    return `<text x="${round(x)}" y="${round(y)}" ${attrs}>${escapeXml(lines[0] ?? "")}</text>`;
  const spans = lines
    .map(
      (line, index) =>
        `<tspan x="${round(x)}" dy="${index === 0 ? 0 : "1.2em"}">${escapeXml(line)}</tspan>`,
    )
    .join("");
  return `<text x="${round(x)}" y="${round(y)}" ${attrs}>${spans}</text>`;
}

/** Splits a label into lines of at most `width` characters, at spaces. */
export function wrap(label: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of label.split(/\s+/)) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** Coordinates to 2 decimals: enough for a chart, and stable in snapshots. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A number as people of that language write it (decimal comma in NL, FR, DE). */
export function formatNumber(value: number, language: Language, digits = 1): string {
  return new Intl.NumberFormat(localeOf(language), {
    maximumFractionDigits: digits,
    signDisplay: "auto",
  }).format(value);
}

/** A signed number, `+1,5` or `−0,5` (the minus sign, not a hyphen, reads better). */
export function formatSigned(value: number, language: Language, digits = 1): string {
  const body = formatNumber(Math.abs(value), language, digits);
  const rounded = Number(value.toFixed(digits));
  return rounded > 0 ? `+${body}` : rounded < 0 ? `\u2212${body}` : body;
}

/** A calendar date in the language's short form. */
export function formatDate(date: string, language: Language, style: "day" | "month"): string {
  const options: Intl.DateTimeFormatOptions =
    style === "day"
      ? { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }
      : { month: "short", timeZone: "UTC" };
  return new Intl.DateTimeFormat(localeOf(language), options).format(new Date(`${date}T00:00:00Z`));
}
