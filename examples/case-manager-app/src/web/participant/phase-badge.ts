import { type Language, trajectoryEventTypes, trajectoryPhases } from "@miriam/schemas";
import { currentPhase, isPaused, type TrajectoryState } from "@miriam/trajectory";
import { type Html, html } from "../html";
import type { T } from "../i18n";

/** Her phase as a badge, with "paused" and "consent withdrawn" when they apply. */
export function phaseBadge(state: TrajectoryState, language: Language, t: T): Html {
  const phase = currentPhase(state);
  if (phase === null) return html``;
  return html`<span class="badge ${phase === "closed" ? "grey" : ""}">${trajectoryPhases.label(phase, language)}</span>${
    isPaused(state) ? html` <span class="badge warn">${t("paused")}</span>` : ""
  }${state.context.consent.withdrawnAt ? html` <span class="badge bad">${trajectoryEventTypes.label("consent.withdrawn", language)}</span>` : ""}`;
}
