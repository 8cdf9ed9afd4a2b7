import { labelAndValue } from "@miriam/schemas";
import { resolveOptions } from "./_options";
import {
  chartFrame,
  escapeXml,
  formatNumber,
  formatSigned,
  GRID,
  hatchPattern,
  INK,
  round,
  svgDocument,
  T1_COLOUR,
  text,
  wrap,
} from "./_svg";
import { texts } from "./_texts";
import type { ChartOptions } from "./chart-options";
import { SUPPRESSED } from "./indicators";
import type { DomainLabel } from "./options";

/** One bar: a domain's mean change, as in `Indicators` or `PublishedIndicators`. */
export interface DomainChange {
  /** The domain's code. */
  readonly domain: string;
  /** Mean change t1 − t0; `null` (no paired scores) or `"suppressed"` draws no bar. */
  readonly meanChange: number | null | typeof SUPPRESSED;
  /** Participants it is computed on, shown next to the bar when given as a number. */
  readonly n?: number | typeof SUPPRESSED;
}

/** Options of {@link domainChangeChart}. */
export interface DomainChangeChartOptions extends ChartOptions {
  /** The life domains, for their labels. Default: the kit's default set. */
  readonly domains?: readonly DomainLabel[];
}

const WIDTH = 760;
const ROW = 34;
const TOP = 70;
const LABEL_WIDTH = 230;
const PLOT_LEFT = LABEL_WIDTH + 20;
const PLOT_RIGHT = WIDTH - 20;

/**
 * A bar chart of the mean change per life domain of a group, project or programme
 * (`indicators.domains`). Bars go right for a rise and left for a fall from a zero line;
 * a fall is hatched as well, so the direction reads without colour. Suppressed or
 * missing values are written out instead of drawn. Returns a standalone SVG document.
 * Pure.
 *
 * @example
 * ```ts
 * writeFileSync("change.svg", domainChangeChart(report.indicators.domains, { language: "fr" }));
 * ```
 */
export function domainChangeChart(
  changes: readonly DomainChange[],
  options: DomainChangeChartOptions = {},
): string {
  const frame = chartFrame(options, "domain-change", texts.changeTitle);
  const { language, id, title } = frame;
  const labelOf = new Map(
    resolveOptions({ domains: options.domains }).domains.map((d) => [d.code, d.labels[language]]),
  );
  const values = changes.map((c) => (typeof c.meanChange === "number" ? c.meanChange : 0));
  // A symmetric axis in whole points keeps rises and falls comparable at a glance.
  const extent = Math.max(1, Math.ceil(Math.max(...values.map(Math.abs), 0)));
  const zero = (PLOT_LEFT + PLOT_RIGHT) / 2;
  // Room beyond the longest bar for its value label.
  const unit = (PLOT_RIGHT - zero - 100) / extent;
  const height = TOP + changes.length * ROW + 70;
  const bottom = TOP + changes.length * ROW;

  const body: string[] = [];
  const tickStep = extent <= 2 ? 0.5 : extent <= 5 ? 1 : Math.ceil(extent / 5);
  for (let tick = -extent; tick <= extent + 1e-9; tick += tickStep) {
    const x = zero + tick * unit;
    body.push(
      `<line x1="${round(x)}" y1="${TOP - 6}" x2="${round(x)}" y2="${bottom}" stroke="${GRID}" stroke-width="1"${tick === 0 ? "" : ' stroke-dasharray="2 3"'}/>`,
      text(x, bottom + 18, tick === 0 ? "0" : formatSigned(tick, language), {
        "text-anchor": "middle",
        "font-size": 11,
      }),
    );
  }
  body.push(
    `<line x1="${zero}" y1="${TOP - 6}" x2="${zero}" y2="${bottom}" stroke="${INK}" stroke-width="1.5"/>`,
  );

  const description: string[] = [];
  changes.forEach((change, i) => {
    const y = TOP + i * ROW;
    const label = labelOf.get(change.domain) ?? change.domain;
    const lines = wrap(label, 34);
    body.push(
      text(LABEL_WIDTH, y + ROW / 2 + 4 - (lines.length - 1) * 7, lines, {
        "text-anchor": "end",
      }),
    );
    const n = typeof change.n === "number" ? ` (n = ${change.n})` : "";
    if (typeof change.meanChange !== "number") {
      const note =
        change.meanChange === SUPPRESSED ? texts.suppressed[language] : texts.notMeasured[language];
      body.push(text(zero + 8, y + ROW / 2 + 4, note, { "font-style": "italic", fill: "#555555" }));
      description.push(`${labelAndValue(label, note, language)}.`);
      return;
    }
    const value = change.meanChange;
    const width = Math.abs(value) * unit;
    const x = value >= 0 ? zero : zero - width;
    const fill = value >= 0 ? T1_COLOUR : `url(#${escapeXml(id)}-fall)`;
    body.push(
      `<rect x="${round(x)}" y="${y + 7}" width="${round(Math.max(width, 1))}" height="${ROW - 14}" fill="${fill}" stroke="${INK}" stroke-width="1"/>`,
      text(
        value >= 0 ? zero + width + 6 : zero - width - 6,
        y + ROW / 2 + 4,
        `${formatSigned(value, language)}${n}`,
        { "text-anchor": value >= 0 ? "start" : "end", "font-size": 11 },
      ),
    );
    description.push(`${labelAndValue(label, `${formatSigned(value, language)}${n}`, language)}.`);
  });

  // Legend: a filled bar rises, a hatched bar falls.
  const ly = height - 26;
  body.push(
    `<rect x="${PLOT_LEFT}" y="${ly - 8}" width="28" height="14" fill="${T1_COLOUR}" stroke="${INK}"/>`,
    text(PLOT_LEFT + 34, ly + 4, `${texts.rise[language]} (t1 > t0)`),
    `<rect x="${PLOT_LEFT + 220}" y="${ly - 8}" width="28" height="14" fill="url(#${escapeXml(id)}-fall)" stroke="${INK}"/>`,
    text(PLOT_LEFT + 254, ly + 4, `${texts.fall[language]} (t1 < t0)`),
  );

  return svgDocument({
    ...frame,
    width: WIDTH,
    height,
    description: `${title}. ${description.join(" ")} ${formatNumber(-extent, language)} … ${formatNumber(extent, language)}.`,
    defs: hatchPattern(`${id}-fall`, "#7a2e1f", -45),
    body,
  });
}
