import { eventsByTrajectory, funderReport, summariseParticipant } from "@miriam/evaluation";
import {
  type GroupEvent,
  type GroupEventOf,
  type InstrumentDefinition,
  lifeDomains,
  type ParticipantProfile,
  type ProjectSettingsInput,
  type TrajectoryEvent,
} from "@miriam/schemas";
import { currentConsent, currentGoals, dayOf, inOrder, latestRights, ofType } from "./_fold";
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

function own(records: TrajectoryRecords): TrajectoryEvent[] {
  return inOrder(
    records.events.filter((event) => event.trajectoryId === records.profile.trajectoryId),
  );
}

function name(profile: ParticipantProfile) {
  return { givenName: profile.givenName, familyName: profile.familyName };
}

function missing(what: string, profile: ParticipantProfile): Error {
  // The trajectory id, never her name: errors end up in logs (METHODOLOGY.md §10).
  return new Error(`Trajectory "${profile.trajectoryId}" has no ${what} event yet.`);
}

/** The consent form's data from her `consent.given` / `consent.withdrawn` events. Pure. */
export function consentFromEvents(records: TrajectoryRecords): ConsentData {
  const events = own(records);
  const given = ofType(events, "consent.given").at(-1);
  const scopes = currentConsent(events);
  return {
    participant: name(records.profile),
    ...(given?.data.noticeVersion === undefined ? {} : { noticeVersion: given.data.noticeVersion }),
    ...(scopes === undefined ? {} : { scopes }),
    ...(given === undefined ? {} : { date: dayOf(given)! }),
  };
}

/**
 * The intake report's data from her profile, `intake.held` and `consent.given`. Pure.
 *
 * @throws {Error} when she has no `intake.held` event.
 */
export function intakeReportFromEvents(records: TrajectoryRecords): IntakeReportData {
  const events = own(records);
  const intake = ofType(events, "intake.held")[0];
  if (intake === undefined) throw missing("intake.held", records.profile);
  const { profile } = records;
  const scopes = currentConsent(events);
  return {
    participant: {
      givenName: profile.givenName,
      familyName: profile.familyName,
      ...(profile.birthDate === undefined ? {} : { birthDate: profile.birthDate }),
      ...(profile.phone === undefined ? {} : { phone: profile.phone }),
      ...(profile.email === undefined ? {} : { email: profile.email }),
      ...(profile.address === undefined ? {} : { address: profile.address }),
    },
    heldOn: dayOf(intake)!,
    intake: intake.data,
    ...(scopes === undefined ? {} : { consentScopes: scopes }),
  };
}

/** The rights check's data: the latest `right.updated` of each right. Pure. */
export function rightsCheckFromEvents(records: TrajectoryRecords): RightsCheckData {
  const events = own(records);
  const updates = ofType(events, "right.updated");
  return {
    participant: name(records.profile),
    ...(updates.length === 0 ? {} : { checkedOn: dayOf(updates.at(-1))! }),
    rights: latestRights(events),
  };
}

/**
 * The personal plan's data: the goals of `plan.agreed` as `goal.added` and
 * `goal.updated` left them. Pure.
 *
 * @throws {Error} when she has no `plan.agreed` event.
 */
export function personalPlanFromEvents(records: TrajectoryRecords): PersonalPlanData {
  const events = own(records);
  const plan = ofType(events, "plan.agreed")[0];
  if (plan === undefined) throw missing("plan.agreed", records.profile);
  return {
    participant: { givenName: records.profile.givenName },
    agreedOn: dayOf(plan)!,
    goals: currentGoals(events),
    ...(plan.data.integrationContractLinked === undefined
      ? {}
      : { integrationContractLinked: plan.data.integrationContractLinked }),
  };
}

/** The contact log's data: her `contact.held` and `referral.made` events. Pure. */
export function contactLogFromEvents(records: TrajectoryRecords): ContactLogData {
  const events = own(records);
  return {
    participant: name(records.profile),
    contacts: ofType(events, "contact.held").map((event) => ({ ...event.data, at: event.at })),
    referrals: ofType(events, "referral.made").map((event) => ({ ...event.data, at: event.at })),
  };
}

/**
 * The mid-term review's data: her goals as they stood at `review.held`, and how many
 * contacts and group sessions she had by then (sessions when `groupEvents` are given).
 * Pure.
 *
 * @throws {Error} when she has no `review.held` event.
 */
export function midTermReviewFromEvents(
  records: TrajectoryRecords,
  groupEvents?: readonly GroupEvent[],
): MidTermReviewData {
  const events = own(records);
  const review = ofType(events, "review.held")[0];
  if (review === undefined) throw missing("review.held", records.profile);
  const before = (at: string) => Date.parse(at) <= Date.parse(review.at);
  const sessions = (groupEvents ?? []).filter(
    (event): event is GroupEventOf<"group-session.held"> =>
      event.type === "group-session.held" && before(event.at),
  );
  return {
    participant: { givenName: records.profile.givenName },
    reviewedOn: dayOf(review)!,
    goals: currentGoals(events, review.at),
    review: review.data,
    contacts: ofType(events, "contact.held").filter((event) => before(event.at)).length,
    ...(groupEvents === undefined
      ? {}
      : {
          sessionsHeld: sessions.length,
          sessionsAttended: sessions.filter((s) =>
            s.data.attendees.includes(records.profile.trajectoryId),
          ).length,
        }),
  };
}

/**
 * The handover note's data: `handover.done`, her goals still open or in progress, and
 * rights whose latest status still needs follow-up (not yet checked, eligible, applied).
 * Pure.
 *
 * @throws {Error} when she has no `handover.done` event.
 */
export function handoverFromEvents(records: TrajectoryRecords): HandoverData {
  const events = own(records);
  const done = ofType(events, "handover.done")[0];
  if (done === undefined) throw missing("handover.done", records.profile);
  const start = ofType(events, "intake.held")[0];
  return {
    participant: name(records.profile),
    handedOverOn: dayOf(done)!,
    ...(start === undefined ? {} : { startedOn: dayOf(start)! }),
    handover: done.data,
    openGoals: currentGoals(events).filter(
      (goal) =>
        goal.status === undefined || goal.status === "open" || goal.status === "in-progress",
    ),
    pendingRights: latestRights(events)
      .filter((entry) => ["unknown", "eligible", "applied"].includes(entry.status))
      .map(({ updatedOn: _updatedOn, ...entry }) => entry),
  };
}

/** The follow-up questionnaire's data: her given name and `follow-up.held`'s months. Pure. */
export function followUpQuestionnaireFromEvents(
  records: TrajectoryRecords,
): FollowUpQuestionnaireData {
  const followUp = ofType(own(records), "follow-up.held")[0];
  return {
    givenName: records.profile.givenName,
    ...(followUp === undefined
      ? {}
      : { monthsAfterEnd: followUp.data.monthsAfterEnd, date: dayOf(followUp)! }),
  };
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
}): GroupSessionData {
  const session = input.groupEvents.find(
    (event): event is GroupEventOf<"group-session.held"> =>
      event.id === input.sessionId && event.type === "group-session.held",
  );
  if (session === undefined)
    throw new Error(`No group session with event id "${input.sessionId}".`);
  const opened = input.groupEvents.find(
    (event): event is GroupEventOf<"group.opened"> =>
      event.type === "group.opened" && event.groupId === session.groupId,
  );
  return {
    groupName: opened?.data.name ?? input.groupName ?? session.groupId,
    session: session.data,
    participants: input.profiles.map((profile) => ({
      trajectoryId: profile.trajectoryId,
      givenName: profile.givenName,
      familyName: profile.familyName,
    })),
  };
}

/**
 * The end evaluation's data: her goals as they ended, her t0 and t1 scores per life
 * domain and her answer to "is your situation better?", scored by @miriam/evaluation
 * (`summariseParticipant`) with the given instruments (default: the kit's own). Pure.
 *
 * @throws {Error} when she has no `evaluation.held` event.
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
  const events = own(records);
  const evaluation = ofType(events, "evaluation.held")[0];
  if (evaluation === undefined) throw missing("evaluation.held", records.profile);
  const summary = summariseParticipant(
    events,
    options.instruments === undefined ? {} : { instruments: options.instruments },
  );
  const t0 = summary.scores.t0?.domains ?? {};
  const t1 = summary.scores.t1?.domains ?? {};
  const order = options.domains ?? lifeDomains.codes;
  const scored = [...new Set([...order, ...Object.keys(t0), ...Object.keys(t1)])].filter(
    (domain) => t0[domain] !== undefined || t1[domain] !== undefined,
  );
  const start = ofType(events, "consent.given")[0] ?? ofType(events, "intake.held")[0];
  return {
    participant: name(records.profile),
    evaluatedOn: dayOf(evaluation)!,
    ...(start === undefined ? {} : { startedOn: dayOf(start)! }),
    ...(options.groupName === undefined ? {} : { groupName: options.groupName }),
    goals: currentGoals(events),
    scores: scored.map((domain) => ({ domain, t0: t0[domain] ?? null, t1: t1[domain] ?? null })),
    ...(summary.overallImprovement === null
      ? {}
      : { overallImprovement: summary.overallImprovement }),
    ...(evaluation.data.note === undefined ? {} : { words: evaluation.data.note }),
  };
}

/**
 * The annual report's data for one project: its row of @miriam/evaluation's funder
 * report (small cells suppressed), the attendance of each of its group sessions and the
 * policy signals raised. Pure.
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
  const { settings } = input;
  const report = funderReport(
    {
      groupEvents: input.groupEvents,
      trajectories: eventsByTrajectory(input.trajectoryEvents).values(),
    },
    {
      projects: [{ id: settings.id, ocmw: { name: settings.ocmw.name } }],
      period: input.period,
      ...(settings.domains === undefined ? {} : { domains: settings.domains }),
      ...(input.threshold === undefined ? {} : { threshold: input.threshold }),
    },
  );
  const project = report.projects.find((row) => row.projectId === settings.id);
  const groupIds = new Set(
    input.groupEvents
      .filter((event) => event.type === "group.opened" && event.data.projectId === settings.id)
      .map((event) => event.groupId),
  );
  const sessions = input.groupEvents
    .filter(
      (event): event is GroupEventOf<"group-session.held"> =>
        event.type === "group-session.held" && groupIds.has(event.groupId),
    )
    .map((event) => ({
      date: event.data.date,
      attendees: new Set(event.data.attendees).size,
      withChildren: event.data.withChildren,
    }))
    .sort((a, b) => a.date.localeCompare(b.date));
  const signals = inOrder(
    input.trajectoryEvents.filter((event) => event.type === "signal.raised"),
  ).map((event) => (event as Extract<TrajectoryEvent, { type: "signal.raised" }>).data);
  return {
    period: { from: input.period.from, to: input.period.to },
    threshold: report.threshold,
    groups: project?.groups ?? 0,
    indicators: project?.indicators ?? report.programme.indicators,
    sessions,
    signals,
  };
}
