import type { ProjectSettingsInput } from "@miriam/schemas";
import { groupsOfUser, type User } from "../../db/accounts";
import { listGroups } from "../../db/event-store";
import type { CaseloadEntry } from "../../domain/caseload";
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

/** One mother of the caseload: her projected trajectory with her group and profile. */
export interface CaseloadMember extends CaseloadEntry {
  readonly group: CaseloadGroup;
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
 * Every mother of the groups a user may see, from the projection in one read
 * (`Trajectories.caseload`): her state, what is due, her goals' words; no log is read.
 */
export async function caseloadMembers(
  deps: Deps,
  groups: readonly CaseloadGroup[],
  /**
   * Only the entries it accepts, judged before her profile is read (most of five years'
   * trajectories are closed, and the worklist names only the open ones).
   */
  which?: (entry: Omit<CaseloadEntry, "profile" | "erased">) => boolean,
): Promise<CaseloadMember[]> {
  const byId = new Map(groups.map((group) => [group.groupId, group]));
  return (await deps.kit.caseload([...byId.keys()], which)).map((entry) => ({
    ...entry,
    group: byId.get(entry.groupId)!,
  }));
}

/** Her name as a list shows it, or her file number when her profile is gone. */
export const displayName = (member: Pick<CaseloadMember, "profile" | "trajectoryId">) =>
  member.profile ? `${member.profile.givenName} ${member.profile.familyName}` : member.trajectoryId;
