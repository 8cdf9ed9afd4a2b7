import type { TrajectoryPhase } from "@miriam/schemas";
import { isPausedContext } from "./context";
import type { TrajectoryState } from "./machine";

/**
 * The phase of the method (METHODOLOGY.md §3) she is in: the step being worked on now,
 * as a code of the `trajectoryPhases` vocabulary (labels in NL, FR, DE and EN). Null
 * before the referral. The end measurement (t1) is the step that closes the active phase,
 * so after it she is in the evaluation phase. A paused trajectory, or one whose consent
 * was withdrawn, stays in the phase it was in. Pure.
 *
 * @example
 * ```ts
 * trajectoryPhases.label(currentPhase(state) ?? "referral", "nl"); // "plan van aanpak"
 * ```
 */
export function currentPhase(state: TrajectoryState): TrajectoryPhase | null {
  const { referral, consent, milestones } = state.context;
  if (milestones.closing !== null) return "closed";
  if (milestones.handover !== null) return "follow-up";
  if (milestones.evaluationAt !== null) return "handover";
  if (milestones.endMeasurementAt !== null) return "evaluation";
  if (milestones.planAgreedAt !== null) return "active";
  if (milestones.baselineAt !== null) return "personal-plan";
  if (milestones.intakeAt !== null) return "baseline";
  if (consent.enrolledAt !== null) return "intake";
  if (milestones.informationTalkAt !== null) return "information-talk";
  if (referral !== null) return "referral";
  return null;
}

/** Whether the trajectory is paused now. Pure. */
export function isPaused(state: TrajectoryState): boolean {
  return isPausedContext(state.context);
}
