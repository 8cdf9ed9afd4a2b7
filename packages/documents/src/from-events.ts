import type {
  GroupEvent,
  InstrumentDefinition,
  ParticipantProfile,
  ProjectSettingsInput,
  TrajectoryEvent,
} from "@miriam/schemas";
import {
  annualReportData,
  consentData,
  contactLogData,
  endEvaluationData,
  followUpQuestionnaireData,
  groupSessionData,
  handoverData,
  historyOf,
  intakeReportData,
  midTermReviewData,
  personalPlanData,
  rightsCheckData,
  type TrajectorySource,
} from "./_derive";
import type { AnnualReportData } from "./templates/annual-report";
import type { ConsentData } from "./templates/consent";
import type { ContactLogData } from "./templates/contact-log";
import type { EndEvaluationData } from "./templates/end-evaluation";
import type { FollowUpQuestionnaireData } from "./templates/follow-up-questionnaire";
import type { GroupSessionData } from "./templates/group-session";
import type { HandoverData } from "./templates/handover";
import type { IntakeReportData } from "./templates/intake-report";
import type { MidTermReviewData } from "./templates/mid-term-review";
import type { PersonalPlanData } from "./templates/personal-plan";
import type { RightsCheckData } from "./templates/rights-check";

// The `*FromEvents` helpers: her records, replayed by @miriam/trajectory (log order, its
// hard rules: a refused event is left out), then read as the document catalogue reads
// them. Kept for callers that have events at hand; `documentCatalogue` does the same for
// every document.

/**
 * One mother's records: her profile (the only record with her name) and events. The
 * events may be a whole group's log: only those of her `trajectoryId` are used.
 */
export interface TrajectoryRecords {
  /** Her profile. */
  readonly profile: ParticipantProfile;
  /** Trajectory events; others' are ignored. */
  readonly events: readonly TrajectoryEvent[];
}

function replayed(records: TrajectoryRecords, groupEvents?: readonly GroupEvent[]) {
  return {
    profile: records.profile,
    history: historyOf({
      ...records,
      ...(groupEvents === undefined ? {} : { groupEvents }),
    }),
  } satisfies TrajectorySource;
}

/**
 * The consent form's data from her `consent.given` / `consent.withdrawn` events, as her
 * replay accepted them. Pure.
 */
export function consentFromEvents(records: TrajectoryRecords): ConsentData {
  return consentData(replayed(records));
}

/**
 * The intake report's data from her profile, `intake.held` and her consent. Pure.
 *
 * @throws {Error} when her replay has no `intake.held` event.
 */
export function intakeReportFromEvents(records: TrajectoryRecords): IntakeReportData {
  return intakeReportData(replayed(records));
}

/** The rights check's data: the latest accepted `right.updated` of each right. Pure. */
export function rightsCheckFromEvents(records: TrajectoryRecords): RightsCheckData {
  return rightsCheckData(replayed(records));
}

/**
 * The personal plan's data: the goals of `plan.agreed` and `goal.added`, with the status
 * her replayed state gives them. Pure.
 *
 * @throws {Error} when her replay has no `plan.agreed` event.
 */
export function personalPlanFromEvents(records: TrajectoryRecords): PersonalPlanData {
  return personalPlanData(replayed(records));
}

/** The contact log's data: her accepted `contact.held` and `referral.made` events. Pure. */
export function contactLogFromEvents(records: TrajectoryRecords): ContactLogData {
  return contactLogData(replayed(records));
}

/**
 * The mid-term review's data: her goals and contacts as her replayed state had them at
 * `review.held`, and, when her group's log is given, how many of its sessions were held
 * and attended by then. Pure.
 *
 * @throws {Error} when her replay has no `review.held` event.
 */
export function midTermReviewFromEvents(
  records: TrajectoryRecords,
  groupEvents?: readonly GroupEvent[],
): MidTermReviewData {
  return midTermReviewData({
    ...replayed(records, groupEvents),
    ...(groupEvents === undefined ? {} : { groupEvents }),
  });
}

/**
 * The handover note's data: `handover.done`, her goals still open or in progress, and
 * rights whose latest status still needs follow-up (not yet checked, eligible, applied).
 * Pure.
 *
 * @throws {Error} when her replay has no `handover.done` event.
 */
export function handoverFromEvents(records: TrajectoryRecords): HandoverData {
  return handoverData(replayed(records));
}

/** The follow-up questionnaire's data: her given name and `follow-up.held`'s months. Pure. */
export function followUpQuestionnaireFromEvents(
  records: TrajectoryRecords,
): FollowUpQuestionnaireData {
  return followUpQuestionnaireData(replayed(records));
}

/**
 * A group session's plan and register from its `group-session.held` event and the
 * profiles of the group's mothers. The group's name is `group.opened`'s, else `groupName`.
 * Pure.
 *
 * @throws {Error} when the group log has no session with that event id.
 */
export function groupSessionFromEvents(input: {
  /** The group's log. */
  readonly groupEvents: readonly GroupEvent[];
  /** The id of the `group-session.held` event. */
  readonly sessionId: string;
  /** Profiles of the mothers in the group. */
  readonly profiles: readonly ParticipantProfile[];
  /** The group's name when `group.opened` has none. */
  readonly groupName?: string;
  /** The topics its mothers proposed and the case manager confirmed, without names. */
  readonly proposedTopics?: readonly string[];
}): GroupSessionData {
  return groupSessionData(input);
}

/**
 * The end evaluation's data: her goals as they ended, her t0 and t1 scores per life
 * domain and her answer to "is your situation better?", scored by @miriam/evaluation
 * (`summariseParticipant`) with the given instruments (default: the kit's own). Pure.
 *
 * @throws {Error} when her replay has no `evaluation.held` event.
 */
export function endEvaluationFromEvents(
  records: TrajectoryRecords,
  options: {
    /** The group's name, printed on the certificate. */
    readonly groupName?: string;
    /** The instruments her measurements used, when not the kit's own. */
    readonly instruments?: readonly InstrumentDefinition[];
    /** The project's life domains, in the order to list them. Default: the kit's default set. */
    readonly domains?: readonly string[];
  } = {},
): EndEvaluationData {
  return endEvaluationData({ ...replayed(records), ...options });
}

/**
 * The annual report's data for one project: its row of @miriam/evaluation's funder
 * report (small cells suppressed), the attendance of each of its group sessions and the
 * policy signals its trajectories' replays accepted. Pure.
 */
export function annualReportFromEvents(input: {
  /** The project's settings: its `id` picks its row of the funder report. */
  readonly settings: ProjectSettingsInput;
  /** The logs of the project's groups. */
  readonly groupEvents: readonly GroupEvent[];
  /** The events of every trajectory of the project. */
  readonly trajectoryEvents: readonly TrajectoryEvent[];
  /** The period the report covers. */
  readonly period: { readonly from: string; readonly to: string };
  /** Counts below it are hidden. Default: @miriam/evaluation's (5). */
  readonly threshold?: number;
}): AnnualReportData {
  return annualReportData(input);
}
