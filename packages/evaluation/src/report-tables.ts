import {
  dropOutReasons,
  type Labels,
  type Language,
  labelAndValue,
  lifeDomains,
  positiveExitReasons,
  regions,
  signalThemes,
  type Vocabulary,
} from "@miriam/schemas";
import { resolveOptions } from "./_options";
import { fill, reportLabels as L, mapLabels } from "./_report-labels";
import { formatDate } from "./_svg";
import { texts } from "./_texts";
import type { ProgrammeReport, ProgrammeScope } from "./aggregate";
import type { FunderReport } from "./funder-report";
import type { GroupReport } from "./group-report";
import { type IndicatorSet, SUPPRESSED } from "./indicators";
import type { DomainLabel } from "./options";

/**
 * A text of a report table: labels in each language, or a string shown as it is in every
 * language (an id, a date, a name from the settings).
 */
export type ReportText = Labels | string;

/**
 * One cell of a report table, typed so that each renderer formats it for its reader:
 * a count or a share as a number in CSV, with the locale's digits in Markdown and HTML.
 *
 * - `count`: a number of people or things (a whole number).
 * - `number`: a mean, a number of days or months; `signed` for a change (t1 − t0).
 * - `share`: a proportion from 0 to 1 (shown as a percentage to people).
 * - `term`: a code of the method's vocabularies with its labels (machines read the code).
 * - `text`: a text.
 * - `suppressed`: hidden by small-cell suppression; it carries no value at all.
 * - `empty`: nothing to show (`no-data`: nothing to compute it on).
 */
export type ReportCell =
  | { readonly kind: "count"; readonly value: number }
  | { readonly kind: "number"; readonly value: number; readonly signed?: boolean }
  | { readonly kind: "share"; readonly value: number }
  | { readonly kind: "term"; readonly code: string; readonly label: ReportText }
  | { readonly kind: "text"; readonly text: ReportText }
  | { readonly kind: "suppressed"; readonly reason: "small-cell" }
  | { readonly kind: "empty"; readonly reason: "no-data" };

/** A column of a report table. */
export interface ReportColumn {
  /** Stable code of the column (CSV `measure`), never translated. */
  readonly id: string;
  /** Its heading. */
  readonly label: ReportText;
}

/** A row of a report table: its heading and one cell per column. */
export interface ReportRow {
  /** Stable code of the row within its table (CSV `item`), never translated. */
  readonly id: string;
  /** The row's heading. */
  readonly label: ReportText;
  /** One cell per column, in the columns' order. */
  readonly cells: readonly ReportCell[];
}

/** What a table is about: the programme, a project, a group. */
export interface ReportScope {
  /** `programme`, a project's id or a group's id (CSV `scope`). */
  readonly id: string;
  /** Its heading. */
  readonly label: ReportText;
}

/** One table of a report. */
export interface ReportTable {
  /** Stable code of the table (CSV `section`), e.g. `participation`. */
  readonly id: string;
  /** What the table is about; tables of one scope follow each other. */
  readonly scope: ReportScope;
  /** The table's title (an HTML caption). */
  readonly title: ReportText;
  /** Heading of the column of row headings. */
  readonly rowHeading: ReportText;
  /** The value columns. */
  readonly columns: readonly ReportColumn[];
  /** The rows. */
  readonly rows: readonly ReportRow[];
}

/** A footnote that cells refer to by their `reason`. */
export interface ReportFootnote {
  /** The reason of the cells it explains: `small-cell` or `no-data`. */
  readonly id: "small-cell" | "no-data";
  /** The mark next to such a cell and before the footnote. */
  readonly marker: string;
  /** What the cell shows instead of a value. */
  readonly shown: ReportText;
  /** The reason in a few words (a spreadsheet's note column). */
  readonly label: ReportText;
  /** The footnote. */
  readonly text: ReportText;
}

/**
 * A report as tables: one typed model of a {@link GroupReport} or {@link FunderReport},
 * with every label in NL, FR, DE and EN, that the renderers {@link toCsv},
 * {@link toMarkdown}, {@link toHtml} and {@link toJson} write for their readers. Made by
 * {@link reportTables}.
 */
export interface ReportTables {
  /** What this is. */
  readonly kind: "miriam-report-tables";
  /** The report it was made from. */
  readonly report: "group" | "funder" | "programme";
  /** The report's title. */
  readonly title: ReportText;
  /** Notes the reader needs before the tables (who may read it, the period). */
  readonly notes: readonly ReportText[];
  /** The tables, grouped by scope. */
  readonly tables: readonly ReportTable[];
  /** Footnotes of the cells that show no value; renderers print those that are used. */
  readonly footnotes: readonly ReportFootnote[];
}

/** Options of the renderers of {@link ReportTables}. */
export interface RenderOptions {
  /** Language of every word, and locale of the numbers (`nl-BE`, `fr-BE`...). Default `"en"`. */
  readonly language?: Language;
}

/** Options of {@link reportTables}. */
export interface ReportTablesOptions {
  /** The project's life domains, for their labels. Default: the kit's default set. */
  readonly domains?: readonly DomainLabel[];
}

type Value = number | null | typeof SUPPRESSED;

const SUPPRESSED_CELL: ReportCell = { kind: "suppressed", reason: "small-cell" };
const NO_DATA: ReportCell = { kind: "empty", reason: "no-data" };

const count = (value: Value): ReportCell =>
  value === SUPPRESSED ? SUPPRESSED_CELL : value === null ? NO_DATA : { kind: "count", value };
const share = (value: Value): ReportCell =>
  value === SUPPRESSED ? SUPPRESSED_CELL : value === null ? NO_DATA : { kind: "share", value };
const number = (value: Value | undefined, signed = false): ReportCell =>
  value === SUPPRESSED
    ? SUPPRESSED_CELL
    : value === null || value === undefined
      ? NO_DATA
      : signed
        ? { kind: "number", value, signed }
        : { kind: "number", value };
const term = (code: string, label: ReportText): ReportCell => ({ kind: "term", code, label });
const yesNo = (value: boolean | null | undefined): ReportCell =>
  value === null || value === undefined ? NO_DATA : term(value ? "yes" : "no", L.yesNo(value));

const col = (id: string, label: ReportText): ReportColumn => ({ id, label });
const VALUE = [col("value", texts.value)];
const COUNT = [col("count", texts.count)];

/** A count per reason of a closing (drop-out or positive early exit), one row per code. */
function byReason<Code extends string>(
  id: string,
  scope: ReportTable["scope"],
  title: Labels,
  reasons: Vocabulary<Code>,
  counts: Readonly<Record<Code, Value>>,
): ReportTable {
  return {
    id,
    scope,
    title,
    rowHeading: reasons.title,
    columns: COUNT,
    rows: reasons.codes.map((reason) => ({
      id: reason,
      label: L.term(reasons, reason),
      cells: [count(counts[reason])],
    })),
  };
}

/**
 * The tables of a report: the same figures as the typed report, with their labels, for
 * the renderers. Suppressed figures become `suppressed` cells that hold no value. Pure.
 *
 * @example
 * ```ts
 * const tables = reportTables(funderReport(input));
 * writeFileSync("funder.md", toMarkdown(tables, { language: "nl" }));
 * writeFileSync("funder.csv", toCsv(tables, { language: "nl", dialect: "excel-be" }));
 * ```
 */
export function reportTables(
  report: GroupReport | FunderReport | ProgrammeReport,
  options: ReportTablesOptions = {},
): ReportTables {
  const domains = resolveOptions({ domains: options.domains }).domains;
  if (report.kind === "miriam-programme-report") return programmeTables(report, domains);
  return report.kind === "miriam-funder-report"
    ? funderTables(report, domains)
    : groupTables(report, domains);
}

/** The scope of a region (`unknown` when reports did not say) or of a programme year. */
function regionScope(id: string): ReportScope {
  return {
    id: `region:${id}`,
    label: regions.has(id) ? L.term(regions, id) : texts.unknownRegion,
  };
}

function programmeTables(report: ProgrammeReport, domains: readonly DomainLabel[]): ReportTables {
  const programme: ReportScope = { id: "programme", label: texts.programme };
  const overview = (scope: ReportScope, figures: ProgrammeScope): ReportTable => ({
    id: "overview",
    scope,
    title: texts.overview,
    rowHeading: texts.figure,
    columns: COUNT,
    rows: [
      { id: "reports", label: texts.reports, cells: [count(figures.reports)] },
      { id: "projects", label: texts.projects, cells: [count(figures.projects)] },
      { id: "groups", label: texts.groups, cells: [count(figures.groups)] },
    ],
  });
  const tables: ReportTable[] = [
    overview(programme, report.programme),
    ...indicatorTables(programme, report.programme.indicators, domains),
  ];
  const effect = report.effect;
  if (effect !== undefined) tables.push(effectTable(programme, effect.programme, domains));
  for (const region of report.regions) {
    const scope = regionScope(region.id);
    tables.push(overview(scope, region), ...indicatorTables(scope, region.indicators, domains));
  }
  for (const year of report.years) {
    const scope = yearScope(year.id);
    const ofYear = effect?.years.find((y) => y.year === year.id)?.effect;
    tables.push(overview(scope, year));
    if (ofYear !== undefined) tables.push(effectTable(scope, ofYear, domains));
    tables.push(...indicatorTables(scope, year.indicators, domains));
  }
  tables.push(...signalTables(report.signals, domains));
  const notes: ReportText[] = [
    report.basis === "counts-before-suppression"
      ? texts.basisCounts
      : report.basis === "published-figures"
        ? texts.basisPublished
        : texts.basisMixed,
    effect === undefined ? texts.changeFromReports : texts.effectNote,
  ];
  return {
    kind: "miriam-report-tables",
    report: "programme",
    title: texts.programmeReportTitle,
    notes,
    tables,
    footnotes: footnotes(report.threshold),
  };
}

function yearScope(year: string): ReportScope {
  return { id: `year:${year}`, label: mapLabels((l) => `${texts.programmeYear[l]} ${year}`) };
}

function effectTable(
  scope: ReportScope,
  effect: NonNullable<ProgrammeReport["effect"]>["programme"],
  domains: readonly DomainLabel[],
): ReportTable {
  const columns = [
    col("n", texts.pairedN),
    col("left-out", texts.leftOut),
    col("mean-change", texts.meanChange),
    col("effect-size", texts.effectSize),
    col("ci95-low", texts.ciLow),
    col("ci95-high", texts.ciHigh),
  ];
  if (!("domains" in effect))
    return {
      id: "effect",
      scope,
      title: texts.effectTitle,
      rowHeading: L.lifeDomainTitle,
      columns: VALUE,
      rows: [
        { id: "refused", label: texts.effectTitle, cells: [{ kind: "text", text: effect.reason }] },
      ],
    };
  const change = (c: (typeof effect.domains)[string]): ReportCell[] => [
    count(c.n),
    count(c.leftOut),
    number(c.meanChange, true),
    number(c.effectSize, true),
    number(c.ci95?.[0] ?? null, true),
    number(c.ci95?.[1] ?? null, true),
  ];
  const codes = [
    ...domains.map((d) => d.code).filter((code) => effect.domains[code] !== undefined),
    ...Object.keys(effect.domains).filter((code) => !domains.some((d) => d.code === code)),
  ];
  return {
    id: "effect",
    scope,
    title: texts.effectTitle,
    rowHeading: L.lifeDomainTitle,
    columns,
    rows: [
      ...codes.map((code) => ({
        id: code,
        label: L.domain(domains, code),
        cells: change(effect.domains[code]!),
      })),
      {
        id: "self-reliance",
        label: L.indicator("self-reliance"),
        cells: change(effect.selfReliance),
      },
    ],
  };
}

function signalTables(
  annex: ProgrammeReport["signals"],
  domains: readonly DomainLabel[],
): ReportTable[] {
  const scope: ReportScope = { id: "policy-signals", label: texts.signalsTitle };
  const regionIds = [...new Set([...annex.byTheme, ...annex.byDomain].map((r) => r.region))];
  const columns = [
    ...regionIds.map((region) => col(region, regionScope(region).label)),
    col("total", texts.total),
  ];
  const crossTable = (
    id: string,
    title: Labels,
    rowHeading: ReportText,
    codes: readonly string[],
    label: (code: string) => ReportText,
    countOf: (region: string, code: string) => number,
  ): ReportTable => ({
    id,
    scope,
    title,
    rowHeading,
    columns,
    rows: codes.map((code) => {
      const counts = regionIds.map((region) => countOf(region, code));
      return {
        id: code,
        label: label(code),
        cells: [...counts, counts.reduce((a, b) => a + b, 0)].map((n) => count(n)),
      };
    }),
  });
  const domainCodes = [
    ...domains.map((d) => d.code),
    ...lifeDomains.codes.filter((code) => !domains.some((d) => d.code === code)),
  ].filter((code) => annex.byDomain.some((r) => r.domain === code));
  const tables: ReportTable[] = [
    crossTable(
      "signals-by-theme",
      texts.signalsByTheme,
      signalThemes.title,
      signalThemes.codes,
      (code) => L.term(signalThemes, code as (typeof signalThemes.codes)[number]),
      (region, code) =>
        annex.byTheme.find((r) => r.region === region && r.theme === code)?.count ?? 0,
    ),
    crossTable(
      "signals-by-domain",
      texts.signalsByDomain,
      L.lifeDomainTitle,
      domainCodes,
      (code) => L.domain(domains, code),
      (region, code) =>
        annex.byDomain.find((r) => r.region === region && r.domain === code)?.count ?? 0,
    ),
  ];
  if (annex.shareable.length > 0)
    tables.push({
      id: "signals-shared",
      scope,
      title: texts.signalsShared,
      rowHeading: texts.month,
      columns: [
        col("region", regions.title),
        col("theme", signalThemes.title),
        col("domain", L.lifeDomainTitle),
        col("observation", texts.observation),
      ],
      rows: annex.shareable.map((s, index) => ({
        id: `${s.month}-${index + 1}`,
        label: s.month,
        cells: [
          regions.has(s.region)
            ? term(s.region, L.term(regions, s.region))
            : { kind: "text", text: texts.unknownRegion },
          term(s.theme, L.term(signalThemes, s.theme)),
          term(s.domain, L.domain(domains, s.domain)),
          { kind: "text", text: s.observation },
        ],
      })),
    });
  return tables;
}

function footnotes(threshold: number | undefined): ReportFootnote[] {
  const notes: ReportFootnote[] = [];
  if (threshold !== undefined)
    notes.push({
      id: "small-cell",
      marker: "†",
      shown: texts.hidden,
      label: texts.suppressed,
      text: fill(texts.smallCellNote, { max: String(threshold - 1) }),
    });
  notes.push({
    id: "no-data",
    marker: "–",
    shown: "–",
    label: texts.noDataNote,
    text: texts.noDataNote,
  });
  return notes;
}

function funderTables(report: FunderReport, domains: readonly DomainLabel[]): ReportTables {
  const programme: ReportScope = { id: "programme", label: texts.programme };
  const tables: ReportTable[] = [
    {
      id: "overview",
      scope: programme,
      title: texts.overview,
      rowHeading: texts.figure,
      columns: COUNT,
      rows: [
        { id: "projects", label: texts.projects, cells: [count(report.programme.projects)] },
        { id: "groups", label: texts.groups, cells: [count(report.programme.groups)] },
      ],
    },
    ...indicatorTables(programme, report.programme.indicators, domains),
  ];
  if (report.projects.length > 0)
    tables.push({
      id: "projects",
      scope: programme,
      title: texts.projectsTitle,
      rowHeading: texts.projectId,
      columns: [col("name", texts.project), col("groups", texts.groups)],
      rows: report.projects.map((project) => ({
        id: project.projectId,
        label: project.projectId,
        cells: [
          project.name === undefined ? NO_DATA : { kind: "text", text: project.name },
          count(project.groups),
        ],
      })),
    });
  for (const project of report.projects) {
    const scope: ReportScope = {
      id: project.projectId,
      label:
        project.name === undefined ? project.projectId : `${project.name} (${project.projectId})`,
    };
    tables.push(...indicatorTables(scope, project.indicators, domains));
  }
  const notes: ReportText[] = [];
  if (report.period !== undefined)
    notes.push(
      mapLabels((l) =>
        labelAndValue(
          texts.period[l],
          `${formatDate(report.period!.from, l, "day")} – ${formatDate(report.period!.to, l, "day")}`,
          l,
        ),
      ),
    );
  return {
    kind: "miriam-report-tables",
    report: "funder",
    title: texts.funderReportTitle,
    notes,
    tables,
    footnotes: footnotes(report.threshold),
  };
}

function groupTables(report: GroupReport, domains: readonly DomainLabel[]): ReportTables {
  const scope: ReportScope = {
    id: report.groupId,
    label: mapLabels((l) => `${texts.group[l]} ${report.name ?? report.groupId}`),
  };
  const tables: ReportTable[] = [
    {
      id: "overview",
      scope,
      title: texts.overview,
      rowHeading: texts.figure,
      columns: VALUE,
      rows: [
        { id: "group", label: texts.group, cells: [{ kind: "text", text: report.groupId }] },
        {
          id: "name",
          label: texts.name,
          cells: [report.name === undefined ? NO_DATA : { kind: "text", text: report.name }],
        },
        {
          id: "project",
          label: texts.projectId,
          cells: [
            report.projectId === undefined ? NO_DATA : { kind: "text", text: report.projectId },
          ],
        },
      ],
    },
    ...indicatorTables(scope, report.indicators, domains),
  ];
  if (report.sessions.length > 0) {
    const seen = new Map<string, number>();
    tables.push({
      id: "session-attendance",
      scope,
      title: texts.sessionAttendance,
      rowHeading: texts.date,
      columns: [
        col("attendees", texts.attendees),
        col("kind", texts.sessionKind),
        col("with-children", texts.withChildren),
      ],
      rows: report.sessions.map((session) => {
        // Two sessions on one day keep distinct row ids.
        const nth = (seen.get(session.date) ?? 0) + 1;
        seen.set(session.date, nth);
        return {
          id: nth === 1 ? session.date : `${session.date}-${nth}`,
          label: mapLabels((l) => formatDate(session.date, l, "day")),
          cells: [
            count(session.attendees),
            session.kind === undefined ? NO_DATA : term(session.kind, L.sessionKind(session.kind)),
            yesNo(session.withChildren),
          ],
        };
      }),
    });
  }
  tables.push(...participantTables(scope, report, domains));
  return {
    kind: "miriam-report-tables",
    report: "group",
    title: mapLabels((l) => `${texts.groupReportTitle[l]} ${report.groupId}`),
    notes: [texts.insideOcmwOnly],
    tables,
    footnotes: footnotes(undefined),
  };
}

function indicatorTables(
  scope: ReportScope,
  ind: IndicatorSet<Value, Value>,
  domains: readonly DomainLabel[],
): ReportTable[] {
  const p = ind.participation;
  const s = ind.sessions;
  const scoreColumns = [
    col("n", texts.pairedN),
    col(
      "mean-t0",
      mapLabels((l) => `${texts.mean[l]} ${L.timepoint("t0")[l]}`),
    ),
    col(
      "mean-t1",
      mapLabels((l) => `${texts.mean[l]} ${L.timepoint("t1")[l]}`),
    ),
    col("mean-change", texts.meanChange),
  ];
  const tables: ReportTable[] = [
    {
      id: "participation",
      scope,
      title: texts.participation,
      rowHeading: texts.figure,
      columns: VALUE,
      rows: [
        { id: "referred", label: L.indicator("referred"), cells: [count(p.referred)] },
        { id: "declined", label: L.closingOutcome("declined"), cells: [count(p.declined)] },
        { id: "not-started", label: L.indicator("not-started"), cells: [count(p.notStarted)] },
        { id: "started", label: L.indicator("started"), cells: [count(p.started)] },
        { id: "completed", label: L.closingOutcome("completed"), cells: [count(p.completed)] },
        {
          id: "positive-early-exit",
          label: L.closingOutcome("positive-early-exit"),
          cells: [count(p.positiveEarlyExit)],
        },
        { id: "dropped-out", label: L.closingOutcome("dropped-out"), cells: [count(p.droppedOut)] },
        { id: "other-closed", label: L.indicator("other-closed"), cells: [count(p.otherClosed)] },
        { id: "active", label: L.indicator("active"), cells: [count(p.active)] },
        { id: "ended", label: L.indicator("ended"), cells: [count(p.ended)] },
        {
          id: "completion-rate",
          label: L.indicator("completion-rate"),
          cells: [share(p.completionRate)],
        },
        { id: "result-rate", label: L.indicator("result-rate"), cells: [share(p.resultRate)] },
      ],
    },
    byReason(
      "positive-exit-by-reason",
      scope,
      texts.positiveExitByReason,
      positiveExitReasons,
      ind.positiveExitByReason,
    ),
    byReason(
      "drop-out-by-reason",
      scope,
      texts.dropOutByReason,
      dropOutReasons,
      ind.dropOutByReason,
    ),
    {
      id: "sessions",
      scope,
      title: texts.sessionsTitle,
      rowHeading: texts.figure,
      columns: VALUE,
      rows: [
        { id: "held", label: L.indicator("held"), cells: [count(s.held)] },
        {
          id: "mean-attendance",
          label: L.indicator("mean-attendance"),
          cells: [number(s.meanAttendance)],
        },
        {
          id: "mean-days-between",
          label: L.indicator("mean-days-between"),
          cells: [number(s.meanDaysBetween)],
        },
        {
          id: "max-days-between",
          label: L.indicator("max-days-between"),
          cells: [number(s.maxDaysBetween)],
        },
      ],
    },
    {
      id: "contacts",
      scope,
      title: texts.contactsTitle,
      rowHeading: texts.figure,
      columns: VALUE,
      rows: [
        {
          id: "per-participant-month",
          label: L.indicator("per-participant-month"),
          cells: [number(ind.contactsPerParticipantMonth)],
        },
      ],
    },
    {
      id: "scores",
      scope,
      title: texts.scoresTitle,
      rowHeading: L.lifeDomainTitle,
      columns: scoreColumns,
      rows: [
        ...ind.domains.map((d) => ({ id: d.domain, label: L.domain(domains, d.domain), f: d })),
        { id: "self-reliance", label: L.indicator("self-reliance"), f: ind.selfReliance },
      ].map(({ id, label, f }) => ({
        id,
        label,
        cells: [count(f.n), number(f.meanT0), number(f.meanT1), number(f.meanChange, true)],
      })),
    },
    {
      id: "improvement",
      scope,
      title: texts.improvementTitle,
      rowHeading: texts.figure,
      columns: [
        col("n", texts.answered),
        col("yes", texts.yes),
        col("no", texts.no),
        col("share", texts.shareYes),
      ],
      rows: (
        [
          [
            "improved-in-any-domain",
            L.indicator("improved-in-any-domain"),
            ind.improvedInAnyDomain,
          ],
          ["overall-improvement", L.indicator("overall-improvement"), ind.overallImprovement],
        ] as const
      ).map(([id, label, f]) => ({
        id,
        label,
        cells: [count(f.n), count(f.yes), count(f.no), share(f.share)],
      })),
    },
  ];
  if (ind.outcomeIndicators.length > 0)
    tables.push({
      id: "outcome-indicators",
      scope,
      title: texts.outcomeIndicatorsTitle,
      rowHeading: L.outcomeIndicatorTitle,
      columns: [
        col("n", texts.pairedN),
        col(
          "yes-t0",
          mapLabels((l) => `${texts.yes[l]} t0`),
        ),
        col(
          "no-t0",
          mapLabels((l) => `${texts.no[l]} t0`),
        ),
        col(
          "yes-t1",
          mapLabels((l) => `${texts.yes[l]} t1`),
        ),
        col(
          "no-t1",
          mapLabels((l) => `${texts.no[l]} t1`),
        ),
        col(
          "share-t0",
          mapLabels((l) => `${texts.shareYes[l]} t0`),
        ),
        col(
          "share-t1",
          mapLabels((l) => `${texts.shareYes[l]} t1`),
        ),
      ],
      rows: ind.outcomeIndicators.map((i) => ({
        id: i.indicator,
        label: L.outcomeIndicator(i.indicator),
        cells: [
          count(i.n),
          count(i.yesT0),
          count(i.noT0),
          count(i.yesT1),
          count(i.noT1),
          share(i.shareT0),
          share(i.shareT1),
        ],
      })),
    });
  if (ind.fidelity.length > 0)
    tables.push({
      id: "fidelity",
      scope,
      title: texts.fidelityTitle,
      rowHeading: texts.signal,
      columns: [col("count", texts.timesRaised)],
      rows: ind.fidelity.map((f) => ({
        id: f.code,
        label: L.fidelitySignal(f.code),
        cells: [count(f.count)],
      })),
    });
  return tables;
}

function participantTables(
  scope: ReportScope,
  report: GroupReport,
  domains: readonly DomainLabel[],
): ReportTable[] {
  const participants = report.participants;
  if (participants.length === 0) return [];
  // The follow-up is done by researchers a year later: its column only when it was recorded.
  const followUp = participants.some((p) => p.scores["follow-up"] !== undefined);
  const scoreRows: ReportRow[] = [];
  const indicatorRows: ReportRow[] = [];
  for (const p of participants) {
    const id = p.trajectoryId;
    const scores = [
      ...domains.map((d) => ({
        code: d.code,
        label: d.labels as ReportText,
        at: (t: "t0" | "t1" | "follow-up") => p.scores[t]?.domains[d.code],
        change: p.change.domains[d.code],
      })),
      {
        code: "self-reliance",
        label: L.indicator("self-reliance") as ReportText,
        at: (t: "t0" | "t1" | "follow-up") => p.scores[t]?.selfReliance,
        change: p.change.selfReliance ?? undefined,
      },
    ];
    for (const score of scores) {
      const cells = [
        number(score.at("t0")),
        number(score.at("t1")),
        ...(followUp ? [number(score.at("follow-up"))] : []),
        number(score.change, true),
      ];
      if (cells.every((cell) => cell === NO_DATA)) continue;
      scoreRows.push({ id: `${id}/${score.code}`, label: withId(id, score.label), cells });
    }
    const recorded = new Set([...Object.keys(p.indicators.t0), ...Object.keys(p.indicators.t1)]);
    for (const indicator of recorded) {
      const at = (t: "t0" | "t1") => p.indicators[t][indicator as keyof typeof p.indicators.t0];
      indicatorRows.push({
        id: `${id}/${indicator}`,
        label: withId(id, L.outcomeIndicator(indicator)),
        cells: [yesNo(at("t0")), yesNo(at("t1"))],
      });
    }
  }
  const tables: ReportTable[] = [
    {
      id: "participants",
      scope,
      title: texts.participantsTitle,
      rowHeading: texts.trajectory,
      columns: [
        col("status", texts.status),
        col("positive-exit-reason", L.positiveExitReasonTitle),
        col("drop-out-reason", L.dropOutReasonTitle),
        col("contacts", L.indicator("contacts")),
        col("participant-months", L.indicator("participant-months")),
        col("overall-improvement", L.indicator("overall-improvement")),
      ],
      rows: participants.map((p) => ({
        id: p.trajectoryId,
        label: p.trajectoryId,
        cells: [
          term(p.status, L.participationStatus(p.status)),
          p.positiveExitReason === undefined
            ? NO_DATA
            : term(p.positiveExitReason, L.positiveExitReason(p.positiveExitReason)),
          p.dropOutReason === undefined
            ? NO_DATA
            : term(p.dropOutReason, L.dropOutReason(p.dropOutReason)),
          count(p.contacts),
          number(p.participantMonths),
          yesNo(p.overallImprovement),
        ],
      })),
    },
  ];
  if (scoreRows.length > 0)
    tables.push({
      id: "participant-scores",
      scope,
      title: texts.participantScores,
      rowHeading: texts.trajectory,
      columns: [
        col("t0", L.timepoint("t0")),
        col("t1", L.timepoint("t1")),
        ...(followUp ? [col("follow-up", L.timepoint("follow-up"))] : []),
        col("change", texts.change),
      ],
      rows: scoreRows,
    });
  if (indicatorRows.length > 0)
    tables.push({
      id: "participant-indicators",
      scope,
      title: texts.participantIndicators,
      rowHeading: texts.trajectory,
      columns: [col("t0", L.timepoint("t0")), col("t1", L.timepoint("t1"))],
      rows: indicatorRows,
    });
  return tables;
}

/** A participant's row heading: her pseudonymous id and what the row is about. */
function withId(id: string, label: ReportText): ReportText {
  return typeof label === "string"
    ? `${id} · ${label}`
    : mapLabels((language) => `${id} · ${label[language]}`);
}
