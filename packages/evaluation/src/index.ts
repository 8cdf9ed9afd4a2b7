/**
 * Evaluation of the MIRIAM method: scoring of t0/t1 instruments from their definitions,
 * group and programme indicators, a group report for inside the OCMW and a funder report
 * with small-cell suppression (typed data, and one table model rendered to CSV, Markdown,
 * HTML and JSON), and accessible SVG charts in NL, FR, DE and EN.
 *
 * @packageDocumentation
 */

export type {
  AggregateOptions,
  PolicySignalsAnnex,
  ProgrammeBasis,
  ProgrammeEffect,
  ProgrammeReport,
  ProgrammeScope,
} from "./aggregate";
export { aggregate, programmeYear } from "./aggregate";
export type { AttendanceChartOptions, AttendancePoint } from "./attendance-chart";
export { attendanceChart } from "./attendance-chart";
export type { ChartOptions } from "./chart-options";
export type { CsvOptions } from "./csv";
export { reportToCsv } from "./csv";
export type { DomainChange, DomainChangeChartOptions } from "./domain-change-chart";
export { domainChangeChart } from "./domain-change-chart";
export { eventsByTrajectory } from "./events-by-trajectory";
export type {
  FunderReport,
  FunderReportBuilder,
  FunderReportInput,
  FunderReportOptions,
  FunderReportProject,
  FunderReportSignals,
  ProjectName,
} from "./funder-report";
export { createFunderReport, funderReport } from "./funder-report";
export type { GroupReport, GroupReportInput, SessionAttendance } from "./group-report";
export { groupReport } from "./group-report";
export type {
  HerGoal,
  HerGroup,
  HerProposal,
  HerRight,
  HerScores,
  HerStep,
  HerView,
  HerViewOptions,
  OpenStep,
} from "./her-view";
export { herView, openSteps, proposalsIn } from "./her-view";
export type {
  DomainFigures,
  FidelityFigure,
  IndicatorFigures,
  IndicatorSet,
  Indicators,
  Participation,
  PublishedCount,
  PublishedIndicators,
  PublishedRate,
  ScoreFigures,
  SessionFigures,
  ShareFigures,
} from "./indicators";
export { PARTICIPATION_COUNTS, SUPPRESSED } from "./indicators";
export { reportToJson } from "./json";
export type {
  CohortDifference,
  EffectOptions,
  EffectRefusal,
  InstrumentVersion,
  MethodEffect,
  PairedChange,
} from "./method-effect";
export {
  compareCohorts,
  EFFECT_METHOD,
  MIN_PAIRS_FOR_INTERVAL,
  methodEffect,
  NORMAL_LIMIT_FROM_PAIRS,
} from "./method-effect";
export type { DomainLabel, EvaluationOptions } from "./options";
export type {
  IndicatorValues,
  ParticipantSummary,
  ParticipationStatus,
  ScoreChange,
} from "./participant";
export { summariseParticipant } from "./participant";
export type { ProgrammeChartsOptions, ReportFigure } from "./programme-charts";
export { programmeCharts } from "./programme-charts";
export type { DomainScores, RadarChartOptions } from "./radar-chart";
export { radarChart } from "./radar-chart";
export type { CsvDialect, CsvRenderOptions } from "./render-csv";
export { CSV_DIALECTS, toCsv } from "./render-csv";
export type { HtmlRenderOptions } from "./render-html";
export { toHtml } from "./render-html";
export { toJson } from "./render-json";
export type { MarkdownRenderOptions } from "./render-markdown";
export { toMarkdown } from "./render-markdown";
export type {
  RenderOptions,
  ReportCell,
  ReportColumn,
  ReportFootnote,
  ReportRow,
  ReportScope,
  ReportTable,
  ReportTables,
  ReportTablesOptions,
  ReportText,
} from "./report-tables";
export { reportTables } from "./report-tables";
export type {
  CodebookEntry,
  ResearchColumn,
  ResearchExportOptions,
  ResearchRow,
  ResearchValue,
} from "./research-export";
export {
  MIN_RESEARCH_KEY_BYTES,
  researchCodebook,
  researchColumns,
  researchCsv,
  researchExport,
  researchJsonLines,
} from "./research-export";
export type { AnswerProblem, Answers, MeasurementScores } from "./scoring";
export { isAskedAt, scoreMeasurement } from "./scoring";
export type {
  CountSystem,
  SumConstraint,
  Suppression,
  SuppressionOptions,
} from "./suppression";
export { DEFAULT_THRESHOLD, suppressCounts } from "./suppression";
export type {
  SyntheticGroup,
  SyntheticProgrammeOptions,
  SyntheticProject,
  SyntheticReportsOptions,
} from "./synthetic-programme";
export {
  syntheticProgramme,
  syntheticProgrammeReports,
  syntheticProjects,
} from "./synthetic-programme";
