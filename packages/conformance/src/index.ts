/**
 * The MIRIAM conformance kit: the method's requirements as data (each linked to the
 * methodology and to its fixtures), fixtures generated from the statechart and the
 * schemas, and a runner that checks a vendor's export and writes a report in Markdown
 * and JSON. A vendor adds `runConformance` (or `miriam conformance <dir>`) to its CI.
 *
 * @packageDocumentation
 */

// The runner and its report
export type {
  ConformanceReport,
  Finding,
  ReportMarkdownOptions,
  RequirementResult,
  RequirementStatus,
} from "./conformance-report";
export { MAX_FINDINGS, reportToMarkdown } from "./conformance-report";
export { expectedResults } from "./expected-results";
// The export layout
export type { ExportContent } from "./export-layout";
export { exportFiles, exportLayout } from "./export-layout";
export type {
  ExpectedRefusal,
  ExpectedSignal,
  ExpectedTrajectory,
  KitResults,
} from "./kit-results";
// Reading logs larger than memory, one trajectory at a time
export type {
  EventLogIndex,
  FileEntry,
  GroupEventsOptions,
  IndexEventLogsOptions,
  IndexedGroupEvent,
  IndexedTrajectory,
  LogFile,
} from "./log-index";
export { indexEventLogs } from "./log-index";
export type { MatrixOptions } from "./matrix";
export { conformanceMatrix } from "./matrix";
// Streaming validation
export type { ReadJsonLinesOptions } from "./read-json-lines";
export { readJsonLines } from "./read-json-lines";
export { requirementTitle } from "./requirement-titles";
// Requirements
export type { MethodReference, Requirement, RequirementArea } from "./requirements";
export { requirementById, requirements, ruleRequirementId } from "./requirements";
export type { ConformanceOptions } from "./run-conformance";
export { runConformance } from "./run-conformance";
export { KIT_NAME, KIT_VERSION } from "./version";
