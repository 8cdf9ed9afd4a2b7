import {
  type GroupCorrectionEvent,
  type GroupEvent,
  groupCorrectionEventTypes,
  type LogEntry,
  labels,
  type MethodGroupEvent,
} from "@miriam/schemas";
import type { Refusal } from "./_check";
import { groupSchemaRefusals } from "./_record-checks";
import { withCorrectedFields } from "./corrections";
import { eventOrderOf } from "./event-order";

// Corrections and voids of a group's own log (docs/decisions.md, "The event log"): a
// session's date, topic, minutes or attendance. The one place that turns group logs into
// the events every view reads; `groupSessions`, `groupSessionAttendance` and the
// programme replay call it, so reports, documents, the CLI and the app read the corrected
// sessions without code of their own.

/** A group's event or its log entry (`{ line, event }`). */
export type GroupLogItem<E extends GroupEvent = GroupEvent> = E | LogEntry<E>;

/** One correction or void of a group's log, as the audit trail shows it. */
export interface GroupCorrectionRecord {
  /** The `group-event.corrected` or `group-event.voided` event itself: who, when, why. */
  readonly correction: GroupCorrectionEvent;
  /** Its 1-based line in the log, when the events came from a parsed log. */
  readonly line?: number;
  /** The event it points at as it read just before, or `undefined` when there is none. */
  readonly before?: MethodGroupEvent;
  /** The event as it reads after a correction that was applied; `undefined` for a void. */
  readonly after?: MethodGroupEvent;
  /** Whether it was applied. A refused one changes nothing, and `refusals` say why. */
  readonly applied: boolean;
  /** Why it was refused; empty when applied. */
  readonly refusals: readonly Refusal[];
}

/** What {@link effectiveGroupEvents} makes of group logs. */
export interface EffectiveGroupLog<I extends GroupLogItem = GroupLogItem> {
  /**
   * The events as every view reads them, in log order: each corrected event in its
   * corrected form (same id, line and author), voided events, corrections and voids left
   * out. The same array as was given when the logs hold no correction or void.
   */
  readonly events: readonly (I extends LogEntry<GroupEvent>
    ? LogEntry<MethodGroupEvent>
    : MethodGroupEvent)[];
  /** The audit trail: every correction and void, in the order they were resolved. */
  readonly corrections: readonly GroupCorrectionRecord[];
}

const eventOf = <E extends GroupEvent>(item: GroupLogItem<E>): E =>
  "event" in item && "line" in item ? item.event : (item as E);

/** Whether a group event is a correction or a void (`group-event.corrected`, `group-event.voided`). Pure. */
export function isGroupCorrection(event: { readonly type: string }): event is GroupCorrectionEvent {
  return groupCorrectionEventTypes.has(event.type);
}

/**
 * Resolves the corrections and voids of one or more group logs: the events as every view
 * reads them (a session with its corrected date or attendance, a voided session left
 * out) and the audit trail. Corrections apply in the canonical order (time, then log
 * position), the later one winning field by field. A correction or void is refused, and
 * changes nothing, when it points at no event of its own group's log, at another
 * correction or void, or at a voided event, and a correction when the corrected event
 * breaks its schema. Its effect on the mothers' trajectories (an attendance added or
 * taken away) shows in their replays, not here. A log without corrections costs one
 * scan. Pure.
 *
 * @example
 * ```ts
 * const { events, corrections } = effectiveGroupEvents(groupEvents);
 * const sessions = groupSessions(events); // the corrected dates and attendance
 * ```
 */
export function effectiveGroupEvents<I extends GroupLogItem>(
  groupEvents: Iterable<I>,
): EffectiveGroupLog<I> {
  const items = Array.isArray(groupEvents) ? (groupEvents as readonly I[]) : [...groupEvents];
  if (!items.some((item) => isGroupCorrection(eventOf(item))))
    return { events: items as EffectiveGroupLog<I>["events"], corrections: [] };

  const current: (GroupLogItem<MethodGroupEvent> | undefined)[] = [];
  const byId = new Map<string, number>();
  const amendmentIds = new Set<string>();
  const amendments: number[] = [];
  items.forEach((item, position) => {
    const event = eventOf(item);
    if (isGroupCorrection(event)) {
      current.push(undefined);
      amendments.push(position);
      amendmentIds.add(event.id);
    } else {
      current.push(item as GroupLogItem<MethodGroupEvent>);
      if (!byId.has(event.id)) byId.set(event.id, position);
    }
  });
  const voided = new Set<number>();
  const corrections: GroupCorrectionRecord[] = [];
  const order =
    eventOrderOf(
      amendments.map((position) => items[position]!),
      (item) => eventOf(item).at,
    ) ?? amendments.map((_, index) => index);
  for (const index of order) {
    const item = items[amendments[index]!]!;
    const correction = eventOf(item) as GroupCorrectionEvent;
    const line = "event" in item && "line" in item ? item.line : undefined;
    const target = byId.get(correction.data.eventId);
    const before = target === undefined ? undefined : eventOf(current[target] ?? items[target]!);
    const record = (refusals: readonly Refusal[], after?: MethodGroupEvent) =>
      corrections.push({
        correction,
        ...(line === undefined ? {} : { line }),
        ...(before === undefined ? {} : { before: before as MethodGroupEvent }),
        ...(after === undefined ? {} : { after }),
        applied: refusals.length === 0,
        refusals,
      });
    const refusal =
      target === undefined
        ? targetRefusal(
            correction,
            amendmentIds.has(correction.data.eventId) ? "correction" : "unknown",
          )
        : before!.groupId !== correction.groupId
          ? targetRefusal(correction, "elsewhere")
          : voided.has(target)
            ? targetRefusal(correction, "voided")
            : undefined;
    if (refusal !== undefined) {
      record([refusal]);
      continue;
    }
    if (correction.type === "group-event.voided") {
      current[target!] = undefined;
      voided.add(target!);
      record([]);
      continue;
    }
    const after = correctedGroupEvent(before as MethodGroupEvent, correction);
    const invalid = groupSchemaRefusals(after);
    if (invalid.length > 0) {
      record(invalid);
      continue;
    }
    const original = current[target!]!;
    // A log entry keeps whatever else its reader put beside the event (its file, say).
    current[target!] =
      "event" in original && "line" in original ? { ...original, event: after } : after;
    record([], after);
  }
  const events = current.filter((item) => item !== undefined);
  return { events: events as unknown as EffectiveGroupLog<I>["events"], corrections };
}

/**
 * The group event as a correction says it should have been: its time and the data fields
 * the correction gives replace the original's (each field whole, so a corrected
 * `attendees` is the whole list of mothers present); id, type, group and author stay. Not
 * checked: {@link effectiveGroupEvents} checks the result against its schema. Pure.
 */
export function correctedGroupEvent(
  event: MethodGroupEvent,
  correction: Extract<GroupCorrectionEvent, { type: "group-event.corrected" }>,
): MethodGroupEvent {
  return withCorrectedFields(event, correction.data.corrected);
}

const TITLE = labels(
  "Correctie van een gebeurtenis van dezelfde groep",
  "Correction d'un événement du même groupe",
  "Korrektur eines Ereignisses derselben Gruppe",
  "Correction of an event of the same group",
);
const REMEDY = labels(
  "Verwijs naar het id van een oorspronkelijke, niet geschrapte gebeurtenis uit het logboek van deze groep; registreer een geschrapte gebeurtenis opnieuw als nieuwe gebeurtenis.",
  "Indiquez l'identifiant d'un événement d'origine, non annulé, du journal de ce groupe ; enregistrez à nouveau un événement annulé, comme un nouvel événement.",
  "Verweisen Sie auf die ID eines ursprünglichen, nicht gestrichenen Ereignisses aus dem Protokoll dieser Gruppe; erfassen Sie ein gestrichenes Ereignis erneut als neues Ereignis.",
  "Point at the id of an original event of this group's log that is not voided; record a voided event again, as a new event.",
);

function targetRefusal(
  correction: GroupCorrectionEvent,
  because: "unknown" | "elsewhere" | "correction" | "voided",
): Refusal {
  const id = correction.data.eventId;
  const message = {
    unknown: labels(
      `Er is geen gebeurtenis met id ${id} in het logboek van deze groep.`,
      `Il n'y a pas d'événement d'identifiant ${id} dans le journal de ce groupe.`,
      `Im Protokoll dieser Gruppe gibt es kein Ereignis mit der ID ${id}.`,
      `There is no event with id ${id} in this group's log.`,
    ),
    elsewhere: labels(
      `De gebeurtenis ${id} hoort bij een andere groep.`,
      `L'événement ${id} appartient à un autre groupe.`,
      `Das Ereignis ${id} gehört zu einer anderen Gruppe.`,
      `The event ${id} belongs to another group.`,
    ),
    correction: labels(
      `${id} is zelf een correctie of schrapping; een correctie wijst altijd naar de oorspronkelijke gebeurtenis.`,
      `${id} est lui-même une correction ou une annulation ; une correction vise toujours l'événement d'origine.`,
      `${id} ist selbst eine Korrektur oder Streichung; eine Korrektur verweist immer auf das ursprüngliche Ereignis.`,
      `${id} is itself a correction or a void; a correction always points at the original event.`,
    ),
    voided: labels(
      `De gebeurtenis ${id} is al geschrapt.`,
      `L'événement ${id} a déjà été annulé.`,
      `Das Ereignis ${id} wurde schon gestrichen.`,
      `The event ${id} was voided already.`,
    ),
  }[because];
  return {
    rule: because === "voided" ? "not-voided" : "correction-target",
    title: TITLE,
    message,
    remedy: REMEDY,
  };
}
