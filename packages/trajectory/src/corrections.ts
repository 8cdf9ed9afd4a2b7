import {
  type CorrectionEvent,
  correctionEventTypes,
  frenchSpacing,
  type Language,
  type LogEntry,
  labels,
  localeOf,
  type MethodTrajectoryEvent,
  type TrajectoryEvent,
  trajectoryEventTypes,
} from "@miriam/schemas";
import type { Refusal } from "./_check";
import { schemaRefusals } from "./_record-checks";
import { eventOrderOf } from "./event-order";

// Corrections and voids (docs/decisions.md, "Corrections and voids"). The one place that
// turns a trajectory's log into the events every view reads: replay (and so reports,
// documents, the CLI and the app) resolves them here before the statechart sees anything.

/** A trajectory's event or its log entry (`{ line, event }`), as replay takes them. */
export type LogItem<E extends TrajectoryEvent = TrajectoryEvent> = E | LogEntry<E>;

/** One correction or void of a trajectory's log, as the audit trail shows it. */
export interface CorrectionRecord {
  /** The `event.corrected` or `event.voided` event itself: who, when, why. */
  readonly correction: CorrectionEvent;
  /** Its 1-based line in the log, when the events came from `parseEventLog`. */
  readonly line?: number;
  /**
   * The event it points at as it read just before (for the first correction: as
   * recorded), or `undefined` when the log holds no such event.
   */
  readonly before?: MethodTrajectoryEvent;
  /** The event as it reads after a correction that was applied; `undefined` for a void. */
  readonly after?: MethodTrajectoryEvent;
  /** Whether it was applied. A refused one changes nothing, and `refusals` say why. */
  readonly applied: boolean;
  /** Why it was refused; empty when applied. */
  readonly refusals: readonly Refusal[];
}

/** What {@link effectiveEvents} makes of a log. */
export interface EffectiveLog<I extends LogItem = LogItem> {
  /**
   * The events as every view reads them, in log order: each corrected event in its
   * corrected form (same id, line and author), voided events, corrections and voids left
   * out. The same array as was given when the log holds no correction or void.
   */
  readonly events: readonly (I extends LogEntry<TrajectoryEvent>
    ? LogEntry<MethodTrajectoryEvent>
    : MethodTrajectoryEvent)[];
  /** The audit trail: every correction and void, in the order they were resolved. */
  readonly corrections: readonly CorrectionRecord[];
}

/**
 * @internal Asks the replay which events a log would refuse: their keys
 * (`trajectory:<id>`, `group:<session id>`) with the first refusal of each.
 */
export type RefusalsOfLog = (
  events: readonly LogItem<MethodTrajectoryEvent>[],
  positions: readonly number[],
) => ReadonlyMap<string, RefusedKey>;

/** @internal A refused event as {@link RefusalsOfLog} names it. */
export interface RefusedKey {
  readonly type: string;
  readonly at: string;
  readonly eventId: string;
  readonly refusals: readonly Refusal[];
}

/** @internal The resolution of a log, with where each effective event came from. */
export interface Resolution {
  readonly events: LogItem<MethodTrajectoryEvent>[];
  /** For each of `events`, its 0-based position in the log given. */
  readonly positions: number[];
  readonly corrections: CorrectionRecord[];
  /** For each of `corrections`, the position of the correction in the log given. */
  readonly correctionPositions: number[];
}

const eventOf = <E extends TrajectoryEvent>(item: LogItem<E>): E =>
  "event" in item ? item.event : item;

/** Whether an event is a correction or a void (`event.corrected`, `event.voided`). Pure. */
export function isCorrection(event: { readonly type: string }): event is CorrectionEvent {
  return correctionEventTypes.has(event.type);
}

/** @internal Whether any item of a log is a correction or a void: a scan, no copy. */
export function hasCorrections(items: readonly LogItem[]): boolean {
  for (const item of items) if (isCorrection(eventOf(item))) return true;
  return false;
}

/**
 * @internal Resolves the corrections and voids of a log in the canonical order (time,
 * then log position). Each is applied only when its target is an event of the same
 * trajectory, not voided, not itself a correction; when the corrected event matches its
 * schema; and when, replayed with it, the log refuses no event it accepted before
 * (`refusalsOf`). Otherwise it is refused with a reason and the log reads as before.
 */
export function resolveCorrections(
  items: readonly LogItem[],
  refusalsOf: RefusalsOfLog,
): Resolution {
  const current: (LogItem<MethodTrajectoryEvent> | undefined)[] = [];
  const byId = new Map<string, number>();
  const correctionIds = new Set<string>();
  const amendments: number[] = [];
  items.forEach((item, position) => {
    const event = eventOf(item);
    if (isCorrection(event)) {
      current.push(undefined);
      amendments.push(position);
      correctionIds.add(event.id);
    } else {
      current.push(item as LogItem<MethodTrajectoryEvent>);
      if (!byId.has(event.id)) byId.set(event.id, position);
    }
  });
  const build = (state: readonly (LogItem<MethodTrajectoryEvent> | undefined)[]) => {
    const events: LogItem<MethodTrajectoryEvent>[] = [];
    const positions: number[] = [];
    state.forEach((item, position) => {
      if (item === undefined) return;
      events.push(item);
      positions.push(position);
    });
    return { events, positions };
  };
  const replayOf = (state: readonly (LogItem<MethodTrajectoryEvent> | undefined)[]) => {
    const { events, positions } = build(state);
    return refusalsOf(events, positions);
  };

  let refused = replayOf(current);
  const voided = new Set<number>();
  const corrections: CorrectionRecord[] = [];
  const correctionPositions: number[] = [];
  const order =
    eventOrderOf(
      amendments.map((position) => items[position]!),
      (item) => eventOf(item).at,
    ) ?? amendments.map((_, index) => index);

  for (const index of order) {
    const position = amendments[index]!;
    const item = items[position]!;
    const correction = eventOf(item) as CorrectionEvent;
    const line = "event" in item ? item.line : undefined;
    const target = byId.get(correction.data.eventId);
    const before = target === undefined ? undefined : eventOf(current[target] ?? items[target]!);
    const record = (
      applied: boolean,
      refusals: readonly Refusal[],
      after?: MethodTrajectoryEvent,
    ) => {
      corrections.push({
        correction,
        ...(line === undefined ? {} : { line }),
        ...(before === undefined ? {} : { before: before as MethodTrajectoryEvent }),
        ...(after === undefined ? {} : { after }),
        applied,
        refusals,
      });
      correctionPositions.push(position);
    };

    const targetRefusal =
      target === undefined
        ? targetRefusals(
            correction,
            correctionIds.has(correction.data.eventId) ? "correction" : "unknown",
          )
        : before!.trajectoryId !== correction.trajectoryId
          ? targetRefusals(correction, "elsewhere")
          : voided.has(target)
            ? voidedRefusals(correction)
            : NONE;
    if (targetRefusal.length > 0) {
      record(false, targetRefusal);
      continue;
    }

    const trial = current.slice();
    let after: MethodTrajectoryEvent | undefined;
    if (correction.type === "event.voided") trial[target!] = undefined;
    else {
      after = corrected(before as MethodTrajectoryEvent, correction);
      const invalid = schemaRefusals(after);
      if (invalid.length > 0) {
        record(false, [
          inconsistencyRefusal(correction, {
            type: before!.type,
            at: before!.at,
            eventId: before!.id,
            refusals: invalid,
          }),
        ]);
        continue;
      }
      const original = current[target!]!;
      trial[target!] = "event" in original ? { line: original.line, event: after } : after;
    }
    const next = replayOf(trial);
    const broken = [...next].filter(([key]) => !refused.has(key));
    if (broken.length > 0) {
      record(false, [inconsistencyRefusal(correction, broken[0]![1])]);
      continue;
    }
    current.splice(0, current.length, ...trial);
    refused = next;
    if (correction.type === "event.voided") voided.add(target!);
    record(true, NONE, after);
  }
  return { ...build(current), corrections, correctionPositions };
}

/**
 * The event as a correction says it should have been: its time and the data fields the
 * correction gives replace the original's (each data field whole); id, type, trajectory
 * and author stay. Not checked: the caller checks the result against its schema. Pure.
 */
export function correctedEvent(
  event: MethodTrajectoryEvent,
  correction: Extract<CorrectionEvent, { type: "event.corrected" }>,
): MethodTrajectoryEvent {
  return corrected(event, correction);
}

function corrected(event: MethodTrajectoryEvent, correction: CorrectionEvent) {
  if (correction.type !== "event.corrected") return event;
  return withCorrectedFields(event, correction.data.corrected);
}

/**
 * @internal An event (a trajectory's or a group's) with the corrected time and data fields
 * of a correction, each data field replacing the original's whole. Pure, not checked.
 */
export function withCorrectedFields<E extends { readonly at: string; readonly data: object }>(
  event: E,
  fields: { readonly at?: string | undefined; readonly data?: Record<string, unknown> | undefined },
): E {
  const { at, data } = fields;
  return {
    ...event,
    ...(at === undefined ? {} : { at }),
    ...(data === undefined ? {} : { data: { ...event.data, ...data } }),
  };
}

const NONE: readonly Refusal[] = Object.freeze([]);

const TARGET_TITLE = labels(
  "Correctie van een gebeurtenis van hetzelfde traject",
  "Correction d'un événement du même trajet",
  "Korrektur eines Ereignisses desselben Trajekts",
  "Correction of an event of the same trajectory",
);
const TARGET_REMEDY = labels(
  "Verwijs naar het id van de oorspronkelijke gebeurtenis van deze deelneemster; om een correctie te herzien, corrigeer de oorspronkelijke gebeurtenis opnieuw.",
  "Indiquez l'identifiant de l'événement d'origine de cette participante ; pour revoir une correction, corrigez à nouveau l'événement d'origine.",
  "Verweisen Sie auf die ID des ursprünglichen Ereignisses dieser Teilnehmerin; um eine Korrektur zu ändern, korrigieren Sie das ursprüngliche Ereignis erneut.",
  "Point at the id of the original event of this participant; to change a correction, correct the original event again.",
);

function targetRefusals(
  correction: CorrectionEvent,
  because: "unknown" | "elsewhere" | "correction",
): readonly Refusal[] {
  const id = correction.data.eventId;
  const message = {
    unknown: labels(
      `Er is geen gebeurtenis met id ${id} in het traject van deze deelneemster.`,
      `Il n'y a pas d'événement d'identifiant ${id} dans le trajet de cette participante.`,
      `Im Trajekt dieser Teilnehmerin gibt es kein Ereignis mit der ID ${id}.`,
      `There is no event with id ${id} in this participant's trajectory.`,
    ),
    elsewhere: labels(
      `De gebeurtenis ${id} hoort bij een ander traject.`,
      `L'événement ${id} appartient à un autre trajet.`,
      `Das Ereignis ${id} gehört zu einem anderen Trajekt.`,
      `The event ${id} belongs to another trajectory.`,
    ),
    correction: labels(
      `${id} is zelf een correctie of schrapping; een correctie wijst altijd naar de oorspronkelijke gebeurtenis.`,
      `${id} est lui-même une correction ou une annulation ; une correction vise toujours l'événement d'origine.`,
      `${id} ist selbst eine Korrektur oder Streichung; eine Korrektur verweist immer auf das ursprüngliche Ereignis.`,
      `${id} is itself a correction or a void; a correction always points at the original event.`,
    ),
  }[because];
  return [{ rule: "correction-target", title: TARGET_TITLE, message, remedy: TARGET_REMEDY }];
}

/**
 * @internal The refusal of a correction or void given to `applyEvent` or `canAccept`: it
 * is resolved against her whole log, which a state does not hold.
 */
export function needsLogRefusal(correction: CorrectionEvent): readonly Refusal[] {
  return [
    {
      rule: "correction-target",
      title: TARGET_TITLE,
      message: labels(
        `Een ${correctionEventTypes.label(correction.type, "nl")} gebeurtenis wordt toegepast door het hele traject opnieuw af te spelen, niet op een toestand alleen.`,
        `Un événement ${correctionEventTypes.label(correction.type, "fr")} s'applique en rejouant tout le trajet, pas à un état seul.`,
        `Ein ${correctionEventTypes.label(correction.type, "de")}es Ereignis wird angewandt, indem das ganze Trajekt neu abgespielt wird, nicht auf einen Zustand allein.`,
        `A ${correctionEventTypes.label(correction.type, "en")} event is applied by replaying the whole trajectory, not to a state alone.`,
      ),
      remedy: labels(
        "Speel het traject af met de correctie erbij (replay of effectiveEvents).",
        "Rejouez le trajet avec la correction (replay ou effectiveEvents).",
        "Spielen Sie das Trajekt mit der Korrektur ab (replay oder effectiveEvents).",
        "Replay the trajectory with the correction (replay or effectiveEvents).",
      ),
    },
  ];
}

function voidedRefusals(correction: CorrectionEvent): readonly Refusal[] {
  const id = correction.data.eventId;
  return [
    {
      rule: "not-voided",
      title: labels(
        "Niet al geschrapt",
        "Pas déjà annulé",
        "Nicht schon gestrichen",
        "Not voided already",
      ),
      message:
        correction.type === "event.voided"
          ? labels(
              `De gebeurtenis ${id} is al geschrapt.`,
              `L'événement ${id} a déjà été annulé.`,
              `Das Ereignis ${id} wurde schon gestrichen.`,
              `The event ${id} was voided already.`,
            )
          : labels(
              `De gebeurtenis ${id} is geschrapt; een geschrapte gebeurtenis wordt niet meer gecorrigeerd.`,
              `L'événement ${id} a été annulé ; un événement annulé ne se corrige plus.`,
              `Das Ereignis ${id} wurde gestrichen; ein gestrichenes Ereignis wird nicht mehr korrigiert.`,
              `The event ${id} was voided; a voided event is not corrected any more.`,
            ),
      remedy: labels(
        "Registreer de gebeurtenis opnieuw als nieuwe gebeurtenis.",
        "Enregistrez l'événement à nouveau, comme un nouvel événement.",
        "Erfassen Sie das Ereignis erneut als neues Ereignis.",
        "Record the event again, as a new event.",
      ),
    },
  ];
}

function inconsistencyRefusal(correction: CorrectionEvent, broken: RefusedKey): Refusal {
  const what = (language: "nl" | "fr" | "de" | "en") =>
    trajectoryEventTypes.has(broken.type)
      ? trajectoryEventTypes.label(broken.type, language)
      : broken.type;
  // The day of the event it would break, in Brussels and in words, never its timestamp.
  const when = (language: Language) =>
    new Intl.DateTimeFormat(localeOf(language), {
      dateStyle: "medium",
      timeZone: "Europe/Brussels",
    }).format(new Date(broken.at));
  const reason = broken.refusals[0]?.message;
  const self = broken.eventId === correction.data.eventId;
  return {
    rule: "correction-consistent",
    title: labels(
      "Een correctie houdt het traject geldig",
      "Une correction garde le trajet valide",
      "Eine Korrektur lässt das Trajekt gültig",
      "A correction keeps the trajectory valid",
    ),
    message: labels(
      `Hiermee zou ${self ? "de gebeurtenis zelf" : `“${what("nl")}” (${when("nl")})`} geweigerd worden: ${reason?.nl ?? ""}`,
      frenchSpacing(
        `Avec ceci, ${self ? "l'événement lui-même" : `« ${what("fr")} » (${when("fr")})`} serait refusé : ${reason?.fr ?? ""}`,
      ),
      `Damit würde ${self ? "das Ereignis selbst" : `„${what("de")}“ (${when("de")})`} abgelehnt: ${reason?.de ?? ""}`,
      `This would make ${self ? "the event itself" : `“${what("en")}” (${when("en")})`} refused: ${reason?.en ?? ""}`,
    ),
    remedy: labels(
      "Corrigeer of schrap eerst wat ervan afhangt, of kies een andere correctie; de gebeurtenis blijft zoals ze was.",
      "Corrigez ou annulez d'abord ce qui en dépend, ou choisissez une autre correction ; l'événement reste tel quel.",
      "Korrigieren oder streichen Sie zuerst, was davon abhängt, oder wählen Sie eine andere Korrektur; das Ereignis bleibt, wie es war.",
      "First correct or void what depends on it, or choose another correction; the event stays as it was.",
    ),
  };
}
