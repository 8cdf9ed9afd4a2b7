import type {
  ClosingOutcome,
  ConsentScope,
  MethodTrajectoryEvent,
  Timepoint,
  TrajectoryEventType,
} from "@miriam/schemas";
import { upcastTrajectoryEvent } from "@miriam/schemas";
import type { GroupSessionAttendance } from "./_attendance";

/**
 * Anything the statechart takes: a trajectory event that is a step of the method, or
 * attendance at a group session. Corrections and voids are resolved before (replay).
 */
export type TrajectoryInput = MethodTrajectoryEvent | GroupSessionAttendance;

/** The type of a {@link Step}: a trajectory event type, or `group-session.attended`. */
export type StepType = TrajectoryEventType | GroupSessionAttendance["type"];

/**
 * What the hard rules look at in an event: its type and the few data fields that change
 * the answer. A user interface can ask about a step before it has the whole event
 * ("may I record the end measurement now?").
 */
export interface Step {
  /** The event type. */
  readonly type: StepType;
  /** The trajectory the event belongs to. */
  readonly trajectoryId?: string;
  /** For `measurement.recorded`: the timepoint. */
  readonly timepoint?: Timepoint;
  /** For `trajectory.closed`: the outcome. */
  readonly outcome?: ClosingOutcome;
  /** For `consent.given` and `consent.withdrawn`: the scopes. */
  readonly scopes?: readonly ConsentScope[];
  /** For `goal.added` and `goal.updated`: the goal id. */
  readonly goalId?: string;
}

/** The {@link Step} of an event; a step is returned as it is. Pure. */
export function stepOf(input: TrajectoryInput | Step): Step {
  if (!("data" in input)) return input;
  const event = input;
  switch (event.type) {
    case "measurement.recorded":
      return {
        type: event.type,
        trajectoryId: event.trajectoryId,
        timepoint: event.data.timepoint,
      };
    case "trajectory.closed":
      // An older log's closing is judged as what it means today (see `upcastTrajectoryEvent`).
      return {
        type: event.type,
        trajectoryId: event.trajectoryId,
        outcome: upcastTrajectoryEvent(event).data.outcome,
      };
    case "consent.given":
    case "consent.withdrawn":
      return { type: event.type, trajectoryId: event.trajectoryId, scopes: event.data.scopes };
    case "goal.added":
      return { type: event.type, trajectoryId: event.trajectoryId, goalId: event.data.goal.id };
    case "goal.updated":
      return { type: event.type, trajectoryId: event.trajectoryId, goalId: event.data.goalId };
    default:
      return { type: event.type, trajectoryId: event.trajectoryId };
  }
}
