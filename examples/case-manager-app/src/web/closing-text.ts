import {
  closingOutcomes,
  closingReasons,
  type Language,
  type TrajectoryEventOf,
  upcastTrajectoryEvent,
} from "@miriam/schemas";

/** " (reason)" after a closing outcome, worded from the outcome's reason vocabulary; "" without one. */
export function closingReasonText(
  outcome: string,
  reason: string | undefined,
  language: Language,
): string {
  const vocabulary = closingReasons(outcome);
  return vocabulary === undefined || reason === undefined
    ? ""
    : ` (${vocabulary.label(reason, language)})`;
}

/** A closing as the history shows it: an older log's closing is worded as what it means today. */
export function closingText(
  older: TrajectoryEventOf<"trajectory.closed">,
  language: Language,
): string {
  const { data } = upcastTrajectoryEvent(older);
  const reason = "reason" in data ? data.reason : undefined;
  return `${closingOutcomes.label(data.outcome, language)}${closingReasonText(data.outcome, reason, language)}`;
}
