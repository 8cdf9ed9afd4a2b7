import { labelAndValue, timepoints } from "@miriam/schemas";
import { resolveOptions } from "./_options";
import {
  chartFrame,
  escapeXml,
  formatNumber,
  GRID,
  hatchPattern,
  round,
  svgDocument,
  T0_COLOUR,
  T1_COLOUR,
  text,
  wrap,
} from "./_svg";
import { texts } from "./_texts";
import type { ChartOptions } from "./chart-options";
import type { DomainLabel } from "./options";

/** Scores per life domain at one timepoint, e.g. `MeasurementScores` of `scoreMeasurement`. */
export interface DomainScores {
  /** Score per domain code; `null` when missing. */
  readonly domains: Readonly<Record<string, number | null>>;
}

/** Options of {@link radarChart}. */
export interface RadarChartOptions extends ChartOptions {
  /** The life domains, in the order of the spokes. Default: the kit's default set. */
  readonly domains?: readonly DomainLabel[];
  /** The scale of the scores. Default 0–10, the kit's instrument's. */
  readonly scale?: { readonly min: number; readonly max: number };
}

const WIDTH = 780;
const HEIGHT = 660;
const CX = WIDTH / 2;
const CY = 320;
const RADIUS = 200;

/**
 * A radar (star) chart of one participant's scores per life domain at t0 and t1: her
 * "distance travelled". t0 is a dashed line with open circles, t1 a solid line with
 * filled squares over a hatched area, so the two read apart in black and white.
 * Domains without a score at either timepoint are left out; a missing score breaks the
 * line. Returns a standalone SVG document. Pure.
 *
 * @example
 * ```ts
 * const summary = summariseParticipant(events);
 * writeFileSync("radar.svg", radarChart(summary.scores, { language: "nl" }));
 * ```
 */
export function radarChart(
  scores: { readonly t0?: DomainScores; readonly t1?: DomainScores },
  options: RadarChartOptions = {},
): string {
  const frame = chartFrame(options, "radar", texts.radarTitle);
  const { language, id } = frame;
  const { min, max } = options.scale ?? { min: 0, max: 10 };
  const allDomains = resolveOptions({ domains: options.domains }).domains;
  const scoreAt = (at: DomainScores | undefined, code: string) => {
    const value = at?.domains[code];
    return value === undefined || value === null ? null : value;
  };
  const domains = allDomains.filter(
    (d) => scoreAt(scores.t0, d.code) !== null || scoreAt(scores.t1, d.code) !== null,
  );
  const t0Label = timepoints.label("t0", language);
  const t1Label = timepoints.label("t1", language);

  const description = [
    `${t0Label}, ${t1Label}; ${formatNumber(min, language)}–${formatNumber(max, language)}.`,
    ...domains.map((d) => {
      const show = (value: number | null) =>
        value === null ? texts.notMeasured[language] : formatNumber(value, language);
      return `${labelAndValue(d.labels[language], `${show(scoreAt(scores.t0, d.code))} → ${show(scoreAt(scores.t1, d.code))}`, language)}.`;
    }),
  ].join(" ");

  const n = domains.length;
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / Math.max(n, 1);
  const point = (i: number, value: number) => {
    const r = (RADIUS * (Math.min(max, Math.max(min, value)) - min)) / (max - min);
    return [CX + r * Math.cos(angle(i)), CY + r * Math.sin(angle(i))] as const;
  };

  const body: string[] = [];
  const scaleLabels: string[] = [];
  // Rings at every step of the scale that leaves at most 5 rings.
  const step = Math.max(1, Math.ceil((max - min) / 5));
  for (let value = min + step; value <= max; value += step) {
    const ring = domains.map((_, i) => point(i, value).map(round).join(",")).join(" ");
    if (n >= 3)
      body.push(`<polygon points="${ring}" fill="none" stroke="${GRID}" stroke-width="1"/>`);
    scaleLabels.push(
      text(CX + 4, CY - (RADIUS * (value - min)) / (max - min) - 3, formatNumber(value, language), {
        "font-size": 10,
        fill: "#444444",
        stroke: "#ffffff",
        "stroke-width": 3,
        "paint-order": "stroke",
      }),
    );
  }
  domains.forEach((domain, i) => {
    const [x, y] = point(i, max);
    body.push(
      `<line x1="${CX}" y1="${CY}" x2="${round(x)}" y2="${round(y)}" stroke="${GRID}" stroke-width="1"/>`,
    );
    const cos = Math.cos(angle(i));
    const sin = Math.sin(angle(i));
    const lines = wrap(domain.labels[language], 20);
    const lx = CX + (RADIUS + 14) * cos;
    // Labels above the centre grow upwards, so they never run into the ring.
    const ly =
      CY + (RADIUS + 14) * sin + (sin < -0.3 ? -(lines.length - 1) * 14 - 4 : sin > 0.3 ? 10 : 4);
    body.push(
      text(lx, ly, lines, {
        "text-anchor": cos > 0.3 ? "start" : cos < -0.3 ? "end" : "middle",
      }),
    );
  });

  const series = (at: DomainScores | undefined, style: "t0" | "t1") => {
    const points = domains.map((d, i) => {
      const value = scoreAt(at, d.code);
      return value === null ? null : point(i, value);
    });
    const complete = points.every((p) => p !== null);
    const parts: string[] = [];
    if (style === "t1" && complete && n >= 3)
      parts.push(
        `<polygon points="${points.map((p) => p!.map(round).join(",")).join(" ")}" fill="url(#${escapeXml(id)}-t1-area)" fill-opacity="0.5" stroke="none"/>`,
      );
    // A path broken where a score is missing: the line never pretends to know it.
    let d = "";
    let pen = false;
    const order = complete && n >= 3 ? [...points, points[0]] : points;
    for (const p of order) {
      if (p === null || p === undefined) {
        pen = false;
        continue;
      }
      d += `${pen ? "L" : "M"}${round(p[0])},${round(p[1])} `;
      pen = true;
    }
    const colour = style === "t1" ? T1_COLOUR : T0_COLOUR;
    if (d !== "")
      parts.push(
        `<path d="${d.trim()}" fill="none" stroke="${colour}" stroke-width="${style === "t1" ? 3 : 2}"${style === "t0" ? ' stroke-dasharray="7 5"' : ""} stroke-linejoin="round"/>`,
      );
    for (const p of points) {
      if (p === null) continue;
      parts.push(
        style === "t1"
          ? `<rect x="${round(p[0] - 4.5)}" y="${round(p[1] - 4.5)}" width="9" height="9" fill="${colour}"/>`
          : `<circle cx="${round(p[0])}" cy="${round(p[1])}" r="4.5" fill="#ffffff" stroke="${colour}" stroke-width="2"/>`,
      );
    }
    return parts.join("\n");
  };
  body.push(`<g aria-hidden="true">${series(scores.t0, "t0")}</g>`);
  body.push(`<g aria-hidden="true">${series(scores.t1, "t1")}</g>`);
  // Scale numbers last, on a white halo, so the lines never hide them.
  body.push(...scaleLabels);
  if (n === 0)
    body.push(
      text(CX, CY, texts.notMeasured[language], { "text-anchor": "middle", "font-size": 14 }),
    );

  // Legend: line style, marker and area, never colour alone.
  const ly = HEIGHT - 30;
  body.push(
    `<line x1="${CX - 250}" y1="${ly}" x2="${CX - 210}" y2="${ly}" stroke="${T0_COLOUR}" stroke-width="2" stroke-dasharray="7 5"/>`,
    `<circle cx="${CX - 230}" cy="${ly}" r="4.5" fill="#ffffff" stroke="${T0_COLOUR}" stroke-width="2"/>`,
    text(CX - 202, ly + 4, t0Label, { "font-size": 13 }),
    `<rect x="${CX + 20}" y="${ly - 8}" width="40" height="16" fill="url(#${escapeXml(id)}-t1-area)" fill-opacity="0.5"/>`,
    `<line x1="${CX + 20}" y1="${ly}" x2="${CX + 60}" y2="${ly}" stroke="${T1_COLOUR}" stroke-width="3"/>`,
    `<rect x="${CX + 35.5}" y="${ly - 4.5}" width="9" height="9" fill="${T1_COLOUR}"/>`,
    text(CX + 68, ly + 4, t1Label, { "font-size": 13 }),
  );

  const defs = hatchPattern(`${id}-t1-area`, "#9db3c8");
  return svgDocument({ ...frame, width: WIDTH, height: HEIGHT, description, defs, body });
}
