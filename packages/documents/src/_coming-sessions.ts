import { type GroupEvent, type ProjectSettingsInput, sessionDates } from "@miriam/schemas";
import { effectiveGroupEvents, type TrajectoryHistory } from "@miriam/trajectory";
import type { MyPlanData } from "./templates/my-plan";

/** How many coming sessions "My plan" lists: the next few, not the whole year. */
const SHOWN = 3;

/**
 * Her group's next planned sessions from `today` on, from the group's schedule in the
 * project settings, leaving out the dates already held; `undefined` when the settings
 * hold no schedule for her group (the document then says her case manager will tell her).
 * Pure.
 */
export function comingSessions(
  settings: ProjectSettingsInput | undefined,
  history: TrajectoryHistory,
  groupEvents: readonly GroupEvent[],
  today: string,
): MyPlanData["comingSessions"] {
  const groupId = history.state.context.referral?.groupId;
  const schedule = settings?.groups?.find((group) => group.id === groupId);
  if (settings === undefined || schedule === undefined) return undefined;
  const held = new Set(
    effectiveGroupEvents(groupEvents).events.flatMap((event) =>
      event.type === "group-session.held" && event.groupId === groupId ? [event.data.date] : [],
    ),
  );
  return sessionDates({
    startDate: schedule.startDate,
    sessionCadenceDays: schedule.sessionCadenceDays ?? 14,
    trajectoryLengthMonths: settings.trajectoryLengthMonths ?? 10,
  })
    .filter((date) => date >= today && !held.has(date))
    .slice(0, SHOWN)
    .map((date) => ({ date }));
}
