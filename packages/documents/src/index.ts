/**
 * The MIRIAM method's documents, from information sheet to annual report: typed data
 * validated with zod, rendered in NL, FR, DE or EN to Markdown and to standalone HTML
 * that prints on A4. Every value is escaped, missing values print as blanks to fill in,
 * the forms also print blank (`renderBlank`), and a project can change any text without
 * forking the package.
 *
 * @packageDocumentation
 */

export type { MyPlanExtras } from "./_derive-my-plan";
// Rendering
export type { Blank, Block, DocumentBody, Inline, ListItem, TextRun, TickBox } from "./blocks";
// The document catalogue: which documents, what they need, how the replayed state fills them
export type {
  AnyTemplate,
  BuiltInEntry,
  CatalogueEntry,
  DocumentDefinition,
  DocumentScope,
  DocumentSources,
  GroupSessionSource,
  PeriodSource,
  ProjectSource,
  TrajectorySource,
} from "./catalogue";
export {
  builtInDocuments,
  defineDocument,
  documentCatalogue,
  trajectorySource,
} from "./catalogue";
export { commonMessages } from "./common-messages";
export type { TrajectoryRecords } from "./from-events";
// Data from events
export {
  annualReportFromEvents,
  consentFromEvents,
  contactLogFromEvents,
  endEvaluationFromEvents,
  followUpQuestionnaireFromEvents,
  groupSessionFromEvents,
  handoverFromEvents,
  intakeReportFromEvents,
  midTermReviewFromEvents,
  personalPlanFromEvents,
  rightsCheckFromEvents,
} from "./from-events";
// Calendars (iCalendar files for agenda apps)
export type { CalendarEvent, CalendarFile } from "./icalendar";
export { eventEndTime, icalendar } from "./icalendar";
export type {
  MessageOverride,
  MessageTable,
  OverridesOf,
  PlaceholderValue,
} from "./messages";
// Texts and overrides
export { defineMessages } from "./messages";
export { ParticipantName } from "./participant-name";
export type {
  CommonOverrides,
  RenderedDocument,
  RenderOptions,
  RenderResult,
} from "./render";
export { DocumentDataError, render, safeRender } from "./render";
// Blank forms, to fill in by hand
export type { RenderBlankOptions } from "./render-blank";
export { renderBlank, safeRenderBlank } from "./render-blank";
export type {
  Audience,
  BlankForm,
  BlankFormOptions,
  Placeholders,
  RenderContext,
  Template,
  TemplateData,
  TemplateInput,
} from "./template";
// Own templates
export { defineTemplate } from "./template";
export type { BuiltInTemplate, MessageKey, MessageOverrides, TemplateId } from "./templates";
export { defineOverrides, templates } from "./templates";
// Templates, in the order of the trajectory, with their data schemas
export { AnnualReportData, annualReport } from "./templates/annual-report";
export { ConsentData, consent } from "./templates/consent";
export { ContactLogData, contactLog } from "./templates/contact-log";
export { DomainScore, EndEvaluationData, endEvaluation } from "./templates/end-evaluation";
export {
  FollowUpQuestionnaireData,
  followUpQuestionnaire,
} from "./templates/follow-up-questionnaire";
export { GroupSessionData, groupSession } from "./templates/group-session";
export { HandoverData, handover } from "./templates/handover";
export { InformationSheetData, informationSheet } from "./templates/information-sheet";
export { IntakeReportData, intakeReport } from "./templates/intake-report";
export { MidTermReviewData, midTermReview } from "./templates/mid-term-review";
export { MyPlanData, myPlan } from "./templates/my-plan";
export { PersonalPlanData, personalPlan } from "./templates/personal-plan";
export { RightsCheckData, rightsCheck } from "./templates/rights-check";
