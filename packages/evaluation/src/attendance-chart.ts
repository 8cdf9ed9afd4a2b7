import { labelAndValue } from "@miriam/schemas";
import {
  chartFrame,
  escapeXml,
  formatDate,
  formatNumber,
  GRID,
  hatchPattern,
  INK,
  round,
  svgDocument,
  T1_COLOUR,
  text,
} from "./_svg";
import { texts } from "./_texts";
import { daysBetween } from "./_time";
import type { ChartOptions } from "./chart-options";

/** One session as the chart needs it, e.g. `GroupReport["sessions"]`. */
export interface AttendancePoint {
  /** The session's date, `YYYY-MM-DD`. */
  readonly date: string;
  /** Mothers present. */
  readonly attendees: number;
  /** Whether the children came along (drawn hatched). */
  readonly withChildren?: boolean;
}

/** Options of {@link attendanceChart}. */
export interface AttendanceChartOptions extends ChartOptions {
  /** The group's size (e.g. mothers started), drawn as a dashed reference line. */
  readonly groupSize?: number;
}

const WIDTH = 780;
const HEIGHT = 420;
const LEFT = 64;
const RIGHT = WIDTH - 30;
const TOP = 64;
const BOTTOM = HEIGHT - 110;

/**
 * A chart of attendance per group session over time: one bar per session at its date,
 * hatched when the children came along, with the group's size as a dashed line. The
 * description lists every session, so a screen reader gets the figures. Returns a
 * standalone SVG document. Pure.
 *
 * @example
 * ```ts
 * const report = groupReport(input);
 * attendanceChart(report.sessions, { groupSize: report.indicators.participation.started });
 * ```
 */
export function attendanceChart(
  sessions: readonly AttendancePoint[],
  options: AttendanceChartOptions = {},
): string {
  const frame = chartFrame(options, "attendance", texts.attendanceTitle);
  const { language, id, title } = frame;
  const ordered = [...sessions].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const firstDate = ordered[0]?.date;
  const lastDate = ordered.at(-1)?.date;
  // The time axis runs over whole months, so each month label sits under its own month.
  const axisStart = firstDate === undefined ? undefined : `${firstDate.slice(0, 7)}-01`;
  const axisEnd = lastDate === undefined ? undefined : nextMonth(`${lastDate.slice(0, 7)}-01`);
  const span = axisStart && axisEnd ? daysBetween(axisStart, axisEnd) : 0;
  const maxValue = Math.max(1, options.groupSize ?? 0, ...ordered.map((s) => s.attendees));
  const yMax = Math.ceil((maxValue + 1) / 2) * 2;
  const y = (value: number) => BOTTOM - ((BOTTOM - TOP) * value) / yMax;
  const x = (date: string) =>
    axisStart === undefined || span === 0
      ? (LEFT + RIGHT) / 2
      : LEFT + ((RIGHT - LEFT) * daysBetween(axisStart, date)) / span;
  const barWidth = Math.max(
    4,
    Math.min(22, ordered.length > 1 ? ((RIGHT - LEFT) / ordered.length) * 0.6 : 22),
  );

  const body: string[] = [];
  const step = yMax <= 10 ? 1 : yMax <= 20 ? 2 : Math.ceil(yMax / 10);
  for (let value = 0; value <= yMax; value += step) {
    body.push(
      `<line x1="${LEFT}" y1="${round(y(value))}" x2="${RIGHT}" y2="${round(y(value))}" stroke="${GRID}" stroke-width="1"${value === 0 ? "" : ' stroke-dasharray="2 3"'}/>`,
      text(LEFT - 8, y(value) + 4, formatNumber(value, language), {
        "text-anchor": "end",
        "font-size": 11,
      }),
    );
  }
  body.push(
    text(18, (TOP + BOTTOM) / 2, texts.attendees[language], {
      "text-anchor": "middle",
      transform: `rotate(-90 18 ${(TOP + BOTTOM) / 2})`,
    }),
  );

  if (axisStart !== undefined && axisEnd !== undefined) {
    for (let month = axisStart; month < axisEnd; month = nextMonth(month)) {
      const start = x(month);
      const end = x(nextMonth(month));
      body.push(
        `<line x1="${round(start)}" y1="${BOTTOM}" x2="${round(start)}" y2="${BOTTOM + 8}" stroke="${INK}"/>`,
        text((start + end) / 2, BOTTOM + 20, formatDate(month, language, "month"), {
          "text-anchor": "middle",
          "font-size": 11,
        }),
      );
      if (month === axisStart || month.endsWith("-01-01"))
        body.push(
          text((start + end) / 2, BOTTOM + 34, month.slice(0, 4), {
            "text-anchor": "middle",
            "font-size": 11,
          }),
        );
    }
    body.push(
      `<line x1="${RIGHT}" y1="${BOTTOM}" x2="${RIGHT}" y2="${BOTTOM + 8}" stroke="${INK}"/>`,
    );
  }

  for (const session of ordered) {
    const bx = x(session.date) - barWidth / 2;
    const top = y(session.attendees);
    const fill = session.withChildren ? `url(#${escapeXml(id)}-children)` : T1_COLOUR;
    body.push(
      `<rect x="${round(bx)}" y="${round(top)}" width="${round(barWidth)}" height="${round(BOTTOM - top)}" fill="${fill}" stroke="${INK}" stroke-width="1"/>`,
      text(x(session.date), top - 5, String(session.attendees), {
        "text-anchor": "middle",
        "font-size": 10,
      }),
    );
  }
  if (options.groupSize !== undefined)
    body.push(
      `<line x1="${LEFT}" y1="${round(y(options.groupSize))}" x2="${RIGHT}" y2="${round(y(options.groupSize))}" stroke="${INK}" stroke-width="1.5" stroke-dasharray="8 4"/>`,
    );
  body.push(`<line x1="${LEFT}" y1="${BOTTOM}" x2="${RIGHT}" y2="${BOTTOM}" stroke="${INK}"/>`);

  const ly = HEIGHT - 30;
  body.push(
    `<rect x="${LEFT}" y="${ly - 9}" width="22" height="14" fill="${T1_COLOUR}" stroke="${INK}"/>`,
    text(LEFT + 28, ly + 3, texts.session[language]),
    `<rect x="${LEFT + 150}" y="${ly - 9}" width="22" height="14" fill="url(#${escapeXml(id)}-children)" stroke="${INK}"/>`,
    text(LEFT + 178, ly + 3, texts.withChildren[language]),
  );
  if (options.groupSize !== undefined)
    body.push(
      `<line x1="${LEFT + 400}" y1="${ly - 2}" x2="${LEFT + 440}" y2="${ly - 2}" stroke="${INK}" stroke-width="1.5" stroke-dasharray="8 4"/>`,
      text(LEFT + 446, ly + 3, `${texts.groupSize[language]} (${options.groupSize})`),
    );

  const description = [
    `${labelAndValue(title, `${ordered.length} × ${texts.session[language]}`, language)}.`,
    ...ordered.map(
      (s) =>
        `${labelAndValue(formatDate(s.date, language, "day"), `${s.attendees}${s.withChildren ? ` (${texts.withChildren[language]})` : ""}`, language)}.`,
    ),
  ].join(" ");

  const defs = hatchPattern(`${id}-children`, "#5b7fa3");
  return svgDocument({ ...frame, width: WIDTH, height: HEIGHT, description, defs, body });
}

/** The first day of the month after a `YYYY-MM-01` date. */
function nextMonth(month: string): string {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, "0")}-01`;
}
