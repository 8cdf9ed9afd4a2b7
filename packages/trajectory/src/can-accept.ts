import type { CorrectionEvent } from "@miriam/schemas";
import { type Refusal, refusalsOf } from "./_check";
import { referralTimeOf } from "./_record-checks";
import { isCorrection, needsLogRefusal } from "./corrections";
import type { TrajectoryState } from "./machine";
import { recordRefusals } from "./replay";
import { type Step, stepOf, type TrajectoryInput } from "./step";

/** The answer of {@link canAccept}. */
export interface Acceptance {
  /** Whether the event would be accepted now. */
  readonly accepted: boolean;
  /** Why not, rule by rule (empty when accepted). The first reason is the main one. */
  readonly refusals: readonly Refusal[];
}

/**
 * Whether the trajectory would accept an event now, and if not, why: each refusing rule
 * with its message and what would make the event possible, in NL, FR, DE and EN. Takes a
 * whole event or just a {@link Step} (`{ type: "plan.agreed" }`), so a user interface can
 * ask before the form is filled in. A whole event is first checked against its schema and
 * the referral's time, as `applyEvent` does, so the two always give the same answer.
 * A correction or a void is refused, as `applyEvent` refuses it: replay the log with it.
 * Pure; the state is not changed.
 *
 * @example
 * ```ts
 * const answer = canAccept(state, { type: "plan.agreed" });
 * if (!answer.accepted) console.log(answer.refusals[0].message.fr, answer.refusals[0].remedy.fr);
 * ```
 */
export function canAccept(
  state: TrajectoryState,
  event: TrajectoryInput | CorrectionEvent | Step,
): Acceptance {
  if (isCorrection(event)) return { accepted: false, refusals: needsLogRefusal(event) };
  // A step has neither an id, a time nor data: anything with one of them is an event (or
  // a broken one, which the schema then refuses).
  if ("data" in event || "id" in event || "at" in event) {
    const invalid = recordRefusals(event as TrajectoryInput, referralTimeOf(state.context));
    if (invalid.length > 0) return { accepted: false, refusals: invalid };
  }
  const refusals = refusalsOf(state.context, stepOf(event));
  return { accepted: refusals.length === 0, refusals };
}
