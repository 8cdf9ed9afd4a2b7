import type { User } from "../db/accounts";
import { eraseParticipant } from "./privacy";
import type { Trajectories } from "./trajectories";

// The rule that a closing needs a retention period lives in retention-rule.ts, so that
// recording events does not import erasure (no import cycle).
export { RetentionNotSetError, requireRetentionToClose } from "./retention-rule";

/** The calendar date `months` before `date` (YYYY-MM-DD), the day clamped to the month's end. */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

/** A closed trajectory whose retention period has passed. */
export interface PastRetention {
  readonly trajectoryId: string;
  readonly projectId: string;
  /** The calendar date of the closing (as recorded, in local time). */
  readonly closedOn: string;
  readonly monthsAfterClosing: number;
}

/**
 * Closed trajectories, not yet erased, whose closing lies more than their project's
 * retention period before `today`. Projects without a retention period list none.
 */
export async function pastRetention(kit: Trajectories, today: string): Promise<PastRetention[]> {
  const rows = await kit.db.all<{ stream_id: string; project_id: string; closed_at: string }>(
    `SELECT e.stream_id, s.project_id, MAX(e.at) AS closed_at
       FROM events e JOIN streams s ON s.stream_id = e.stream_id
      WHERE e.type = 'trajectory.closed' AND s.kind = 'trajectory'
        AND substr(e.stream_id, 12) NOT IN (SELECT trajectory_id FROM erasures)
        AND substr(e.stream_id, 12) NOT IN (SELECT trajectory_id FROM profiles WHERE erased_at IS NOT NULL)
      GROUP BY e.stream_id, s.project_id
      ORDER BY e.stream_id`,
  );
  const out: PastRetention[] = [];
  for (const row of rows) {
    const months = (await kit.projectSettings(row.project_id))?.retention?.monthsAfterClosing;
    if (months === undefined) continue;
    const closedOn = row.closed_at.slice(0, 10);
    if (closedOn < monthsBefore(today, months))
      out.push({
        trajectoryId: row.stream_id.slice("trajectory:".length),
        projectId: row.project_id,
        closedOn,
        monthsAfterClosing: months,
      });
  }
  return out;
}

/** The worker id that retention erasures are recorded under (tombstone, audit log). */
export const RETENTION_WORKER: User = {
  id: "system-retention",
  username: "system-retention",
  displayName: "Retention",
  role: "admin",
  projectId: null,
  language: "en",
  active: true,
};

/**
 * Erases every trajectory past its retention period (legal basis `retention-ended`),
 * or with `dryRun` only lists them. Returns what it erased or would erase.
 */
export async function enforceRetention(
  kit: Trajectories,
  today: string,
  options: { dryRun: boolean },
): Promise<PastRetention[]> {
  const due = await pastRetention(kit, today);
  if (!options.dryRun)
    for (const item of due)
      await eraseParticipant(kit, RETENTION_WORKER, item.trajectoryId, "retention-ended");
  return due;
}
