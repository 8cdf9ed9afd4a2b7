import {
  addDays,
  type ClosingOutcome,
  closingOutcomes,
  type GroupEvent,
  type Timepoint,
  type TrajectoryEvent,
  type TrajectoryEventOf,
  type TrajectoryEventType,
  timepoints,
  trajectoryEventTypes,
} from "@miriam/schemas";
import type { GroupSessionAttendance } from "./group-sessions";
import type { TrajectoryState } from "./machine";
import type { TrajectoryInput } from "./step";

// Test helpers only: builds valid events with readable defaults, so a test says what
// matters (the order of steps) and nothing else.

type Data<T extends TrajectoryEventType> = TrajectoryEventOf<T>["data"];

const DEFAULT_DATA: { [T in TrajectoryEventType]: Data<T> } = {
  "trajectory.referred": {
    projectId: "p-1",
    groupId: "g-1",
    referredBy: "w-1",
    eligibility: { singleMother: true, services: ["living-wage"] },
  },
  "information-talk.held": { decision: "interested" },
  "consent.given": { scopes: ["processing"] },
  "consent.withdrawn": { scopes: ["processing"] },
  "intake.held": {
    location: "home",
    household: { childrenBirthYears: [2021] },
    situation: [{ domain: "housing", wantsToWorkOnIt: true }],
  },
  "measurement.recorded": {
    timepoint: "t0",
    instrument: { id: "self-evaluation", version: 1 },
    answers: {},
  },
  "plan.agreed": {
    goals: [
      {
        id: "goal-1",
        domain: "housing",
        description: "Find a flat",
        owner: "participant",
        steps: [],
      },
    ],
  },
  "goal.added": {
    goal: {
      id: "goal-2",
      domain: "finances",
      description: "Budget",
      owner: "participant",
      steps: [],
    },
  },
  "goal.updated": { goalId: "goal-1", status: "in-progress" },
  "contact.held": { mode: "home", domains: ["housing"], minutes: 60 },
  "referral.made": { partner: "CAW", domain: "housing" },
  "right.updated": { right: "maintenance-advance", status: "applied" },
  "trajectory.paused": { reason: "illness" },
  "trajectory.resumed": {},
  "review.held": {},
  "evaluation.held": { certificateHandedOver: true },
  "handover.done": { to: "none-needed" },
  "follow-up.held": { monthsAfterEnd: 12 },
  "trajectory.closed": { outcome: "completed" },
  "signal.raised": { domain: "childcare", observation: "Not enough childcare places." },
  "proposal.made": { kind: "group-topic", topic: "Budget tips", via: "her-page" },
  "proposal.confirmed": { proposalId: "t-1.001" },
  "proposal.declined": { proposalId: "t-1.001" },
};

/** Builds the events of one trajectory, one day apart unless a date is given. */
export class TrajectoryBuilder {
  readonly events: TrajectoryEvent[] = [];
  private date: string;
  private counter = 0;

  constructor(
    readonly trajectoryId = "t-1",
    start = "2025-09-01",
  ) {
    this.date = addDays(start, -1);
  }

  /** Adds an event of `type` with default data, overridden by `data`, on `date` or the next day. */
  add<T extends TrajectoryEventType>(
    type: T,
    data: Partial<Data<T>> = {},
    date?: string,
  ): TrajectoryEventOf<T> {
    const event = this.make(type, data, date);
    this.events.push(event);
    return event;
  }

  /** Makes an event like {@link add} without adding it to the list. */
  make<T extends TrajectoryEventType>(
    type: T,
    data: Partial<Data<T>> = {},
    date?: string,
  ): TrajectoryEventOf<T> {
    this.date = date ?? addDays(this.date, 1);
    return {
      id: `${this.trajectoryId}-e${++this.counter}`,
      trajectoryId: this.trajectoryId,
      type,
      at: `${this.date}T10:00:00+02:00`,
      by: "w-1",
      data: { ...DEFAULT_DATA[type], ...data },
    } as TrajectoryEventOf<T>;
  }

  /** Referral, information talk, consent. */
  enrol(): this {
    this.add("trajectory.referred");
    this.add("information-talk.held");
    this.add("consent.given");
    return this;
  }

  /** Enrolment, intake, t0 and a plan with goal `goal-1`. */
  toActive(): this {
    this.enrol();
    this.add("intake.held");
    this.measure("t0");
    this.add("plan.agreed");
    return this;
  }

  /** Up to the handover: t1, evaluation, handover. */
  toHandedOver(): this {
    this.toActive();
    this.measure("t1");
    this.add("evaluation.held");
    this.add("handover.done");
    return this;
  }

  measure(timepoint: Timepoint, date?: string): TrajectoryEventOf<"measurement.recorded"> {
    return this.add("measurement.recorded", { timepoint }, date);
  }

  close(outcome: ClosingOutcome, date?: string): TrajectoryEventOf<"trajectory.closed"> {
    return this.add("trajectory.closed", closingData(outcome, "health"), date);
  }

  /** The last date used. */
  get today(): string {
    return this.date;
  }
}

/** A group-session attendance for tests. */
export function attendance(
  trajectoryId: string,
  date: string,
  sessionId = `s-${date}`,
): GroupSessionAttendance {
  return {
    type: "group-session.attended",
    trajectoryId,
    groupId: "g-1",
    sessionId,
    at: `${date}T14:00:00+02:00`,
    date,
    withChildren: false,
  };
}

/** A group log with one session per date, each attended by `attendees`. */
export function groupLog(
  groupId: string,
  dates: readonly string[],
  attendees: readonly string[],
): GroupEvent[] {
  const opened: GroupEvent = {
    id: `${groupId}-opened`,
    groupId,
    type: "group.opened",
    at: `${dates[0]}T09:00:00+02:00`,
    by: "w-1",
    data: { projectId: "p-1", caseManagerId: "w-1", capacity: 15 },
  };
  return [
    opened,
    ...dates.map(
      (date, i): GroupEvent => ({
        id: `${groupId}-s${i + 1}`,
        groupId,
        type: "group-session.held",
        at: `${date}T14:00:00+02:00`,
        by: "w-1",
        data: {
          date,
          minutes: 120,
          topic: "Budget",
          withChildren: false,
          attendees: [...attendees],
        },
      }),
    ),
  ];
}

/**
 * One concrete input for every kind of step the rules and the chart tell apart, including
 * the variants that guards route on (timepoints, outcomes, consent scopes, goal ids) and
 * an event of another trajectory. All on one date: no rule looks at dates.
 */
export function probeInputs(trajectoryId = "t-1", date = "2025-10-01"): TrajectoryInput[] {
  const b = new TrajectoryBuilder(trajectoryId);
  const other = new TrajectoryBuilder("t-other");
  const inputs: TrajectoryInput[] = [];
  for (const type of trajectoryEventTypes.codes) {
    switch (type) {
      case "measurement.recorded":
        for (const timepoint of timepoints.codes) inputs.push(b.make(type, { timepoint }, date));
        break;
      case "trajectory.closed":
        for (const outcome of closingOutcomes.codes) {
          inputs.push(b.make(type, closingData(outcome, "crisis"), date));
        }
        break;
      case "consent.given":
      case "consent.withdrawn":
        inputs.push(b.make(type, { scopes: ["processing"] }, date));
        inputs.push(b.make(type, { scopes: ["photos"] }, date));
        break;
      case "goal.added":
        inputs.push(b.make(type, {}, date));
        inputs.push(
          b.make(
            type,
            {
              goal: {
                id: "goal-1",
                domain: "housing",
                description: "Again",
                owner: "participant",
                steps: [],
              },
            },
            date,
          ),
        );
        break;
      case "goal.updated":
        inputs.push(b.make(type, {}, date));
        inputs.push(b.make(type, { goalId: "goal-unknown" }, date));
        break;
      case "information-talk.held":
        inputs.push(b.make(type, {}, date));
        inputs.push(b.make(type, { decision: "declined" }, date));
        break;
      default:
        inputs.push(b.make(type, {}, date));
    }
  }
  inputs.push(attendance(trajectoryId, date));
  inputs.push(other.make("contact.held", {}, date));
  return inputs;
}

/**
 * What the rules and the chart can tell apart in a state, without the growing lists
 * (contacts, rights...): two states with the same key accept the same steps.
 */
export function abstractKey(state: TrajectoryState): string {
  const c = state.context;
  return JSON.stringify([
    state.value,
    Object.fromEntries(
      Object.entries(state.historyValue).map(([id, nodes]) => [
        id,
        (nodes as { id: string }[]).map((n) => n.id),
      ]),
    ),
    c.referral?.trajectoryId ?? null,
    c.consent.enrolledAt !== null,
    c.consent.withdrawnAt !== null,
    [...c.consent.scopes].sort(),
    Object.entries(c.milestones).map(([key, value]) => (value === null ? null : key)),
    Object.keys(c.goals).sort(),
    c.pauses.length > 0 && c.pauses[c.pauses.length - 1]!.to === null,
  ]);
}

/** A closing's data: an early exit gets a reason (the given drop-out reason, or found work). */
function closingData(outcome: ClosingOutcome, dropOutReason: "health" | "crisis") {
  const data =
    outcome === "dropped-out"
      ? { outcome, reason: dropOutReason }
      : outcome === "positive-early-exit"
        ? { outcome, reason: "found-work" }
        : { outcome };
  return data as Data<"trajectory.closed">;
}
