export type { CodeOf, Labels, Language, Term, Vocabulary } from "./_define";
export { defineVocabulary, LANGUAGES, labels } from "./_define";
export type {
  CorrectionEventType,
  CorrectionReason,
  GroupCorrectionEventType,
} from "./corrections";
export { correctionEventTypes, correctionReasons, groupCorrectionEventTypes } from "./corrections";
export type { DocumentCode } from "./documents";
export { documentTitles } from "./documents";
export type { Edition, EligibilityCriterion } from "./eligibility";
export { editions, eligibilityCriteria } from "./eligibility";
export type { GroupEventType, TrajectoryEventType } from "./event-types";
export { groupEventTypes, trajectoryEventTypes } from "./event-types";
export type { GroupSessionKind } from "./group-sessions";
export { groupSessionKinds } from "./group-sessions";
export type { Helpline, HelplineEntry } from "./helplines";
export {
  HELPLINES_CHECKED_ON,
  helplineDirectory,
  helplines,
  helplinesFor,
  intakeSafety,
} from "./helplines";
export type {
  ConsentScope,
  ContactMode,
  InformationTalkDecision,
  IntakeLocation,
} from "./interactions";
export {
  consentScopes,
  contactModes,
  informationTalkDecisions,
  intakeLocations,
} from "./interactions";
export { languageName, languages } from "./languages";
export type { DefaultLifeDomain } from "./life-domains";
export { lifeDomains } from "./life-domains";
export { localeOf } from "./locales";
export type { OutcomeIndicator, Timepoint } from "./measurement";
export { outcomeIndicators, timepoints } from "./measurement";
export type { OcmwServiceCode } from "./ocmw-services";
export { ocmwServices } from "./ocmw-services";
export type { Track, TrajectoryPhase } from "./phases";
export { tracks, trajectoryPhases } from "./phases";
export type { ProposalChannel, ProposalKind, ProposalStatus } from "./proposals";
export { proposalChannels, proposalKinds, proposalStatuses } from "./proposals";
export { frenchSpacing, labelAndValue } from "./punctuation";
export type { Region } from "./regions";
export { regionLanguages, regions } from "./regions";
export type { ReportIndicator } from "./report-indicators";
export { reportIndicators } from "./report-indicators";
export type {
  RegionalRight,
  Right,
  RightContact,
  RightProvider,
  RightSource,
} from "./rights";
export { providerNames, rightProviders, rights, rightsCatalogue } from "./rights";
export type { Role, StepOwner } from "./roles";
export { roles, stepOwners } from "./roles";
export type { SignalTheme } from "./signals";
export { signalThemes } from "./signals";
export type {
  ClosingOutcome,
  CurrentDropOutReason,
  DropOutReason,
  GoalStatus,
  PauseReason,
  PositiveExitReason,
  RetiredDropOutReason,
  RightStatus,
} from "./statuses";
export {
  closingOutcomes,
  closingReasons,
  dropOutReasons,
  goalStatuses,
  pauseReasons,
  positiveExitReasons,
  retiredDropOutReasons,
  rightStatuses,
} from "./statuses";

import { correctionEventTypes, correctionReasons, groupCorrectionEventTypes } from "./corrections";
import { documentTitles } from "./documents";
import { editions, eligibilityCriteria } from "./eligibility";
import { groupEventTypes, trajectoryEventTypes } from "./event-types";
import { groupSessionKinds } from "./group-sessions";
import { helplines, intakeSafety } from "./helplines";
import {
  consentScopes,
  contactModes,
  informationTalkDecisions,
  intakeLocations,
} from "./interactions";
import { languages } from "./languages";
import { lifeDomains } from "./life-domains";
import { outcomeIndicators, timepoints } from "./measurement";
import { ocmwServices } from "./ocmw-services";
import { tracks, trajectoryPhases } from "./phases";
import { proposalChannels, proposalKinds, proposalStatuses } from "./proposals";
import { regions } from "./regions";
import { reportIndicators } from "./report-indicators";
import { rights } from "./rights";
import { roles, stepOwners } from "./roles";
import { signalThemes } from "./signals";
import {
  closingOutcomes,
  dropOutReasons,
  goalStatuses,
  pauseReasons,
  positiveExitReasons,
  rightStatuses,
} from "./statuses";

/** Every vocabulary of the kit, for docs, pickers and the label-completeness test. */
export const vocabularies = [
  lifeDomains,
  trajectoryPhases,
  tracks,
  roles,
  stepOwners,
  trajectoryEventTypes,
  groupEventTypes,
  groupSessionKinds,
  correctionEventTypes,
  groupCorrectionEventTypes,
  correctionReasons,
  contactModes,
  intakeLocations,
  informationTalkDecisions,
  consentScopes,
  signalThemes,
  helplines,
  intakeSafety,
  regions,
  languages,
  ocmwServices,
  eligibilityCriteria,
  editions,
  rights,
  rightStatuses,
  goalStatuses,
  closingOutcomes,
  positiveExitReasons,
  dropOutReasons,
  pauseReasons,
  timepoints,
  outcomeIndicators,
  reportIndicators,
  documentTitles,
  proposalKinds,
  proposalChannels,
  proposalStatuses,
] as const;
