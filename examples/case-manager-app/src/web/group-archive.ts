import { addDays } from "../domain/time";

// A group page lists its mothers and its sessions. An OCMW that runs the same group for
// years would have the page grow with every generation: after five years, a hundred
// mothers and a hundred and fifty sessions, most long finished. By default the page
// shows what is under way and what ended or happened in the last year; the rest is one
// link away (docs/decisions.md, "The group page shows a year").

/** How far back the group page looks by default. */
export const GROUP_PAGE_DAYS = 365;

/** The first day the group page shows by default, a year before `today` (YYYY-MM-DD). */
export function groupPageSince(today: string): string {
  return addDays(today, -GROUP_PAGE_DAYS);
}

/**
 * Whether the group page lists a trajectory by default: every one not closed, and a
 * closed one whose last event is on or after `since` (her local date). Pure.
 */
export function isListedSince(
  entry: { readonly phase: string | null; readonly lastEventAt: string | null },
  since: string,
): boolean {
  if (entry.phase !== "closed") return true;
  return entry.lastEventAt !== null && entry.lastEventAt.slice(0, 10) >= since;
}

/** Whether the group page shows a session of this date (YYYY-MM-DD) by default. Pure. */
export function isSessionSince(date: string, since: string): boolean {
  return date >= since;
}
