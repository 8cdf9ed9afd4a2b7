import {
  exampleCohort,
  type GroupEvent,
  type ParticipantProfile,
  type TrajectoryEvent,
} from "@miriam/schemas";
import { addGroupStaff, createUser } from "../src/db/accounts";
import type { Database } from "../src/db/database";
import { appendToStream } from "../src/db/event-store";
import { addDays } from "../src/domain/time";
import { saveProfile } from "../src/domain/trajectories";

/**
 * The database of a large OCMW after five years: 10 groups, 100 mothers each (1,000
 * trajectories), made of the kit's example cohort (14 enrolled mothers and one who
 * declined, ten months of real stories) run again and again: each group holds seven
 * generations nine months apart, the oldest about five years ago. Every event is moved
 * in time by whole days; what would lie after `now` is left out, so the youngest
 * generation is under way (at every stage) and the older ones closed. Each group's log
 * holds the sessions of all its generations.
 */
export const OCMW = {
  groups: 10,
  perGroup: 100,
  generations: 7,
  monthsApart: 9,
  /** Case managers, each with two groups. */
  caseManagers: 5,
} as const;

export const groupIdOf = (g: number) => `ocmw-g${String(g).padStart(2, "0")}`;
export const caseManagerOf = (g: number) => `ocmw-cm-${Math.ceil(g / 2)}`;

const DATE = /\b(\d{4}-\d{2}-\d{2})(?=[T"])/g;
const shifted = <T>(value: T, days: number): T =>
  JSON.parse(JSON.stringify(value).replace(DATE, (date) => addDays(date, days))) as T;

/** Seeds the groups, trajectories, profiles and case managers (the project must exist). */
export async function seedOcmw(
  db: Database,
  options: { projectId: string; now: Date; password: string },
): Promise<{ trajectories: number; events: number }> {
  const cohort = exampleCohort();
  const cohortStart = cohort.trajectoryEvents.map((e) => e.at.slice(0, 10)).sort()[0]!;
  const today = options.now.toISOString().slice(0, 10);
  const now = options.now.getTime();
  // The youngest generation was referred about five months ago.
  const youngest = Math.round((Date.parse(today) - Date.parse(cohortStart)) / 86_400_000) - 150;
  let trajectories = 0;
  let events = 0;
  for (let g = 1; g <= OCMW.groups; g++) {
    const groupId = groupIdOf(g);
    const groupEvents: GroupEvent[] = [];
    const logs: { id: string; events: TrajectoryEvent[]; profile?: ParticipantProfile }[] = [];
    for (let k = 0; k < OCMW.generations; k++) {
      const days = youngest - (OCMW.generations - 1 - k) * OCMW.monthsApart * 30 + g * 3;
      const idOf = (id: string) => `${groupId}-${k}${id.slice(id.lastIndexOf("-"))}`;
      for (const event of cohort.groupEvents) {
        if (event.type === "group.closed") continue;
        if (event.type === "group.opened" && k > 0) continue;
        const moved = shifted(event, days);
        if (Date.parse(moved.at) > now) continue;
        groupEvents.push({
          ...moved,
          id: `${groupId}.${k}.${event.id}`,
          groupId,
          ...(moved.type === "group-session.held"
            ? { data: { ...moved.data, attendees: moved.data.attendees.map(idOf) } }
            : moved.type === "group.opened"
              ? { data: { ...moved.data, caseManagerId: caseManagerOf(g), name: groupId } }
              : {}),
        } as GroupEvent);
      }
      const byTrajectory = new Map<string, TrajectoryEvent[]>();
      for (const event of cohort.trajectoryEvents) {
        const moved = shifted(event, days);
        if (Date.parse(moved.at) > now) continue;
        const trajectoryId = idOf(event.trajectoryId);
        const data = moved.type === "trajectory.referred" ? { ...moved.data, groupId } : moved.data;
        const list = byTrajectory.get(trajectoryId) ?? [];
        list.push({
          ...moved,
          id: `${trajectoryId}.${list.length + 1}`,
          trajectoryId,
          data,
        } as TrajectoryEvent);
        byTrajectory.set(trajectoryId, list);
      }
      for (const [id, list] of byTrajectory) {
        const original = cohort.trajectoryEvents.find((e) => idOf(e.trajectoryId) === id)!;
        const profile = cohort.profiles.find((p) => p.trajectoryId === original.trajectoryId);
        logs.push({
          id,
          events: list,
          ...(profile ? { profile: { ...shifted(profile, days), trajectoryId: id } } : {}),
        });
      }
    }
    // The oldest generation's first mothers are left out, to keep 100 per group.
    const kept = logs.slice(logs.length - OCMW.perGroup);
    const keptIds = new Set(kept.map((log) => log.id));
    const sessions = groupEvents.map((event) =>
      event.type === "group-session.held"
        ? {
            ...event,
            data: { ...event.data, attendees: event.data.attendees.filter((a) => keptIds.has(a)) },
          }
        : event,
    );
    const stream = { groupId, projectId: options.projectId };
    await appendToStream(db, { kind: "group", id: groupId, ...stream }, 0, sessions);
    for (const log of kept) {
      await appendToStream(db, { kind: "trajectory", id: log.id, ...stream }, 0, log.events);
      if (log.profile) await saveProfile(db, log.profile);
      trajectories++;
      events += log.events.length;
    }
    events += sessions.length;
  }
  for (let c = 1; c <= OCMW.caseManagers; c++) {
    const id = `ocmw-cm-${c}`;
    await createUser(db, {
      id,
      username: id,
      displayName: id,
      role: "case-manager",
      projectId: options.projectId,
      language: "nl",
      password: options.password,
    });
  }
  for (let g = 1; g <= OCMW.groups; g++) await addGroupStaff(db, groupIdOf(g), caseManagerOf(g));
  return { trajectories, events };
}
