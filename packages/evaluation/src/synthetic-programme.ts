import {
  type ConsentScope,
  dropOutReasons,
  type GroupEvent,
  lifeDomains,
  outcomeIndicators,
  positiveExitReasons,
  type Region,
  type SignalTheme,
  signalThemes,
  type TrajectoryEvent,
} from "@miriam/schemas";
import {
  createFunderReport,
  type FunderReport,
  type FunderReportBuilder,
  type ProjectName,
} from "./funder-report";
import type { ParticipantSummary } from "./participant";

// A seeded, synthetic programme of invented OCMWs and mothers, for tests, benchmarks and
// the docs' example programme report. Its shape follows the published figures: about 83
// projects in 45 OCMWs (ministerial press release of June 2024, seed 004), groups of 12
// to 15 (METHODOLOGY.md §2), September to June (§3), and OCMWs spread over the regions as
// the 2022-23 programme's 39 CPAS were (13 Flanders, 7 Brussels, 15 Wallonia; §1). Every
// name, answer and observation is invented: nothing here describes a real person.

/** A synthetic project: its settings as `createFunderReport` takes them. */
export interface SyntheticProject extends ProjectName {
  /** The project's region. */
  readonly region: Region;
}

/** One group of the synthetic programme: its log, and its trajectories made on demand. */
export interface SyntheticGroup {
  /** The project the group belongs to. */
  readonly project: SyntheticProject;
  /** The programme year, e.g. `2024-2025`. */
  readonly year: string;
  /** The group's log (`group.opened`, sessions with attendance, `group.closed`). */
  readonly groupEvents: GroupEvent[];
  /** Its trajectories' events, one list per mother, made when iterated. */
  readonly trajectories: () => Generator<TrajectoryEvent[]>;
}

/** Options of {@link syntheticProgramme}. */
export interface SyntheticProgrammeOptions {
  /** The same seed gives the same programme. Default 20250901. */
  readonly seed?: number;
  /** OCMWs. Default 45. */
  readonly ocmws?: number;
  /** Projects, spread over the OCMWs (two for most, one for some). Default 83. */
  readonly projects?: number;
  /** Programme years, the first starting in September of `firstYear`. Default 3. */
  readonly years?: number;
  /** Default 2022: the federal programme's first year. */
  readonly firstYear?: number;
  /**
   * Stop after this many trajectories, adding groups (in the same projects and years)
   * until it is reached. Default: one group per project and year.
   */
  readonly trajectories?: number;
}

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
/** Mean gain t0 → t1 per item: larger where the method works most (network, confidence). */
const GAIN: Readonly<Record<string, number>> = {
  "satisfaction-social-network": 2,
  "satisfaction-wellbeing": 1.8,
  "satisfaction-rights": 1.6,
  "satisfaction-finances": 1.2,
  "satisfaction-housing": 0.5,
  "satisfaction-mobility": 0.6,
  "self-reliance": 1.5,
};
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const date = (ms: number) => iso(ms).slice(0, 10);
const pick = <T>(list: readonly T[], r: number): T => list[Math.floor(r * list.length)]!;

/** 17 of 45 OCMWs in Flanders, 9 in Brussels, 19 in Wallonia: the 2022-23 proportions. */
function regionOf(ocmw: number, ocmws: number): Region {
  const share = ocmw / ocmws;
  return share < 17 / 45 ? "flanders" : share < 26 / 45 ? "brussels" : "wallonia";
}

/** The projects of a synthetic programme, in order: most OCMWs carry two. */
export function syntheticProjects(options: SyntheticProgrammeOptions = {}): SyntheticProject[] {
  const ocmws = options.ocmws ?? 45;
  const count = options.projects ?? 83;
  return Array.from({ length: count }, (_, p) => {
    const ocmw = p % ocmws;
    const nth = Math.floor(p / ocmws);
    const number = String(ocmw + 1).padStart(2, "0");
    return {
      id: `ocmw-${number}-${String.fromCharCode(97 + nth)}`,
      ocmw: { name: `Demo-OCMW ${number}` },
      region: regionOf(ocmw, ocmws),
    };
  });
}

/**
 * The groups of a synthetic programme, one project and year after the other; each
 * group's trajectories are made only when iterated, so a programme of any size streams.
 * Mothers: about 6% decline after the information talk, 12% drop out, 5% leave early
 * for work, training or an internship; of those who complete, 8% have no end
 * measurement (missing, never "no change") and 3% of answers are left blank; 60% give
 * consent to research; one in ten trajectories raises a policy signal, a third of them
 * reviewed and shareable. Every log is one the statechart accepts.
 */
export function* syntheticProgramme(
  options: SyntheticProgrammeOptions = {},
): Generator<SyntheticGroup> {
  const rnd = random(options.seed ?? 20250901);
  const projects = syntheticProjects(options);
  const years = options.years ?? 3;
  const firstYear = options.firstYear ?? 2022;
  const limit = options.trajectories;
  const perRound = projects.length * years;
  let made = 0;
  for (let g = 0; limit === undefined ? g < perRound : made < limit; g++) {
    const project = projects[g % projects.length]!;
    const yearIndex = Math.floor(g / projects.length) % years;
    const startYear = firstYear + yearIndex;
    const start = Date.parse(`${startYear}-09-01T09:00:00Z`);
    const groupId = `${project.id}-${startYear}-${g < perRound ? "a" : `r${Math.floor(g / perRound)}`}`;
    const caseManager = `cm-${project.id}`;
    const size = Math.min(limit === undefined ? 15 : limit - made, 12 + Math.floor(rnd() * 4));
    made += size;
    const plans: Plan[] = [];
    for (let m = 0; m < size; m++) {
      const declined = rnd() < 0.06;
      const exit = declined ? 0 : rnd();
      plans.push({
        id: `${groupId}-${String(m + 1).padStart(2, "0")}`,
        declined,
        dropAt: exit < 0.12 ? 40 + Math.floor(rnd() * 200) : null,
        positiveExitAt: exit >= 0.12 && exit < 0.17 ? 90 + Math.floor(rnd() * 150) : null,
      });
    }
    const groupEvents = groupLog(groupId, project.id, caseManager, start, plans, rnd);
    const groupSeed = Math.floor(rnd() * 2 ** 31);
    yield {
      project,
      year: `${startYear}-${startYear + 1}`,
      groupEvents,
      *trajectories() {
        const r = random(groupSeed);
        for (const plan of plans)
          yield trajectory(plan, project.id, groupId, caseManager, start, r);
      },
    };
  }
}

interface Plan {
  readonly id: string;
  readonly declined: boolean;
  readonly dropAt: number | null;
  readonly positiveExitAt: number | null;
}

const leftAt = (plan: Plan) => plan.dropAt ?? plan.positiveExitAt;

function groupLog(
  groupId: string,
  projectId: string,
  caseManager: string,
  start: number,
  plans: readonly Plan[],
  rnd: () => number,
): GroupEvent[] {
  const events: GroupEvent[] = [
    {
      id: `${groupId}.open`,
      groupId,
      type: "group.opened",
      at: iso(start),
      by: caseManager,
      data: { projectId, caseManagerId: caseManager, capacity: 15 },
    },
  ];
  for (let s = 0; s < 19; s++) {
    const day = 36 + s * 14 + (rnd() < 0.1 ? 7 : 0);
    const attendees = plans
      .filter((p) => !p.declined && (leftAt(p) ?? 999) > day && rnd() < 0.8)
      .map((p) => p.id);
    events.push({
      id: `${groupId}.s${s}`,
      groupId,
      type: "group-session.held",
      at: iso(start + day * DAY + 4 * 3_600_000),
      by: caseManager,
      data: {
        date: date(start + day * DAY),
        minutes: 150,
        topic: "groepssessie",
        withChildren: s % 5 === 2,
        attendees,
      },
    });
  }
  events.push({
    id: `${groupId}.close`,
    groupId,
    type: "group.closed",
    at: iso(start + 300 * DAY),
    by: caseManager,
    data: {},
  });
  return events;
}

const SIGNAL_THEMES: readonly SignalTheme[] = signalThemes.codes;
const SIGNAL_DOMAINS = ["childcare", "housing", "finances", "mobility", "rights", "health"];

function trajectory(
  plan: Plan,
  projectId: string,
  groupId: string,
  by: string,
  start: number,
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
      at: iso(start + day * DAY + n * 60_000),
      by,
      data,
    } as TrajectoryEvent);
  };
  const offset = Math.floor(rnd() * 10);
  ev("trajectory.referred", offset, { projectId, groupId, referredBy: "sw1", eligibility: {} });
  if (plan.declined) {
    ev("information-talk.held", offset + 3, { decision: "declined" });
    ev("trajectory.closed", offset + 3, { outcome: "declined" });
    return events;
  }
  ev("information-talk.held", offset + 3, { decision: "interested" });
  const scopes: ConsentScope[] = rnd() < 0.6 ? ["processing", "research"] : ["processing"];
  ev("consent.given", offset + 7, { scopes });
  ev("intake.held", offset + 7, {
    location: "home",
    household: { childrenBirthYears: [2019] },
    situation: [],
  });
  const level = 2 + rnd() * 4;
  const measure = (timepoint: "t0" | "t1", day: number, progress: number) =>
    ev("measurement.recorded", day, {
      timepoint,
      instrument: { id: "miriam-self-evaluation", version: 1 },
      answers: {
        ...Object.fromEntries(
          ITEMS.map((item) => [
            item,
            rnd() < 0.03
              ? null
              : Math.max(
                  0,
                  Math.min(10, Math.round(level + progress * (GAIN[item] ?? 1) + rnd() * 3 - 1)),
                ),
          ]),
        ),
        ...(timepoint === "t1" ? { "overall-improvement": rnd() < 0.74 ? 1 : 0 } : {}),
      },
      indicators: Object.fromEntries(
        outcomeIndicators.codes.map((code) => [code, rnd() < (timepoint === "t0" ? 0.3 : 0.42)]),
      ),
    });
  measure("t0", offset + 14, 0);
  ev("plan.agreed", offset + 21, {
    goals: [
      {
        id: "g1",
        domain: pick(lifeDomains.codes, rnd()),
        description: "doel",
        owner: "participant",
        steps: [],
      },
    ],
  });
  const end = leftAt(plan) ?? 270;
  const signalDay = rnd() < 0.1 ? offset + 30 + Math.floor(rnd() * 150) : null;
  for (let day = offset + 28; day < end; day += 10 + Math.floor(rnd() * 8)) {
    ev("contact.held", day, { mode: "home", domains: [], minutes: 60 });
    if (signalDay !== null && day >= signalDay && !events.some((e) => e.type === "signal.raised"))
      ev("signal.raised", day, {
        domain: pick(SIGNAL_DOMAINS, rnd()),
        theme: pick(SIGNAL_THEMES, rnd()),
        observation: "Synthetische observatie: een structurele drempel (voorbeeldtekst).",
        shareable: rnd() < 0.33,
      });
  }
  if (plan.dropAt !== null) {
    ev("trajectory.closed", plan.dropAt, {
      outcome: "dropped-out",
      reason: pick(dropOutReasons.codes, rnd()),
    });
    return events;
  }
  if (plan.positiveExitAt !== null) {
    ev("trajectory.closed", plan.positiveExitAt, {
      outcome: "positive-early-exit",
      reason: pick(positiveExitReasons.codes, rnd()),
    });
    return events;
  }
  // A completed trajectory needs t1; a missing end measurement shows as an open
  // trajectory at the year's end (still active), never as a completion without t1.
  if (rnd() < 0.08) return events;
  measure("t1", 275, 1);
  ev("evaluation.held", 280, { certificateHandedOver: true });
  ev("handover.done", 285, { to: "none-needed" });
  ev("trajectory.closed", 290, { outcome: "completed" });
  return events;
}

/** Options of {@link syntheticProgrammeReports}. */
export interface SyntheticReportsOptions extends SyntheticProgrammeOptions {
  /** Whether every project's report carries its counts before suppression. Default false. */
  readonly countsBeforeSuppression?: boolean;
  /** Small-cell threshold of every report. Default 5. */
  readonly threshold?: number;
}

/**
 * The funder report of every project and year of a {@link syntheticProgramme}, as the
 * OCMWs would send them, and every mother's summary (for `methodEffect`).
 */
export function syntheticProgrammeReports(options: SyntheticReportsOptions = {}): {
  readonly reports: FunderReport[];
  readonly participants: ParticipantSummary[];
} {
  const builders = new Map<string, FunderReportBuilder>();
  const participants: ParticipantSummary[] = [];
  for (const group of syntheticProgramme(options)) {
    const key = `${group.project.id}/${group.year}`;
    let builder = builders.get(key);
    if (builder === undefined) {
      const [from] = group.year.split("-");
      builder = createFunderReport({
        projects: [
          {
            ...group.project,
            reporting: { countsBeforeSuppression: options.countsBeforeSuppression ?? false },
          },
        ],
        period: { from: `${from}-09-01`, to: `${Number(from) + 1}-08-31` },
        ...(options.threshold === undefined ? {} : { threshold: options.threshold }),
      });
      builders.set(key, builder);
    }
    builder.addGroupEvents(group.groupEvents);
    for (const events of group.trajectories()) participants.push(builder.addTrajectory(events));
  }
  return { reports: [...builders.values()].map((b) => b.build()), participants };
}
