import type { GroupEvent, Right, Timepoint, TrajectoryEvent } from "@miriam/schemas";
import { addDays, lifeDomains, rights } from "@miriam/schemas";

// A seeded, programme-size log for the benchmark: the shape and size of events follow the
// example cohort (contacts without notes, t0/t1 with every item answered), but there are
// many more trajectories and events per trajectory. Not a fixture: nothing is asserted on
// its content beyond "it replays without refusals".

/** mulberry32: small, fast and good enough to make the same log on every run. */
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

const DOMAINS = lifeDomains.codes;
const RIGHTS = rights.codes;
const ITEM_IDS = [
  ...DOMAINS.map((d) => `satisfaction-${d}`),
  "self-reliance",
  "alone-with-worries",
];

/** The generated log. */
export interface ProgrammeLog {
  readonly trajectoryEvents: TrajectoryEvent[];
  readonly groupEvents: GroupEvent[];
}

/**
 * `trajectories` trajectories in groups of 14 (two groups per project), about
 * `eventsPerTrajectory` events each for a mother who completes.
 */
export function programmeLog(
  trajectories = 1200,
  eventsPerTrajectory = 150,
  seed = 20250901,
): ProgrammeLog {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const trajectoryEvents: TrajectoryEvent[] = [];
  const groupEvents: GroupEvent[] = [];
  const groupCount = Math.ceil(trajectories / 14);
  const start = "2025-09-01";
  const at = (date: string, hour: number) =>
    `${date}T${String(hour).padStart(2, "0")}:00:00${date >= "2025-10-26" && date < "2026-03-29" ? "+01:00" : "+02:00"}`;

  for (let g = 0; g < groupCount; g++) {
    const groupId = `g-${String(g).padStart(3, "0")}`;
    const projectId = `p-${String(Math.floor(g / 2)).padStart(3, "0")}`;
    const cm = `cm-${g}`;
    const members: string[] = [];
    const enrolledFrom = new Map<string, string>();
    const leftOn = new Map<string, string>();
    // Attendance while paused would be refused: sessions skip her pauses.
    const pausedOn = new Map<string, [string, string][]>();
    for (let m = 0; m < 14 && g * 14 + m < trajectories; m++) {
      const trajectoryId = `${groupId}-${String(m).padStart(2, "0")}`;
      members.push(trajectoryId);
      let n = 0;
      const ev = <E extends TrajectoryEvent>(type: E["type"], date: string, data: E["data"]) => {
        trajectoryEvents.push({
          id: `${trajectoryId}.${++n}`,
          trajectoryId,
          type,
          at: at(date, 9 + (n % 8)),
          by: cm,
          data,
        } as TrajectoryEvent);
      };
      const measure = (timepoint: Timepoint, date: string) =>
        ev("measurement.recorded", date, {
          timepoint,
          instrument: { id: "miriam-self-evaluation", version: 1 },
          answers: Object.fromEntries(ITEM_IDS.map((id) => [id, Math.floor(rnd() * 11)])),
        });
      const referred = addDays(start, -20 + Math.floor(rnd() * 10));
      ev("trajectory.referred", referred, {
        projectId,
        groupId,
        referredBy: `sw-${Math.floor(rnd() * 40)}`,
        eligibility: { singleMother: true, services: ["living-wage"], youngestChildAge: 3 },
      });
      const fate = rnd();
      if (fate < 0.05) {
        ev("information-talk.held", addDays(referred, 5), { decision: "declined" });
        ev("trajectory.closed", addDays(referred, 6), { outcome: "declined" });
        continue;
      }
      ev("information-talk.held", addDays(referred, 5), { decision: "interested" });
      const consent = addDays(referred, 9);
      enrolledFrom.set(trajectoryId, consent);
      ev("consent.given", consent, { scopes: ["processing", "research"], noticeVersion: "2025-1" });
      ev("intake.held", addDays(consent, 2), {
        location: "home",
        household: { childrenBirthYears: [2019, 2022] },
        situation: DOMAINS.slice(0, 6).map((domain) => ({ domain, wantsToWorkOnIt: rnd() < 0.5 })),
      });
      measure("t0", addDays(consent, 9));
      const goals = [0, 1, 2].map((i) => ({
        id: `goal-${i + 1}`,
        domain: pick(DOMAINS),
        description: "A goal in her own words, as agreed in the plan.",
        owner: "participant" as const,
        steps: [{ description: "A first step", who: "participant" as const }],
      }));
      const planDate = addDays(consent, 20);
      ev("plan.agreed", planDate, { goals });
      // What remains, spread over ~40 weeks: contacts dominate, as in the cohort.
      // Declines (5%) and drop-outs (10%, half-way on average) are shorter: the budget
      // of a completed trajectory makes the average come out at `eventsPerTrajectory`.
      const budget = Math.round((eventsPerTrajectory - 11) / 0.9);
      const dropsOutAt = fate < 0.15 ? Math.floor(budget * (0.2 + rnd() * 0.6)) : -1;
      let date = planDate;
      let paused = false;
      let reviewed = false;
      let midDone = false;
      for (let i = 0; i < budget; i++) {
        date = addDays(date, rnd() < 0.55 ? 2 : 1);
        if (i === dropsOutAt) {
          ev("trajectory.closed", addDays(date, 1), { outcome: "dropped-out", reason: "health" });
          leftOn.set(trajectoryId, addDays(date, 1));
          break;
        }
        if (paused) {
          ev("trajectory.resumed", date, {});
          pausedOn.get(trajectoryId)!.at(-1)![1] = date;
          paused = false;
          continue;
        }
        const r = rnd();
        if (r < 0.5)
          ev("contact.held", date, {
            mode: pick(["home", "office", "phone"]),
            domains: [pick(DOMAINS)],
            minutes: 30 + Math.floor(rnd() * 60),
          });
        else if (r < 0.66)
          ev("goal.updated", date, {
            goalId: pick(goals).id,
            status: pick(["in-progress", "achieved"]),
          });
        else if (r < 0.8)
          ev("right.updated", date, {
            right: pick(RIGHTS) as Right,
            status: pick(["eligible", "applied", "granted"]),
          });
        else if (r < 0.9)
          ev("referral.made", date, {
            partner: "A local partner organisation",
            domain: pick(DOMAINS),
          });
        else if (r < 0.93 && !reviewed && i > budget / 2) {
          ev("review.held", date, {});
          reviewed = true;
        } else if (r < 0.96 && !midDone && i > budget / 2) {
          measure("mid", date);
          midDone = true;
        } else if (r < 0.905)
          ev("signal.raised", date, {
            domain: "childcare",
            observation: "Too few childcare places for the group sessions.",
          });
        else if (r < 0.91 && i < budget - 10) {
          ev("trajectory.paused", date, { reason: "illness" });
          paused = true;
          const ranges = pausedOn.get(trajectoryId) ?? [];
          ranges.push([date, date]);
          pausedOn.set(trajectoryId, ranges);
        } else ev("contact.held", date, { mode: "escort", domains: [pick(DOMAINS)], minutes: 120 });
      }
      if (dropsOutAt >= 0) continue;
      if (paused) ev("trajectory.resumed", addDays(date, 1), {});
      measure("t1", addDays(date, 2));
      ev("evaluation.held", addDays(date, 4), { certificateHandedOver: true });
      ev("handover.done", addDays(date, 6), { to: "social-worker", receivingWorkerId: `sw-${g}` });
      ev("trajectory.closed", addDays(date, 7), { outcome: "completed" });
      leftOn.set(trajectoryId, addDays(date, 7));
    }

    const opened = "2025-09-01";
    groupEvents.push({
      id: `${groupId}.opened`,
      groupId,
      type: "group.opened",
      at: at(opened, 9),
      by: cm,
      data: { projectId, caseManagerId: cm, capacity: 15, name: `Group ${g}` },
    });
    for (let s = 0; s < 20; s++) {
      const date = addDays("2025-10-06", s * 14);
      const attendees = members.filter((id) => {
        const from = enrolledFrom.get(id);
        const until = leftOn.get(id);
        return (
          from !== undefined &&
          from < date &&
          (until === undefined || date < until) &&
          !pausedOn.get(id)?.some(([from, to]) => from <= date && date <= to) &&
          rnd() < 0.8
        );
      });
      groupEvents.push({
        id: `${groupId}.s${s + 1}`,
        groupId,
        type: "group-session.held",
        at: at(date, 14),
        by: cm,
        data: {
          date,
          minutes: 150,
          topic: "Budget and paperwork",
          withChildren: s % 5 === 0,
          attendees,
        },
      });
    }
    groupEvents.push({
      id: `${groupId}.closed`,
      groupId,
      type: "group.closed",
      at: at("2026-06-30", 12),
      by: cm,
      data: {},
    });
  }
  return { trajectoryEvents, groupEvents };
}
