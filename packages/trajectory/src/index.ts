/**
 * The MIRIAM trajectory (METHODOLOGY.md §3) as an event-sourced XState v5 statechart:
 * replay a trajectory's events into its state, refuse events that break a hard rule with
 * a reason in NL, FR, DE and EN, list the next steps, compute fidelity signals and due
 * actions, persist and restore snapshots, and draw the chart and the rule table.
 *
 * @packageDocumentation
 */

export type { RecordCheckId, Refusal } from "./_check";
export type { Acceptance } from "./can-accept";
export { canAccept } from "./can-accept";
export type {
  ClosingRecord,
  CollectiveTrack,
  ConsentRecord,
  FollowUpRecord,
  GoalRecord,
  HandoverRecord,
  IndividualTrack,
  Milestones,
  PausePeriod,
  ReferralRecord,
  TrajectoryContext,
} from "./context";
export type { CorrectionRecord, EffectiveLog, LogItem } from "./corrections";
export { correctedEvent, isCorrection } from "./corrections";
export type { DueAction, DueActionCode } from "./due-actions";
export {
  ANNOUNCE_DAYS_AHEAD,
  dueActions,
  EVALUATION_WITHIN_DAYS,
  HANDOVER_WITHIN_DAYS,
} from "./due-actions";
export type { EligibilityCheck, ReferralDecision, UnmetCriterion } from "./eligibility";
export { checkEligibility, decideReferral } from "./eligibility";
export type { EventOrderCheck, OrderedEvent, Timed } from "./event-order";
export { compareEventTimes, createEventOrderCheck, inEventOrder } from "./event-order";
export type {
  FidelityOptions,
  FidelitySignal,
  FidelitySignalCode,
  FidelitySignalDefinition,
  FidelitySubject,
} from "./fidelity";
export { fidelitySignalCodes, fidelitySignalDefinitions, fidelitySignals } from "./fidelity";
export type {
  EffectiveGroupLog,
  GroupCorrectionRecord,
  GroupLogItem,
} from "./group-corrections";
export {
  correctedGroupEvent,
  effectiveGroupEvents,
  isGroupCorrection,
} from "./group-corrections";
export type { GroupSessionAttendance, GroupSessionRecord } from "./group-sessions";
export { groupSessionAttendance, groupSessions } from "./group-sessions";
export type { TrajectoryHistory } from "./history";
export {
  acceptedEvents,
  contextAfter,
  goalsIn,
  latestRightUpdates,
  replayHistory,
} from "./history";
export type { TrajectoryState } from "./machine";
export { MACHINE_ID, MACHINE_VERSION, trajectoryMachine } from "./machine";
export { toMermaid } from "./mermaid";
export type { NextSteps, RefusedStep } from "./next-steps";
export { nextSteps, stepKinds } from "./next-steps";
export { currentPhase, isPaused } from "./phase";
export { phaseDiagram } from "./phase-diagram";
export type {
  GroupSummary,
  ProgrammeInput,
  ProgrammeRefusedEvent,
  ProgrammeReplay,
  ProgrammeReplayBuilder,
  ProgrammeReplayEnd,
  ProgrammeReplayOptions,
  ProgrammeTrajectoryReplay,
  SplitEventLog,
} from "./programme";
export { createProgrammeReplay, replayProgramme, splitEventLog } from "./programme";
export type {
  EventOutcome,
  RefusedEvent,
  ReplayOptions,
  TrajectoryReplay,
} from "./replay";
export { applyEvent, effectiveEvents, initialState, replay } from "./replay";
export type { ResearchFollowUp } from "./research-follow-up";
export { FOLLOW_UP_AFTER_MONTHS, researchFollowUp } from "./research-follow-up";
export type { RuleTableOptions } from "./rule-table";
export { ruleTable } from "./rule-table";
export type { HardRule, RuleBasis, RuleId } from "./rules";
export { hardRules, ruleById } from "./rules";
export type { ResolvedSettings, TrajectorySettings } from "./settings";
export { resolveSettings } from "./settings";
export type { PersistedTrajectory } from "./snapshot";
export { persist, restore, SnapshotError } from "./snapshot";
export type { SnapshotMigration } from "./snapshot-migrations";
export { snapshotMigrations } from "./snapshot-migrations";
export { stateNames } from "./state-names";
export type { Step, StepType, TrajectoryInput } from "./step";
export { stepOf } from "./step";
export type { LateGoalStep, SuggestedStep } from "./suggested-step";
export { lateGoalSteps, suggestedStep } from "./suggested-step";
