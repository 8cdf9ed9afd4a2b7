import { type Language, labelAndValue, sessionDates } from "@miriam/schemas";
import type { DueAction } from "@miriam/trajectory";
import type { User } from "../../db/accounts";
import type { Deps } from "../context";
import { stepHref } from "../participants";
import {
  type CaseloadGroup,
  type CaseloadMember,
  caseloadGroups,
  caseloadMembers,
} from "./caseload";

// What falls on which day for a worker: her groups' sessions (planned from the project
// settings' schedule, and those held) and, for a case manager, what is due for each of her
// mothers (the kit's due actions). The calendar page and the agenda feed both read this.

/** A group session on a day: planned by the group's schedule, held, or both. */
export interface SessionEntry {
  readonly kind: "session";
  readonly date: string;
  readonly group: CaseloadGroup;
  /** Its number in the group's schedule and the schedule's length, when planned. */
  readonly planned?: { readonly n: number; readonly total: number };
  /** The recorded session, once held. */
  readonly held?: { readonly id: string; readonly topic: string; readonly minutes: number };
}

/** A due action of one of her mothers on its due date. */
export interface DueEntry {
  readonly kind: "due";
  readonly date: string;
  readonly member: CaseloadMember;
  readonly action: DueAction;
}

export type AgendaEntry = SessionEntry | DueEntry;

/** A group's sessions from `from` to `to` (both included), planned and held, by date. */
export async function groupSessionsBetween(
  deps: Deps,
  group: CaseloadGroup,
  from: string,
  to: string,
): Promise<SessionEntry[]> {
  const log = await deps.kit.group(group.groupId);
  const held = new Map<string, SessionEntry["held"]>();
  for (const event of log.events)
    if (event.type === "group-session.held")
      held.set(event.data.date, {
        id: event.id,
        topic: event.data.topic,
        minutes: event.data.minutes,
      });
  const schedule = group.settings?.groups.find((g) => g.id === group.groupId);
  const planned = schedule
    ? sessionDates({
        startDate: schedule.startDate,
        sessionCadenceDays: schedule.sessionCadenceDays ?? 14,
        trajectoryLengthMonths: group.settings?.trajectoryLengthMonths ?? 10,
      })
    : [];
  const entries = new Map<string, SessionEntry>();
  planned.forEach((date, index) => {
    if (date < from || date > to) return;
    const session = held.get(date);
    entries.set(date, {
      kind: "session",
      date,
      group,
      planned: { n: index + 1, total: planned.length },
      ...(session ? { held: session } : {}),
    });
  });
  for (const [date, session] of held)
    if (date >= from && date <= to && !entries.has(date))
      entries.set(date, { kind: "session", date, group, held: session });
  return [...entries.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

/**
 * Everything on a worker's agenda from `from` to `to`: her groups' sessions and, for a
 * case manager, her mothers' due actions. A coordinator sees sessions only: she does not
 * open participants' records.
 */
export async function agendaBetween(
  deps: Deps,
  user: User,
  from: string,
  to: string,
): Promise<AgendaEntry[]> {
  const groups = await caseloadGroups(deps, user);
  const entries: AgendaEntry[] = [];
  for (const group of groups) entries.push(...(await groupSessionsBetween(deps, group, from, to)));
  if (user.role === "case-manager")
    for (const member of await caseloadMembers(deps, groups, (m) => m.due.length > 0))
      for (const action of member.due)
        if (action.due >= from && action.due <= to)
          entries.push({ kind: "due", date: action.due, member, action });
  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Where an entry leads: the session's register, or the form that settles the due action. */
export function entryHref(entry: AgendaEntry): string {
  if (entry.kind === "due") return stepHref(entry.member.trajectoryId, entry.action.step);
  return entry.held
    ? `/groups/${entry.group.groupId}/sessions/${encodeURIComponent(entry.held.id)}`
    : `/groups/${entry.group.groupId}/sessions/new`;
}

/** An entry's title without any name: the due action's words or the session's group. */
export function entryTitle(entry: AgendaEntry, language: Language, sessionWord: string): string {
  return entry.kind === "due"
    ? entry.action.label[language]
    : labelAndValue(sessionWord, entry.group.name, language);
}
