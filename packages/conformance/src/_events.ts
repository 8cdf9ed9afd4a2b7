import {
  type ClosingOutcome,
  type CorrectionEventType,
  exampleCohort,
  type GroupEvent,
  type ProjectSettingsInput,
  type Timepoint,
  type TrajectoryEvent,
  type TrajectoryEventOf,
  type TrajectoryEventType,
} from "@miriam/schemas";
import type { Step } from "@miriam/trajectory";

// Builders of small, valid events for the generated fixtures. Fixtures say what matters
// (the order of steps); the data is the least the schemas accept, plus real answers for
// measurements so that the indicators are worth comparing.

type Data<T extends TrajectoryEventType> = TrajectoryEventOf<T>["data"];

export const PROJECT_ID = "ocmw-conformance";
export const GROUP_ID = "conformance-a";
export const WORKER = "cm-01";

/** Settings of the fixtures' project: one group, the method's defaults. */
export const fixtureSettings: ProjectSettingsInput = {
  id: PROJECT_ID,
  ocmw: { name: "OCMW Conformance" },
  region: "flanders",
  languages: ["nl", "fr"],
  groups: [
    { id: GROUP_ID, name: "Conformance group A", caseManagerId: WORKER, startDate: "2025-09-01" },
  ],
};

// Answers of one mother of the example cohort, so that scoring has something to score.
function cohortMeasurement(timepoint: Timepoint): Data<"measurement.recorded"> {
  const found = exampleCohort().trajectoryEvents.find(
    (event): event is TrajectoryEventOf<"measurement.recorded"> =>
      event.type === "measurement.recorded" && event.data.timepoint === timepoint,
  );
  if (found === undefined) throw new Error(`The example cohort has no ${timepoint} measurement.`);
  return found.data;
}

const MEASUREMENTS = new Map<Timepoint, Data<"measurement.recorded">>();
function measurement(timepoint: Timepoint): Data<"measurement.recorded"> {
  let data = MEASUREMENTS.get(timepoint);
  if (data === undefined) {
    data = cohortMeasurement(timepoint === "follow-up" ? "t1" : timepoint);
    data = { ...data, timepoint };
    MEASUREMENTS.set(timepoint, data);
  }
  return data;
}

const DEFAULT_DATA: { [T in TrajectoryEventType]: () => Data<T> } = {
  "trajectory.referred": () => ({
    projectId: PROJECT_ID,
    groupId: GROUP_ID,
    referredBy: "mw-01",
    eligibility: { singleMother: true, services: ["living-wage"] },
  }),
  "information-talk.held": () => ({ decision: "interested" }),
  "consent.given": () => ({ scopes: ["processing", "research"] }),
  "consent.withdrawn": () => ({ scopes: ["processing"] }),
  "intake.held": () => ({
    location: "home",
    household: { childrenBirthYears: [2019, 2022] },
    situation: [
      { domain: "housing", wantsToWorkOnIt: true },
      { domain: "finances", wantsToWorkOnIt: true },
    ],
  }),
  "measurement.recorded": () => measurement("t0"),
  "plan.agreed": () => ({
    goals: [
      {
        id: "goal-1",
        domain: "housing",
        description: "A dry flat for the children and me.",
        owner: "participant",
        steps: [{ description: "Register for social housing", who: "together" }],
      },
    ],
  }),
  "goal.added": () => ({
    goal: {
      id: "goal-2",
      domain: "finances",
      description: "An overview of my debts.",
      owner: "participant",
      steps: [],
    },
  }),
  "goal.updated": () => ({ goalId: "goal-1", status: "in-progress" }),
  "contact.held": () => ({ mode: "home", domains: ["housing"], minutes: 60 }),
  "referral.made": () => ({ partner: "CAW", domain: "finances" }),
  "right.updated": () => ({ right: "increased-reimbursement", status: "applied" }),
  "trajectory.paused": () => ({ reason: "illness" }),
  "trajectory.resumed": () => ({}),
  "review.held": () => ({}),
  "evaluation.held": () => ({ certificateHandedOver: true }),
  "handover.done": () => ({ to: "social-worker", receivingWorkerId: "mw-01" }),
  "follow-up.held": () => ({ monthsAfterEnd: 12 }),
  "trajectory.closed": () => ({ outcome: "completed" }),
  "signal.raised": () => ({
    domain: "childcare",
    observation: "Too few childcare places at income-related fees in the district.",
  }),
  "proposal.made": () => ({
    kind: "group-topic",
    topic: "Finding a childcare place",
    via: "paper",
  }),
  "proposal.confirmed": () => ({ proposalId: "proposal-1" }),
  "proposal.declined": () => ({ proposalId: "proposal-1" }),
};

/** The data of a closing with `outcome` (an early exit needs a reason). */
export function closingData(outcome: ClosingOutcome): Data<"trajectory.closed"> {
  if (outcome === "dropped-out") return { outcome, reason: "health" };
  if (outcome === "positive-early-exit") return { outcome, reason: "found-work" };
  return { outcome };
}

const DAY = 86_400_000;

/** Adds `days` to a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** Builds the events of one trajectory, some days apart unless a date is given. */
export class TrajectoryBuilder {
  readonly events: TrajectoryEvent[] = [];
  private counter = 0;

  constructor(
    readonly trajectoryId: string,
    public date: string,
  ) {}

  /** Makes an event of `type` (default data, overridden by `data`) without adding it. */
  make<T extends TrajectoryEventType>(
    type: T,
    data: Partial<Data<T>> = {},
    days = 3,
  ): TrajectoryEventOf<T> {
    this.date = addDays(this.date, days);
    return {
      id: `${this.trajectoryId}.${String(++this.counter).padStart(3, "0")}`,
      trajectoryId: this.trajectoryId,
      type,
      at: `${this.date}T10:00:00+02:00`,
      by: WORKER,
      data: { ...DEFAULT_DATA[type](), ...data },
    } as unknown as TrajectoryEventOf<T>;
  }

  /** Adds a correction or void (`data` as its schema has it), `days` after the last event. */
  amend<T extends CorrectionEventType>(
    type: T,
    data: TrajectoryEventOf<T>["data"],
    days = 3,
  ): this {
    this.date = addDays(this.date, days);
    this.events.push({
      id: `${this.trajectoryId}.${String(++this.counter).padStart(3, "0")}`,
      trajectoryId: this.trajectoryId,
      type,
      at: `${this.date}T10:00:00+02:00`,
      by: WORKER,
      data,
    } as TrajectoryEventOf<T>);
    return this;
  }

  /** Adds an event like {@link make}. */
  add<T extends TrajectoryEventType>(type: T, data: Partial<Data<T>> = {}, days = 3): this {
    this.events.push(this.make(type, data, days));
    return this;
  }

  /** Adds the event that takes `step`. */
  step(step: Step, days = 3): this {
    this.events.push(this.eventOf(step, days));
    return this;
  }

  /** Makes the event that takes `step` (its timepoint, outcome, scopes or goal id). */
  eventOf(step: Step, days = 3): TrajectoryEvent {
    switch (step.type) {
      case "measurement.recorded":
        return this.make(step.type, measurement(step.timepoint ?? "t0"), days);
      case "trajectory.closed":
        return this.make(step.type, closingData(step.outcome ?? "completed"), days);
      case "consent.given":
      case "consent.withdrawn":
        return this.make(step.type, step.scopes ? { scopes: [...step.scopes] } : {}, days);
      case "goal.added":
        return this.make(
          step.type,
          step.goalId ? { goal: { ...DEFAULT_DATA["goal.added"]().goal, id: step.goalId } } : {},
          days,
        );
      case "goal.updated":
        return this.make(step.type, step.goalId ? { goalId: step.goalId } : {}, days);
      case "group-session.attended":
        throw new TypeError("Attendance is recorded on the group's session, not in her log.");
      default:
        return this.make(step.type, {}, days);
    }
  }

  /** Referral, information talk, consent. */
  enrol(): this {
    return this.add("trajectory.referred").add("information-talk.held").add("consent.given");
  }

  /** Enrolment, intake, t0 and a plan with goal `goal-1`. */
  toActive(): this {
    return this.enrol()
      .add("intake.held", {}, 7)
      .add("measurement.recorded", measurement("t0"), 7)
      .add("plan.agreed", {}, 7);
  }

  /** Individual contacts, `count` of them, `gap` days apart. */
  contacts(count: number, gap = 12): this {
    for (let i = 0; i < count; i++) this.add("contact.held", {}, gap);
    return this;
  }

  /** End measurement, evaluation and handover. */
  finish(): this {
    return this.add("measurement.recorded", measurement("t1"), 10)
      .add("evaluation.held", {}, 14)
      .add("handover.done", {}, 14);
  }

  /** Closes the trajectory with `outcome`. */
  close(outcome: ClosingOutcome, days = 3): this {
    return this.add("trajectory.closed", closingData(outcome), days);
  }
}

/** A group's log: opened, sessions every 14 days with the given attendees, closed. */
export function groupLog(
  attendeesPerSession: readonly (readonly string[])[],
  options: { readonly start?: string; readonly close?: boolean } = {},
): GroupEvent[] {
  const start = options.start ?? "2025-09-01";
  let n = 0;
  const id = () => `${GROUP_ID}.${String(++n).padStart(3, "0")}`;
  const events: GroupEvent[] = [
    {
      id: id(),
      groupId: GROUP_ID,
      type: "group.opened",
      at: `${start}T09:00:00+02:00`,
      by: "co-01",
      data: { projectId: PROJECT_ID, caseManagerId: WORKER, capacity: 15 },
    },
  ];
  let date = addDays(start, 30);
  for (const attendees of attendeesPerSession) {
    events.push({
      id: id(),
      groupId: GROUP_ID,
      type: "group-session.held",
      at: `${date}T09:30:00+02:00`,
      by: WORKER,
      data: {
        date,
        minutes: 150,
        topic: "Our rights and where to claim them",
        withChildren: false,
        attendees: [...attendees],
      },
    });
    date = addDays(date, 14);
  }
  if (options.close === true)
    events.push({
      id: id(),
      groupId: GROUP_ID,
      type: "group.closed",
      at: `${date}T17:00:00+02:00`,
      by: "co-01",
      data: {},
    });
  return events;
}
