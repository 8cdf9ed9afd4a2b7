/**
 * The MIRIAM method's vocabulary and data contract: labelled vocabularies (NL, FR, DE,
 * EN), zod schemas of every record and event, their JSON Schemas, and validation that
 * says what is wrong and where.
 *
 * @packageDocumentation
 */

// Method data
export { eligibilityEditions } from "./data/eligibility-editions";
export type { ExampleCohort } from "./data/example-cohort";
export { exampleCohort } from "./data/example-cohort";
export { selfEvaluationInstrument } from "./data/self-evaluation";
export type { GroupEventInit, TrajectoryEventInit } from "./interchange/event-builders";
export { groupEvent, InvalidEventError, trajectoryEvent } from "./interchange/event-builders";
export type { EventMigration } from "./interchange/event-migrations";
export { eventMigrations, upcastTrajectoryEvent } from "./interchange/event-migrations";
// Interchange format: the export layout
export type {
  ExportContent,
  ExportFile,
  ExportFileRole,
  ExportPlan,
} from "./interchange/export-layout";
export {
  EXPORT_FORMAT_VERSION,
  exportFileOf,
  exportFiles,
  exportLayout,
  planExport,
} from "./interchange/export-layout";
export type { ExportDirectory, ExportLine } from "./interchange/export-reader";
export { exportPlanOf, readExportLines } from "./interchange/export-reader";
export type { JsonSchema } from "./json-schema";
export { toJsonSchema } from "./json-schema";
export type { SchemaKind, SchemaOutput } from "./registry";
// Registry and JSON Schema
export { FORMAT_VERSION, SCHEMA_BASE_URI, schemaId, schemaKinds, schemas } from "./registry";
export {
  EligibilityException,
  EligibilityFacts,
  EligibilityRules,
  OcmwService,
} from "./schemas/eligibility";
export type {
  CorrectionEvent,
  GroupCorrectionEvent,
  GroupEventOf,
  MethodGroupEvent,
  MethodTrajectoryEvent,
  TrajectoryEventOf,
} from "./schemas/events";
export {
  correctionEventData,
  Goal,
  GoalStep,
  GroupEvent,
  groupEventData,
  TrajectoryEvent,
  trajectoryEventData,
} from "./schemas/events";
export { FunderReportDocument } from "./schemas/funder-report";
export { InstrumentDefinition, InstrumentItem, ItemMeasure } from "./schemas/instrument";
export { LabelsSchema } from "./schemas/labels";
export { MiriamEvent } from "./schemas/miriam-event";
export { ParticipantProfile } from "./schemas/participant-profile";
// Schemas
export { CalendarDate, DomainCode, Id, MethodDate, Note, Timestamp } from "./schemas/primitives";
export type { ProjectSettingsInput } from "./schemas/project-settings";
export {
  DomainDefinition,
  DomainSet,
  FidelityThresholds,
  GroupSettings,
  ProjectSettings,
  projectDomains,
} from "./schemas/project-settings";
// Time: calendar dates and Brussels local time
export {
  BRUSSELS_TIME_ZONE,
  brusselsDate,
  brusselsLocalTimestamp,
  brusselsOffsetAt,
  brusselsOffsetMinutes,
  brusselsTimestamp,
} from "./time/brussels-time";
export {
  addDays,
  addMonths,
  dateOf,
  dateOfDayNumber,
  dayNumber,
  daysBetween,
  monthsBetween,
} from "./time/calendar-dates";
export type { SessionSchedule } from "./time/session-dates";
export { sessionDates } from "./time/session-dates";
export { unknownDomainProblems } from "./validation/domains";
export type { LogEntry, ParsedEventLog } from "./validation/event-log";
export { parseEventLog } from "./validation/event-log";
export type {
  CorrectableEvent,
  CorrectionCheck,
  ExportIdCheck,
  FutureDateOptions,
} from "./validation/export-checks";
export {
  createCorrectionCheck,
  createExportIdCheck,
  duplicateIdProblem,
  futureDateProblem,
} from "./validation/export-checks";
export { IdIndex, IdSet } from "./validation/id-index";
export type {
  JsonLine,
  JsonLinesOptions,
  RawLine,
  ValidateJsonLinesOptions,
} from "./validation/json-lines";
export {
  checkedEventAgain,
  createLineChecker,
  splitJsonLineBatches,
  splitJsonLines,
  validateJsonLines,
} from "./validation/json-lines";
export type { ProblemInput } from "./validation/problem";
export { formatPath, makeProblem, problemsFromIssues } from "./validation/problem";
export { problemInLanguage, problemMessage } from "./validation/problem-messages";
export type {
  Problem,
  ProblemCode,
  ProblemDetail,
  ProblemExpectation,
  ProblemFinding,
} from "./validation/problem-shape";
export { parseProjectSettings } from "./validation/project-settings";
export type { ValidationOptions, ValidationResult } from "./validation/validate";
// Validation
export { validate } from "./validation/validate";
export type {
  ClosingOutcome,
  CodeOf,
  ConsentScope,
  ContactMode,
  CorrectionEventType,
  CorrectionReason,
  CurrentDropOutReason,
  DefaultLifeDomain,
  DocumentCode,
  DropOutReason,
  Edition,
  EligibilityCriterion,
  GoalStatus,
  GroupCorrectionEventType,
  GroupEventType,
  GroupSessionKind,
  Helpline,
  HelplineEntry,
  InformationTalkDecision,
  IntakeLocation,
  Labels,
  Language,
  OcmwServiceCode,
  OutcomeIndicator,
  PauseReason,
  PositiveExitReason,
  ProposalChannel,
  ProposalKind,
  ProposalStatus,
  Region,
  RegionalRight,
  ReportIndicator,
  RetiredDropOutReason,
  Right,
  RightContact,
  RightProvider,
  RightSource,
  RightStatus,
  Role,
  SignalTheme,
  StepOwner,
  Term,
  Timepoint,
  Track,
  TrajectoryEventType,
  TrajectoryPhase,
  Vocabulary,
} from "./vocabulary";
// Vocabulary
export {
  closingOutcomes,
  closingReasons,
  consentScopes,
  contactModes,
  correctionEventTypes,
  correctionReasons,
  defineVocabulary,
  documentTitles,
  dropOutReasons,
  editions,
  eligibilityCriteria,
  frenchSpacing,
  goalStatuses,
  groupCorrectionEventTypes,
  groupEventTypes,
  groupSessionKinds,
  HELPLINES_CHECKED_ON,
  helplineDirectory,
  helplines,
  helplinesFor,
  informationTalkDecisions,
  intakeLocations,
  intakeSafety,
  LANGUAGES,
  labelAndValue,
  labels,
  languageName,
  languages,
  lifeDomains,
  localeOf,
  ocmwServices,
  outcomeIndicators,
  pauseReasons,
  positiveExitReasons,
  proposalChannels,
  proposalKinds,
  proposalStatuses,
  providerNames,
  regionLanguages,
  regions,
  reportIndicators,
  retiredDropOutReasons,
  rightProviders,
  rightStatuses,
  rights,
  rightsCatalogue,
  roles,
  signalThemes,
  stepOwners,
  timepoints,
  tracks,
  trajectoryEventTypes,
  trajectoryPhases,
  vocabularies,
} from "./vocabulary";
