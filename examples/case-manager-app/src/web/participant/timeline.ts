import {
  consentScopes,
  contactModes,
  type DomainDefinition,
  type GroupEvent,
  goalStatuses,
  informationTalkDecisions,
  intakeLocations,
  type Language,
  type MethodTrajectoryEvent,
  pauseReasons,
  rightStatuses,
  rights,
  roles,
  type TrajectoryEvent,
  timepoints,
  trajectoryEventTypes,
} from "@miriam/schemas";
import { compareEventTimes, effectiveEvents } from "@miriam/trajectory";
import { closingText } from "../closing-text";
import { domainLabel } from "../forms";
import { type Html, html } from "../html";
import type { T } from "../i18n";

// Her timeline: her events and the group sessions she attended, oldest first, one line
// each, with notes under the line.

/** One line about an event for the timeline (notes are shown under it). */
function summary(
  event: MethodTrajectoryEvent,
  language: Language,
  t: T,
  domains: readonly DomainDefinition[],
): string {
  const domain = (code: string) => domainLabel(domains, code, language);
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
      return event.data.goals.map((g) => `${g.id}: ${domain(g.domain)}`).join(" · ");
    case "goal.added":
      return `${event.data.goal.id}: ${domain(event.data.goal.domain)}`;
    case "goal.updated":
      return `${event.data.goalId}: ${goalStatuses.label(event.data.status, language)}`;
    case "contact.held":
      return `${contactModes.label(event.data.mode, language)}, ${event.data.minutes} min${event.data.domains.length ? ` · ${event.data.domains.map(domain).join(", ")}` : ""}`;
    case "referral.made":
      return `${event.data.partner} · ${domain(event.data.domain)}`;
    case "right.updated":
      return `${rights.label(event.data.right, language)}: ${rightStatuses.label(event.data.status, language)}`;
    case "trajectory.paused":
      return pauseReasons.label(event.data.reason, language);
    case "evaluation.held":
      return `${t("certificate")}: ${event.data.certificateHandedOver ? t("yes") : t("no")}`;
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

const formatDate = (at: string) => at.slice(0, 10);

/** Her events and the sessions she attended (from the group's log), oldest first. */
export function timelineSection(
  trajectoryId: string,
  events: readonly TrajectoryEvent[],
  groupEvents: readonly GroupEvent[],
  { t, language, domains }: { t: T; language: Language; domains: readonly DomainDefinition[] },
): Html {
  const sessionsAttended = groupEvents.filter(
    (e) => e.type === "group-session.held" && e.data.attendees.includes(trajectoryId),
  );
  const timeline = [
    ...effectiveEvents(events).events.map((event) => ({ at: event.at, event, session: undefined })),
    ...sessionsAttended.map((session) => ({ at: session.at, event: undefined, session })),
  ].sort(compareEventTimes);
  return html`<section aria-labelledby="tl-h"><h2 id="tl-h">${t("timeline")}</h2>
<ol class="timeline">${timeline.map(({ event, session, at }) =>
    event
      ? html`<li><time datetime="${at}">${formatDate(at)}</time><strong>${trajectoryEventTypes.label(event.type, language)}</strong> <span class="summary">${summary(event, language, t, domains)}</span>${noteOf(event) ? html`<br><span class="muted">${noteOf(event)}</span>` : ""}</li>`
      : html`<li class="attendance"><time datetime="${at}">${formatDate(at)}</time>${t("attended")} <span class="summary">${session?.type === "group-session.held" ? session.data.topic : ""}</span></li>`,
  )}</ol></section>`;
}
