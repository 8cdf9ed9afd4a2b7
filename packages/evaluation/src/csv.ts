import {
  closingOutcomes,
  dropOutReasons,
  type Language,
  outcomeIndicators,
  timepoints,
} from "@miriam/schemas";
import { resolveOptions } from "./_options";
import { texts } from "./_texts";
import type { FunderReport } from "./funder-report";
import type { GroupReport } from "./group-report";
import { type IndicatorSet, SUPPRESSED } from "./indicators";
import type { DomainLabel } from "./options";

/** Options of {@link reportToCsv}. */
export interface CsvOptions {
  /** Language of the `label` column. Default `"en"`. */
  readonly language?: Language;
  /** The project's life domains, for their labels. Default: the kit's default set. */
  readonly domains?: readonly DomainLabel[];
}

type Value = number | string | null | undefined;
type Row = readonly [
  scope: string,
  section: string,
  item: string,
  measure: string,
  label: string,
  value: Value,
];

/** The CSV header: one figure per line, so any spreadsheet can pivot it. */
const HEADER = ["scope", "section", "item", "measure", "label", "value", "status"];

/**
 * A report as CSV (RFC 4180, `\r\n` line ends), one figure per line: `scope` (programme,
 * project, group or trajectory id), `section`, `item` and `measure` (stable codes),
 * `label` (in the chosen language), `value`, and `status` (`suppressed`, or `no-data`
 * when there was nothing to compute on). Text cells that a spreadsheet would run as a
 * formula are prefixed with `'`. Pure.
 *
 * @example
 * ```ts
 * writeFileSync("funder-report.csv", reportToCsv(funderReport(input), { language: "fr" }));
 * ```
 */
export function reportToCsv(report: GroupReport | FunderReport, options: CsvOptions = {}): string {
  const language = options.language ?? "en";
  const domains = resolveOptions({ domains: options.domains }).domains;
  const lines = [HEADER.join(",")];
  const emit = (rows: Iterable<Row>) => {
    for (const [scope, section, item, measure, label, value] of rows) {
      const status =
        value === SUPPRESSED
          ? "suppressed"
          : value === null || value === undefined
            ? "no-data"
            : "";
      const shown =
        typeof value === "number" ? String(value) : value === SUPPRESSED ? "" : (value ?? "");
      lines.push([scope, section, item, measure, label, shown, status].map(cell).join(","));
    }
  };
  if (report.kind === "miriam-funder-report") {
    emit(indicatorRows("programme", report.programme.indicators, language, domains));
    for (const project of report.projects) {
      emit([
        [project.projectId, "project", "name", "text", texts.project[language], project.name ?? ""],
        [project.projectId, "project", "groups", "count", texts.groups[language], project.groups],
      ]);
      emit(indicatorRows(project.projectId, project.indicators, language, domains));
    }
  } else {
    emit(indicatorRows(report.groupId, report.indicators, language, domains));
    for (const session of report.sessions)
      emit([
        [
          report.groupId,
          "session",
          session.date,
          "attendees",
          texts.attendees[language],
          session.attendees,
        ],
      ]);
    for (const p of report.participants) emit(participantRows(p, language, domains));
  }
  return `${lines.join("\r\n")}\r\n`;
}

function* indicatorRows(
  scope: string,
  ind: IndicatorSet<Value, Value>,
  language: Language,
  domains: readonly DomainLabel[],
): Generator<Row> {
  const p = ind.participation;
  const participation: [string, Value, string][] = [
    ["referred", p.referred, texts.referred[language]],
    ["declined", p.declined, closingOutcomes.label("declined", language)],
    ["not-started", p.notStarted, texts.notStarted[language]],
    ["started", p.started, texts.started[language]],
    ["completed", p.completed, closingOutcomes.label("completed", language)],
    ["dropped-out", p.droppedOut, closingOutcomes.label("dropped-out", language)],
    ["other-closed", p.otherClosed, texts.otherClosed[language]],
    ["active", p.active, texts.active[language]],
    ["ended", p.ended, texts.ended[language]],
  ];
  for (const [item, value, label] of participation)
    yield [scope, "participation", item, "count", label, value];
  yield [
    scope,
    "participation",
    "completion-rate",
    "rate",
    texts.completionRate[language],
    p.completionRate,
  ];
  for (const reason of dropOutReasons.codes)
    yield [
      scope,
      "drop-out-by-reason",
      reason,
      "count",
      dropOutReasons.label(reason, language),
      ind.dropOutByReason[reason],
    ];
  const s = ind.sessions;
  yield [scope, "sessions", "held", "count", texts.sessionsHeld[language], s.held];
  yield [scope, "sessions", "attendance", "mean", texts.meanAttendance[language], s.meanAttendance];
  yield [
    scope,
    "sessions",
    "days-between",
    "mean",
    texts.meanDaysBetween[language],
    s.meanDaysBetween,
  ];
  yield [
    scope,
    "sessions",
    "days-between",
    "max",
    texts.maxDaysBetween[language],
    s.maxDaysBetween,
  ];
  yield [
    scope,
    "contacts",
    "per-participant-month",
    "rate",
    texts.contactsPerMonth[language],
    ind.contactsPerParticipantMonth,
  ];
  const labelOf = new Map(domains.map((d) => [d.code, d.labels[language]]));
  const scores = [
    ...ind.domains.map((d) => ["domain", d.domain, labelOf.get(d.domain) ?? d.domain, d] as const),
    ["self-reliance", "self-reliance", texts.selfReliance[language], ind.selfReliance] as const,
  ];
  for (const [section, item, label, f] of scores) {
    yield [scope, section, item, "n", label, f.n];
    yield [scope, section, item, "mean-t0", label, f.meanT0];
    yield [scope, section, item, "mean-t1", label, f.meanT1];
    yield [scope, section, item, "mean-change", label, f.meanChange];
  }
  for (const [item, f, label] of [
    ["improved-in-any-domain", ind.improvedInAnyDomain, texts.improvedInAnyDomain[language]],
    ["overall-improvement", ind.overallImprovement, texts.overallImprovement[language]],
  ] as const) {
    yield [scope, "share", item, "n", label, f.n];
    yield [scope, "share", item, "yes", label, f.yes];
    yield [scope, "share", item, "no", label, f.no];
    yield [scope, "share", item, "share", label, f.share];
  }
  for (const i of ind.outcomeIndicators) {
    const label = outcomeIndicators.label(i.indicator, language);
    const measures = [
      ["n", i.n],
      ["yes-t0", i.yesT0],
      ["no-t0", i.noT0],
      ["yes-t1", i.yesT1],
      ["no-t1", i.noT1],
      ["share-t0", i.shareT0],
      ["share-t1", i.shareT1],
    ] as const;
    for (const [measure, value] of measures)
      yield [scope, "outcome-indicator", i.indicator, measure, label, value];
  }
  for (const f of ind.fidelity) yield [scope, "fidelity", f.code, "count", f.code, f.count];
}

function* participantRows(
  p: GroupReport["participants"][number],
  language: Language,
  domains: readonly DomainLabel[],
): Generator<Row> {
  const id = p.trajectoryId;
  const statusLabel = closingOutcomes.has(p.status)
    ? closingOutcomes.label(p.status, language)
    : p.status === "active"
      ? texts.active[language]
      : texts.notStarted[language];
  yield [id, "participant", "status", "code", statusLabel, p.status];
  if (p.dropOutReason !== undefined)
    yield [
      id,
      "participant",
      "drop-out-reason",
      "code",
      dropOutReasons.label(p.dropOutReason, language),
      p.dropOutReason,
    ];
  yield [id, "participant", "contacts", "count", texts.contacts[language], p.contacts];
  yield [
    id,
    "participant",
    "participant-months",
    "months",
    texts.months[language],
    p.participantMonths,
  ];
  for (const domain of domains) {
    const label = domain.labels[language];
    for (const timepoint of ["t0", "t1", "follow-up"] as const) {
      const score = p.scores[timepoint]?.domains[domain.code];
      if (score !== undefined)
        yield [
          id,
          "domain",
          domain.code,
          timepoint,
          `${label} (${timepoints.label(timepoint, language)})`,
          score,
        ];
    }
    const change = p.change.domains[domain.code];
    if (change !== undefined)
      yield [id, "domain", domain.code, "change", `${label} (${texts.change[language]})`, change];
  }
  for (const timepoint of ["t0", "t1", "follow-up"] as const) {
    const score = p.scores[timepoint]?.selfReliance;
    if (score !== undefined)
      yield [id, "self-reliance", "self-reliance", timepoint, texts.selfReliance[language], score];
  }
  if (p.change.selfReliance !== null)
    yield [
      id,
      "self-reliance",
      "self-reliance",
      "change",
      texts.selfReliance[language],
      p.change.selfReliance,
    ];
  if (p.overallImprovement !== null)
    yield [
      id,
      "share",
      "overall-improvement",
      "yes",
      texts.overallImprovement[language],
      p.overallImprovement ? 1 : 0,
    ];
  for (const timepoint of ["t0", "t1"] as const)
    for (const [indicator, value] of Object.entries(p.indicators[timepoint]))
      if (value !== undefined)
        yield [
          id,
          "outcome-indicator",
          indicator,
          `yes-${timepoint}`,
          outcomeIndicators.has(indicator)
            ? outcomeIndicators.label(indicator, language)
            : indicator,
          value ? 1 : 0,
        ];
}

/** RFC 4180 quoting, and no spreadsheet formulas from text (CSV injection). */
function cell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) && Number.isNaN(Number(text)) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
