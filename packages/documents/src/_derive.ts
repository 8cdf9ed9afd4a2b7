import { eventsByTrajectory, funderReport, summariseParticipant } from "@miriam/evaluation";
import {
  type GroupEvent,
  type GroupEventOf,
  type InstrumentDefinition,
  lifeDomains,
  type MethodTrajectoryEvent,
  type ParticipantProfile,
  type ProjectSettingsInput,
  type TrajectoryEvent,
} from "@miriam/schemas";
import {
  acceptedEvents,
  compareEventTimes,
  contextAfter,
  effectiveGroupEvents,
  goalsIn,
  groupSessionAttendance,
  latestRightUpdates,
  replayHistory,
  type TrajectoryHistory,
} from "@miriam/trajectory";
import type { AnnualReportData } from "./templates/annual-report";
import type { ConsentData } from "./templates/consent";
import type { ContactLogData } from "./templates/contact-log";
import type { EndEvaluationData } from "./templates/end-evaluation";
import type { FollowUpQuestionnaireData } from "./templates/follow-up-questionnaire";
import type { GroupSessionData } from "./templates/group-session";
import type { HandoverData } from "./templates/handover";
import type { IntakeReportData } from "./templates/intake-report";
import type { MidTermReviewData } from "./templates/mid-term-review";
import type { MyPlanData } from "./templates/my-plan";
import type { PersonalPlanData } from "./templates/personal-plan";
import type { RightsCheckData } from "./templates/rights-check";

// How each document's data is read from the replayed state. Every value comes from what
// the replay of @miriam/trajectory accepted, in the order it applied it (its state, or
// the accepted events through `acceptedEvents`, `goalsIn`, `latestRightUpdates`,
// `contextAfter`): a document never folds events itself, so it cannot tell another story
// than the state.

/**
 * What a document of one trajectory is made from: her profile and the replay of her
 * events (`replayHistory` of @miriam/trajectory), with what some documents also print.
 */
export interface TrajectorySource {
  /** Her profile: the only record with her name. */
  readonly profile: ParticipantProfile;
  /** The replay of her events, and of her attendance when her group's log is known. */
  readonly history: TrajectoryHistory;
  /** Her group's log: its sessions for the mid-term review's counts. */
  readonly groupEvents?: readonly GroupEvent[];
  /** Her group's name, printed on the certificate. */
  readonly groupName?: string;
  /** The instruments her measurements used, when not the kit's own. */
  readonly instruments?: readonly InstrumentDefinition[];
  /** The project's life domains, in the order to list them. Default: the kit's default set. */
  readonly domains?: readonly string[];
  /** What "My plan" prints beyond her replayed state (issue #20). */
  readonly myPlan?: MyPlanExtras;
}

/** What a group session's plan and register are made from. */
export interface GroupSessionSource {
  /** The group's log. */
  readonly groupEvents: readonly GroupEvent[];
  /** The id of the `group-session.held` event. */
  readonly sessionId: string;
  /** Profiles of the mothers in the group. */
  readonly profiles: readonly ParticipantProfile[];
  /** The group's name when `group.opened` has none. */
  readonly groupName?: string;
  /**
   * The topics the mothers proposed and the case manager confirmed (`proposed` of
   * `groupTopics`), without who proposed them. The chosen ones are read from the log.
   */
  readonly proposedTopics?: readonly string[];
}

/** What "My plan" prints beyond her replayed state: her choices and the group's calendar. */
export interface MyPlanExtras {
  /** Show her t0/t1 self-evaluation: only when she wants to see it. Default false. */
  readonly showSelfEvaluation?: boolean;
  /** The group's coming sessions, from the project's calendar. */
  readonly comingSessions?: MyPlanData["comingSessions"];
  /** Who to ask for a copy or erasure of her data (the OCMW's data protection officer). */
  readonly privacyContact?: string;
  /** Her case manager's name. */
  readonly caseManager?: string;
  /** The day it is printed (`YYYY-MM-DD`); documents read no clock. */
  readonly printedOn?: string;
}

/** What a project's report over a period is made from. */
export interface PeriodSource {
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
}

/**
 * Her replay for her documents: her own events (others' are ignored) replayed as
 * @miriam/trajectory replays them, with her attendance at the sessions of `groupEvents`.
 * Pure.
 */
export function historyOf(input: {
  readonly profile: ParticipantProfile;
  readonly events: readonly TrajectoryEvent[];
  readonly groupEvents?: readonly GroupEvent[];
}): TrajectoryHistory {
  const id = input.profile.trajectoryId;
  const sessions =
    input.groupEvents === undefined ? undefined : groupSessionAttendance(input.groupEvents).get(id);
  return replayHistory(
    input.events.filter((event) => event.trajectoryId === id),
    sessions === undefined ? {} : { groupSessions: sessions },
  );
}

/** The calendar day of an event, in the offset it was recorded with. */
function dayOf(event: { readonly at: string }): string {
  return event.at.slice(0, 10);
}

function name(profile: ParticipantProfile) {
  return { givenName: profile.givenName, familyName: profile.familyName };
}

/** The first accepted event of a type, or an error naming it (never her name). */
function first<T extends MethodTrajectoryEvent["type"]>(source: TrajectorySource, type: T) {
  const event = acceptedEvents(source.history, type)[0];
  // The trajectory id, never her name: errors end up in logs (METHODOLOGY.md §10).
  if (event === undefined)
    throw new Error(`Trajectory "${source.profile.trajectoryId}" has no ${type} event yet.`);
  return event;
}

/** The scopes she consents to now, or none when she never gave consent. */
function consentScopes(source: TrajectorySource) {
  return acceptedEvents(source.history, "consent.given").length === 0
    ? {}
    : { scopes: [...source.history.state.context.consent.scopes] };
}

export function consentData(source: TrajectorySource): ConsentData {
  const given = acceptedEvents(source.history, "consent.given").at(-1);
  return {
    participant: name(source.profile),
    ...(given?.data.noticeVersion === undefined ? {} : { noticeVersion: given.data.noticeVersion }),
    ...consentScopes(source),
    ...(given === undefined ? {} : { date: dayOf(given) }),
  };
}

export function intakeReportData(source: TrajectorySource): IntakeReportData {
  const intake = first(source, "intake.held");
  const { profile } = source;
  const { scopes } = consentScopes(source);
  return {
    participant: {
      givenName: profile.givenName,
      familyName: profile.familyName,
      ...(profile.birthDate === undefined ? {} : { birthDate: profile.birthDate }),
      ...(profile.phone === undefined ? {} : { phone: profile.phone }),
      ...(profile.email === undefined ? {} : { email: profile.email }),
      ...(profile.address === undefined ? {} : { address: profile.address }),
    },
    heldOn: dayOf(intake),
    intake: intake.data,
    ...(scopes === undefined ? {} : { consentScopes: scopes }),
  };
}

export function rightsCheckData(source: TrajectorySource): RightsCheckData {
  const updates = acceptedEvents(source.history, "right.updated");
  return {
    participant: name(source.profile),
    ...(updates.length === 0 ? {} : { checkedOn: dayOf(updates.at(-1)!) }),
    rights: latestRightUpdates(source.history).map((event) => ({
      ...event.data,
      updatedOn: dayOf(event),
    })),
  };
}

export function personalPlanData(source: TrajectorySource): PersonalPlanData {
  const plan = first(source, "plan.agreed");
  return {
    participant: { givenName: source.profile.givenName },
    agreedOn: dayOf(plan),
    goals: goalsIn(source.history),
    ...(plan.data.integrationContractLinked === undefined
      ? {}
      : { integrationContractLinked: plan.data.integrationContractLinked }),
  };
}

export function contactLogData(source: TrajectorySource): ContactLogData {
  const { history } = source;
  return {
    participant: name(source.profile),
    contacts: acceptedEvents(history, "contact.held").map((event) => ({
      ...event.data,
      at: event.at,
    })),
    referrals: acceptedEvents(history, "referral.made").map((event) => ({
      ...event.data,
      at: event.at,
    })),
  };
}

export function midTermReviewData(source: TrajectorySource): MidTermReviewData {
  const review = first(source, "review.held");
  const atReview = contextAfter(source.history, review.id);
  const groupId = atReview.referral?.groupId;
  // Held by then as the replay counts it: attendance is folded in before her first
  // later event, so a session counts when it is earlier than the review.
  const held = effectiveGroupEvents(source.groupEvents ?? []).events.filter(
    (event) =>
      event.type === "group-session.held" &&
      (groupId === undefined || event.groupId === groupId) &&
      Date.parse(event.at) < Date.parse(review.at),
  );
  return {
    participant: { givenName: source.profile.givenName },
    reviewedOn: dayOf(review),
    goals: goalsIn(source.history, atReview),
    review: review.data,
    contacts: atReview.individual.contactsAt.length,
    ...(source.groupEvents === undefined
      ? {}
      : {
          sessionsHeld: held.length,
          sessionsAttended: atReview.collective.sessionIds.length,
        }),
  };
}

const PENDING = new Set(["unknown", "eligible", "applied"]);

export function handoverData(source: TrajectorySource): HandoverData {
  const done = first(source, "handover.done");
  const start = acceptedEvents(source.history, "intake.held")[0];
  return {
    participant: name(source.profile),
    handedOverOn: dayOf(done),
    ...(start === undefined ? {} : { startedOn: dayOf(start) }),
    handover: done.data,
    openGoals: goalsIn(source.history).filter(
      (goal) => goal.status === "open" || goal.status === "in-progress",
    ),
    pendingRights: latestRightUpdates(source.history)
      .filter((event) => PENDING.has(event.data.status))
      .map((event) => event.data),
  };
}

export function followUpQuestionnaireData(source: TrajectorySource): FollowUpQuestionnaireData {
  const followUp = acceptedEvents(source.history, "follow-up.held")[0];
  return {
    givenName: source.profile.givenName,
    ...(followUp === undefined
      ? {}
      : { monthsAfterEnd: followUp.data.monthsAfterEnd, date: dayOf(followUp) }),
  };
}

export function endEvaluationData(source: TrajectorySource): EndEvaluationData {
  const { history } = source;
  const evaluation = first(source, "evaluation.held");
  const events = history.inputs.filter((input): input is MethodTrajectoryEvent => "data" in input);
  const summary = summariseParticipant(
    events,
    source.instruments === undefined ? {} : { instruments: source.instruments },
  );
  const t0 = summary.scores.t0?.domains ?? {};
  const t1 = summary.scores.t1?.domains ?? {};
  const order = source.domains ?? lifeDomains.codes;
  const scored = [...new Set([...order, ...Object.keys(t0), ...Object.keys(t1)])].filter(
    (domain) => t0[domain] !== undefined || t1[domain] !== undefined,
  );
  const start =
    acceptedEvents(history, "consent.given")[0] ?? acceptedEvents(history, "intake.held")[0];
  return {
    participant: name(source.profile),
    evaluatedOn: dayOf(evaluation),
    ...(start === undefined ? {} : { startedOn: dayOf(start) }),
    ...(source.groupName === undefined ? {} : { groupName: source.groupName }),
    goals: goalsIn(history),
    scores: scored.map((domain) => ({ domain, t0: t0[domain] ?? null, t1: t1[domain] ?? null })),
    ...(summary.overallImprovement === null
      ? {}
      : { overallImprovement: summary.overallImprovement }),
    ...(evaluation.data.note === undefined ? {} : { words: evaluation.data.note }),
  };
}

export function groupSessionData(input: GroupSessionSource): GroupSessionData {
  // The register shows the session as corrected (its date, topic and who was present).
  const source = { ...input, groupEvents: effectiveGroupEvents(input.groupEvents).events };
  const session = source.groupEvents.find(
    (event): event is GroupEventOf<"group-session.held"> =>
      event.id === source.sessionId && event.type === "group-session.held",
  );
  if (session === undefined)
    throw new Error(`No group session with event id "${source.sessionId}".`);
  const opened = source.groupEvents.find(
    (event): event is GroupEventOf<"group.opened"> =>
      event.type === "group.opened" && event.groupId === session.groupId,
  );
  return {
    groupName: opened?.data.name ?? source.groupName ?? session.groupId,
    session: session.data,
    participants: source.profiles.map((profile) => ({
      trajectoryId: profile.trajectoryId,
      givenName: profile.givenName,
      familyName: profile.familyName,
    })),
    ...topicsOf(source, session.groupId),
  };
}

function topicsOf(source: GroupSessionSource, groupId: string): Pick<GroupSessionData, "topics"> {
  const chosen = [
    ...new Set(
      source.groupEvents.flatMap((event) =>
        event.type === "group-topic.chosen" && event.groupId === groupId ? [event.data.topic] : [],
      ),
    ),
  ];
  const proposed = [...new Set(source.proposedTopics ?? [])];
  return chosen.length === 0 && proposed.length === 0 ? {} : { topics: { proposed, chosen } };
}

export function annualReportData(source: PeriodSource): AnnualReportData {
  const { settings } = source;
  const trajectories = eventsByTrajectory(source.trajectoryEvents);
  const report = funderReport(
    { groupEvents: source.groupEvents, trajectories: trajectories.values() },
    {
      projects: [{ id: settings.id, ocmw: { name: settings.ocmw.name } }],
      period: source.period,
      ...(settings.domains === undefined ? {} : { domains: settings.domains }),
      ...(source.threshold === undefined ? {} : { threshold: source.threshold }),
    },
  );
  const project = report.projects.find((row) => row.projectId === settings.id);
  const groupEvents = effectiveGroupEvents(source.groupEvents).events;
  const groupIds = new Set(
    groupEvents
      .filter((event) => event.type === "group.opened" && event.data.projectId === settings.id)
      .map((event) => event.groupId),
  );
  const sessions = groupEvents
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
  // The signals the replay of each trajectory accepted, listed by date across the project.
  const signals = [...trajectories.values()]
    .flatMap((events) => acceptedEvents(replayHistory(events), "signal.raised"))
    .sort(compareEventTimes);
  return {
    period: { from: source.period.from, to: source.period.to },
    threshold: report.threshold,
    groups: project?.groups ?? 0,
    indicators: project?.indicators ?? report.programme.indicators,
    sessions,
    signals: signals.map((event) => event.data),
  };
}
