import {
  consentScopes,
  contactModes,
  correctionEventTypes,
  correctionReasons,
  type DomainDefinition,
  type Goal,
  type GroupEvent,
  goalStatuses,
  informationTalkDecisions,
  intakeLocations,
  type Language,
  labelAndValue,
  type MethodTrajectoryEvent,
  pauseReasons,
  rightStatuses,
  rights,
  roles,
  type TrajectoryEvent,
  timepoints,
  trajectoryEventTypes,
} from "@miriam/schemas";
import {
  type CorrectionRecord,
  compareEventTimes,
  effectiveEvents,
  effectiveGroupEvents,
  isCorrection,
} from "@miriam/trajectory";
import type { User } from "../../db/accounts";
import { closingText } from "../closing-text";
import { formatDayOf } from "../day/dates";
import { domainLabel } from "../forms";
import { stepWords } from "../her-page/step-choices";
import { type Html, html } from "../html";
import type { T } from "../i18n";
import { amendmentsByEntry, correctionLinks, mayCorrect } from "./corrections";

// Her timeline: her events as corrected and the group sessions she attended, oldest
// first, one line each, with notes under the line and corrections under the entry.

/** One line about an event for the timeline (notes are shown under it). */
function summary(
  event: MethodTrajectoryEvent,
  language: Language,
  t: T,
  domains: readonly DomainDefinition[],
  goalWords: ReadonlyMap<string, string>,
): string {
  const domain = (code: string) => domainLabel(domains, code, language);
  // A goal by her words and its domain, never by its id ("g1" is for programs).
  const goal = (g: Goal) => labelAndValue(domain(g.domain), g.description, language);
  switch (event.type) {
    case "information-talk.held":
      return informationTalkDecisions.label(event.data.decision, language);
    case "consent.given":
    case "consent.withdrawn":
      return event.data.scopes.map((s) => consentScopes.label(s, language)).join(", ");
    case "intake.held":
      return intakeLocations.label(event.data.location, language);
    case "measurement.recorded":
      return timepoints.label(event.data.timepoint, language);
    case "plan.agreed":
      return event.data.goals.map(goal).join(" · ");
    case "goal.added":
      return goal(event.data.goal);
    case "goal.updated": {
      const status = goalStatuses.label(event.data.status, language);
      const words = goalWords.get(event.data.goalId);
      // As a step of hers reads: the news first, her goal in brackets.
      return words === undefined ? status : stepWords({ description: words }, status);
    }
    case "contact.held":
      return `${contactModes.label(event.data.mode, language)}, ${event.data.minutes} min${event.data.domains.length ? ` · ${event.data.domains.map(domain).join(", ")}` : ""}`;
    case "referral.made":
      return `${event.data.partner} · ${domain(event.data.domain)}`;
    case "right.updated":
      return labelAndValue(
        rights.label(event.data.right, language),
        rightStatuses.label(event.data.status, language),
        language,
      );
    case "trajectory.paused":
      return pauseReasons.label(event.data.reason, language);
    case "evaluation.held":
      return labelAndValue(
        t("certificate"),
        event.data.certificateHandedOver ? t("yes") : t("no"),
        language,
      );
    case "handover.done":
      return event.data.to === "social-worker"
        ? `${roles.label("social-worker", language)} ${event.data.receivingWorkerId}`
        : t("noneNeeded");
    case "follow-up.held":
      return `${event.data.monthsAfterEnd} ${t("monthsAfterEnd").toLowerCase()}`;
    case "trajectory.closed":
      return closingText(event, language);
    case "signal.raised":
      return domain(event.data.domain);
    default:
      return "";
  }
}

function noteOf(event: MethodTrajectoryEvent): string | undefined {
  const data = event.data as { note?: string; observation?: string };
  return data.note ?? data.observation;
}

/** Who may correct her entries, and how to word it: given, the timeline offers it. */
export interface TimelineUser {
  readonly id: string;
  readonly role: User["role"];
}

/**
 * Her events as corrected and the sessions she attended (from the group's log), oldest
 * first. A corrected entry shows its corrected form with the original struck through
 * under it; a voided one is struck through; each says why, who and when (the audit
 * trail of `effectiveEvents` of @miriam/trajectory). With `user`, each entry she may
 * correct offers "correct" and "void".
 */
export function timelineSection(
  trajectoryId: string,
  events: readonly TrajectoryEvent[],
  groupEvents: readonly GroupEvent[],
  {
    t,
    language,
    domains,
    user,
  }: { t: T; language: Language; domains: readonly DomainDefinition[]; user?: TimelineUser },
): Html {
  // The sessions as corrected: a voided one is not hers, a corrected date moves it.
  const sessionsAttended = effectiveGroupEvents(groupEvents).events.filter(
    (e) => e.type === "group-session.held" && e.data.attendees.includes(trajectoryId),
  );
  const { events: effective, corrections } = effectiveEvents(events);
  const current = new Map(effective.map((event) => [event.id, event]));
  const amendments = amendmentsByEntry(corrections);
  const entries = events.flatMap((original) => {
    if (isCorrection(original)) return [];
    const now = current.get(original.id);
    return [{ at: now?.at ?? original.at, original, now, session: undefined }];
  });
  const timeline = [
    ...entries,
    ...sessionsAttended.map((session) => ({
      at: session.at,
      original: undefined,
      now: undefined,
      session,
    })),
  ].sort(compareEventTimes);
  // Her goals' words as they stand (a corrected plan's): a goal's update names it by them.
  const goalWords = new Map(
    effective.flatMap((event) =>
      event.type === "plan.agreed"
        ? event.data.goals.map((g) => [g.id, g.description] as const)
        : event.type === "goal.added"
          ? [[event.data.goal.id, event.data.goal.description] as const]
          : [],
    ),
  );
  const line = (event: MethodTrajectoryEvent) =>
    html`<time datetime="${event.at}">${formatDayOf(event.at, language)}</time><strong>${trajectoryEventTypes.label(event.type, language)}</strong> <span class="summary">${summary(event, language, t, domains, goalWords)}</span>`;
  const audit = (record: CorrectionRecord) => {
    const { correction } = record;
    return html`<br><span class="muted correction">${correctionEventTypes.label(correction.type, language)} · ${correctionReasons.label(correction.data.reason, language)} · ${correction.by} · ${formatDayOf(correction.at, language)}${correction.data.note ? html` · ${correction.data.note}` : ""}</span>`;
  };
  return html`<section aria-labelledby="tl-h"><h2 id="tl-h">${t("timeline")}</h2>
<ol class="timeline">${timeline.map(({ original, now, session, at }) => {
    if (original === undefined)
      return html`<li class="attendance"><time datetime="${at}">${formatDayOf(at, language)}</time>${t("attended")} <span class="summary">${session?.type === "group-session.held" ? session.data.topic : ""}</span></li>`;
    const records = amendments.get(original.id) ?? [];
    if (now === undefined)
      return html`<li id="ev-${original.id}" class="voided"><del>${line(original)}</del>${records.map(audit)}</li>`;
    const note = noteOf(now);
    return html`<li id="ev-${original.id}"${records.length > 0 ? html` class="corrected"` : ""}>${line(now)}${note ? html`<br><span class="muted">${note}</span>` : ""}${records.length > 0 ? html`<br><del class="original">${line(original)}</del>${records.map(audit)}` : ""}${user !== undefined && mayCorrect(user, original) ? correctionLinks(trajectoryId, original, t) : ""}</li>`;
  })}</ol></section>`;
}
