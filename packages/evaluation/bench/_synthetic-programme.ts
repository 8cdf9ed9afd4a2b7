import {
  dropOutReasons,
  type GroupEvent,
  lifeDomains,
  outcomeIndicators,
  type TrajectoryEvent,
} from "@miriam/schemas";

// A seeded, synthetic programme for the benchmark: groups of 12–15 enrolled mothers plus
// the odd declined referral, September to June, each trajectory made only when it is
// consumed, so the benchmark measures the report and not a log held in memory. Not a
// fixture: nothing is asserted on it beyond "the statechart accepts it".

/** mulberry32: small, fast and the same sequence on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ITEMS = [
  ...lifeDomains.codes.map((d) => `satisfaction-${d}`),
  "self-reliance",
  "alone-with-worries",
];
const DAY = 86_400_000;
const START = Date.parse("2025-09-01T09:00:00Z");
const iso = (ms: number) => new Date(ms).toISOString();
const date = (ms: number) => iso(ms).slice(0, 10);

/** One group: its log and a generator of its trajectories' events. */
export interface SyntheticGroup {
  readonly groupEvents: GroupEvent[];
  readonly trajectories: () => Generator<TrajectoryEvent[]>;
}

/**
 * Groups until `trajectories` trajectories are made, spread over `projects` projects.
 * The same seed gives the same programme.
 */
export function* syntheticProgramme(
  trajectories: number,
  projects: number,
  seed = 20250901,
): Generator<SyntheticGroup> {
  const rnd = random(seed);
  let made = 0;
  for (let g = 0; made < trajectories; g++) {
    const groupId = `g${g}`;
    const projectId = `p${g % projects}`;
    const caseManager = `cm${g}`;
    const size = Math.min(trajectories - made, 13 + Math.floor(rnd() * 4));
    made += size;
    const plans: { id: string; declined: boolean; dropAt: number | null }[] = [];
    for (let m = 0; m < size; m++) {
      const declined = rnd() < 0.06;
      const dropAt = !declined && rnd() < 0.14 ? 40 + Math.floor(rnd() * 200) : null;
      plans.push({ id: `${groupId}-${m}`, declined, dropAt });
    }
    const groupEvents: GroupEvent[] = [
      {
        id: `${groupId}.open`,
        groupId,
        type: "group.opened",
        at: iso(START),
        by: caseManager,
        data: { projectId, caseManagerId: caseManager, capacity: 15 },
      },
    ];
    for (let s = 0; s < 19; s++) {
      const day = 36 + s * 14 + (rnd() < 0.1 ? 7 : 0);
      const attendees = plans
        .filter((p) => !p.declined && (p.dropAt === null || p.dropAt > day) && rnd() < 0.8)
        .map((p) => p.id);
      groupEvents.push({
        id: `${groupId}.s${s}`,
        groupId,
        type: "group-session.held",
        at: iso(START + day * DAY + 4 * 3_600_000),
        by: caseManager,
        data: {
          date: date(START + day * DAY),
          minutes: 150,
          topic: "groepssessie",
          withChildren: s % 5 === 2,
          attendees,
        },
      });
    }
    groupEvents.push({
      id: `${groupId}.close`,
      groupId,
      type: "group.closed",
      at: iso(START + 300 * DAY),
      by: caseManager,
      data: {},
    });

    const groupSeed = Math.floor(rnd() * 2 ** 31);
    yield {
      groupEvents,
      *trajectories() {
        const r = random(groupSeed);
        for (const plan of plans) yield trajectory(plan, projectId, groupId, caseManager, r);
      },
    };
  }
}

function trajectory(
  plan: { id: string; declined: boolean; dropAt: number | null },
  projectId: string,
  groupId: string,
  by: string,
  rnd: () => number,
): TrajectoryEvent[] {
  const trajectoryId = plan.id;
  const events: TrajectoryEvent[] = [];
  let n = 0;
  const ev = (type: TrajectoryEvent["type"], day: number, data: unknown) => {
    events.push({
      id: `${trajectoryId}.${++n}`,
      trajectoryId,
      type,
      at: iso(START + day * DAY + n * 60_000),
      by,
      data,
    } as TrajectoryEvent);
  };
  const offset = Math.floor(rnd() * 10);
  ev("trajectory.referred", offset, {
    projectId,
    groupId,
    referredBy: "sw1",
    eligibility: {},
  });
  if (plan.declined) {
    ev("information-talk.held", offset + 3, { decision: "declined" });
    ev("trajectory.closed", offset + 3, { outcome: "declined" });
    return events;
  }
  ev("information-talk.held", offset + 3, { decision: "interested" });
  ev("consent.given", offset + 7, { scopes: ["processing"] });
  ev("intake.held", offset + 7, {
    location: "home",
    household: { childrenBirthYears: [2019] },
    situation: [],
  });
  const level = 2 + rnd() * 4;
  const measure = (timepoint: "t0" | "t1", day: number, gain: number) =>
    ev("measurement.recorded", day, {
      timepoint,
      instrument: { id: "miriam-self-evaluation", version: 1 },
      answers: {
        ...Object.fromEntries(
          ITEMS.map((item) => [
            item,
            rnd() < 0.03
              ? null
              : Math.max(0, Math.min(10, Math.round(level + gain + rnd() * 3 - 1))),
          ]),
        ),
        ...(timepoint === "t1" ? { "overall-improvement": rnd() < 0.75 ? 1 : 0 } : {}),
      },
      indicators: Object.fromEntries(
        outcomeIndicators.codes.map((code) => [code, rnd() < (timepoint === "t0" ? 0.3 : 0.45)]),
      ),
    });
  measure("t0", offset + 14, 0);
  ev("plan.agreed", offset + 21, {
    goals: [
      {
        id: "g1",
        domain: lifeDomains.codes[Math.floor(rnd() * lifeDomains.codes.length)],
        description: "doel",
        owner: "participant",
        steps: [],
      },
    ],
  });
  const end = plan.dropAt ?? 270;
  for (let day = offset + 28; day < end; day += 10 + Math.floor(rnd() * 8))
    ev("contact.held", day, { mode: "home", domains: [], minutes: 60 });
  if (plan.dropAt !== null) {
    const reason = dropOutReasons.codes[Math.floor(rnd() * dropOutReasons.codes.length)]!;
    ev("trajectory.closed", plan.dropAt, { outcome: "dropped-out", reason });
    return events;
  }
  measure("t1", 275, 1.5);
  ev("evaluation.held", 280, { certificateHandedOver: true });
  ev("handover.done", 285, { to: "none-needed" });
  ev("trajectory.closed", 290, { outcome: "completed" });
  return events;
}
