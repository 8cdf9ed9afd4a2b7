import type { ParticipantProfile, ProjectSettingsInput } from "@miriam/schemas";
import { groupsOfUser, type User } from "../../db/accounts";
import { listGroups, trajectoriesOfGroup } from "../../db/event-store";
import { type LoadedTrajectory, loadProfile } from "../../domain/trajectories";
import type { Deps } from "../context";

// A worker's caseload, the one place her day pages (worklist, search, calendar, agenda
// feed) read who she may see: a case manager the groups she staffs, a coordinator every
// group of her project (the same rule as `canSeeGroup`), an administrator nobody.

/** Ids of the groups a user may see. */
export async function visibleGroupIds(deps: Deps, user: User): Promise<string[]> {
  if (user.role === "case-manager") return groupsOfUser(deps.kit.db, user.id);
  if (user.role === "coordinator" && user.projectId !== null)
    return (await listGroups(deps.kit.db, user.projectId)).map((g) => g.groupId);
  return [];
}

/** One group of the caseload, with its project's settings. */
export interface CaseloadGroup {
  readonly groupId: string;
  readonly name: string;
  readonly projectId: string;
  readonly settings: ProjectSettingsInput | undefined;
}

/** One mother of the caseload: her replayed trajectory and her profile (if not erased). */
export interface CaseloadMember {
  readonly trajectoryId: string;
  readonly group: CaseloadGroup;
  readonly loaded: LoadedTrajectory;
  readonly profile: ParticipantProfile | undefined;
}

/** The groups a user may see. */
export async function caseloadGroups(deps: Deps, user: User): Promise<CaseloadGroup[]> {
  const groups: CaseloadGroup[] = [];
  for (const groupId of await visibleGroupIds(deps, user)) {
    const stream = await deps.kit.stream("group", groupId);
    if (stream === undefined) continue;
    groups.push({
      groupId,
      name: await deps.kit.groupName(groupId),
      projectId: stream.projectId,
      settings: await deps.kit.projectSettings(stream.projectId),
    });
  }
  return groups;
}

/**
 * Every mother of the groups a user may see. `withEvents` reads and replays each whole log
 * (for her goals' words); without, the cached states serve.
 */
export async function caseloadMembers(
  deps: Deps,
  groups: readonly CaseloadGroup[],
  withEvents = false,
): Promise<CaseloadMember[]> {
  const members: CaseloadMember[] = [];
  for (const group of groups)
    for (const trajectoryId of await trajectoriesOfGroup(deps.kit.db, group.groupId)) {
      const loaded = await deps.kit.load(trajectoryId, withEvents);
      if (loaded === undefined) continue;
      const { profile } = await loadProfile(deps.kit.db, trajectoryId);
      members.push({ trajectoryId, group, loaded, profile });
    }
  return members;
}

/** Her name as a list shows it, or her file number when her profile is gone. */
export const displayName = (member: Pick<CaseloadMember, "profile" | "trajectoryId">) =>
  member.profile ? `${member.profile.givenName} ${member.profile.familyName}` : member.trajectoryId;
