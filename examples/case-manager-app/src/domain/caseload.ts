import type { Goal, ParticipantProfile } from "@miriam/schemas";
import type { currentPhase, DueAction, TrajectoryState } from "@miriam/trajectory";

/**
 * One trajectory of a caseload as the lists read it (group page, worklist, search): her
 * replayed state from the projection, what is due today, and her profile. Made by
 * `Trajectories.caseload`, one read for all of a case manager's groups.
 */
export interface CaseloadEntry {
  readonly trajectoryId: string;
  readonly groupId: string;
  readonly projectId: string;
  /** Her stream's version: what a form opened from the list expects. */
  readonly version: number;
  readonly state: TrajectoryState;
  readonly phase: ReturnType<typeof currentPhase>;
  readonly paused: boolean;
  readonly lastEventAt: string | null;
  /** Due actions today, with her project's settings. */
  readonly due: readonly DueAction[];
  /** Her goals with their words and replayed status, as `goalsIn` gives them. */
  readonly goals: readonly Goal[];
  /** The group topics she proposed that her case manager confirmed. */
  readonly topics: readonly string[];
  /** Her name and contact details; undefined once erased (or never recorded). */
  readonly profile: ParticipantProfile | undefined;
  readonly erased: boolean;
}

/** Lower case without accents, so "celine" finds "Céline". */
const folded = (text: string) =>
  text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase("und");

/**
 * The entries whose name or trajectory id (her file number in the app) contains every
 * word of `query`, ignoring case and accents; all entries for an empty query. Pure.
 *
 * @example
 * ```ts
 * searchCaseload(await kit.caseload(groupIds), "amina el")
 * ```
 */
export function searchCaseload(entries: readonly CaseloadEntry[], query: string): CaseloadEntry[] {
  const words = folded(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...entries];
  return entries.filter((entry) => {
    const haystack = haystackOf(entry);
    return words.every((word) => haystack.includes(word));
  });
}

// Folded once per profile: `Trajectories.caseload` keeps a profile's object while its
// text stays the same, so a search made again folds nothing.
const haystacks = new WeakMap<ParticipantProfile, string>();
function haystackOf(entry: Pick<CaseloadEntry, "trajectoryId" | "profile">): string {
  const { profile } = entry;
  const known = profile && haystacks.get(profile);
  if (known !== undefined) return known;
  const haystack = folded(
    [entry.trajectoryId, profile?.givenName ?? "", profile?.familyName ?? ""].join(" "),
  );
  if (profile) haystacks.set(profile, haystack);
  return haystack;
}
