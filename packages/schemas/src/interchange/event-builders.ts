import type { z } from "zod";
import type {
  GroupEventOf,
  groupEventData,
  TrajectoryEventOf,
  trajectoryEventData,
} from "../schemas/events";
import { brusselsTimestamp } from "../time/brussels-time";
import type { Problem } from "../validation/problem-shape";
import { type ValidationOptions, validate } from "../validation/validate";
import type { GroupEventType, TrajectoryEventType } from "../vocabulary";

/** What a trajectory event needs from its writer; the id and the time can be left out. */
export interface TrajectoryEventInit<T extends TrajectoryEventType> {
  /** Pseudonymous id of her trajectory. */
  readonly trajectoryId: string;
  /** Pseudonymous id of the worker who records it. */
  readonly by: string;
  /** The event's data, as its schema takes it (defaults may be left out). */
  readonly data: z.input<(typeof trajectoryEventData)[T]>;
  /** When it happened: a timestamp with offset, or a `Date`. Default: now, Brussels time. */
  readonly at?: string | Date;
  /** The event's id. Default: `<trajectoryId>.<random>`. */
  readonly id?: string;
}

/** What a group event needs from its writer; the id and the time can be left out. */
export interface GroupEventInit<T extends GroupEventType> {
  /** The group's id. */
  readonly groupId: string;
  /** Pseudonymous id of the worker who records it. */
  readonly by: string;
  /** The event's data, as its schema takes it. */
  readonly data: z.input<(typeof groupEventData)[T]>;
  /** When it happened: a timestamp with offset, or a `Date`. Default: now, Brussels time. */
  readonly at?: string | Date;
  /** The event's id. Default: `<groupId>.<random>`. */
  readonly id?: string;
}

/**
 * An event a builder refused: its problems, each with its path, what was expected and
 * what was found (never a personal value), and a message listing them.
 */
export class InvalidEventError extends Error {
  /** Every problem found. */
  readonly problems: readonly Problem[];

  constructor(type: string, problems: readonly Problem[]) {
    super(
      `The ${type} event is not valid:\n${problems.map((p) => `- ${p.path}: ${p.message}`).join("\n")}`,
    );
    this.name = "InvalidEventError";
    this.problems = problems;
  }
}

/**
 * Builds one trajectory event of the interchange format: fills in its id and time when
 * they are left out (now, as a Brussels timestamp with its offset), validates it against
 * the event's schema and the project's life domains, and returns it with its defaults
 * filled in. Throws {@link InvalidEventError} with every problem when it is not valid, so
 * an invalid event is never written. The data's type follows the event type.
 *
 * @example
 * ```ts
 * const consent = trajectoryEvent("consent.given", {
 *   trajectoryId: "gent-2026-b-03",
 *   by: "cm-01",
 *   at: "2026-10-02T10:00:00+02:00",
 *   data: { scopes: ["processing"], noticeVersion: "2026-1" },
 * });
 * ```
 */
export function trajectoryEvent<T extends TrajectoryEventType>(
  type: T,
  init: TrajectoryEventInit<T>,
  options?: ValidationOptions,
): TrajectoryEventOf<T> {
  const stream = { trajectoryId: init.trajectoryId };
  return built("trajectory-event", type, stream, init, options) as TrajectoryEventOf<T>;
}

/**
 * Builds one group event of the interchange format, as {@link trajectoryEvent} does for
 * a trajectory: id and time filled in when left out, validated, or
 * {@link InvalidEventError}.
 *
 * @example
 * ```ts
 * const session = groupEvent("group-session.held", {
 *   groupId: "gent-2026-b",
 *   by: "cm-01",
 *   data: { date: "2026-11-19", minutes: 120, topic: "Wonen", withChildren: false, attendees: ["gent-2026-b-03"] },
 * });
 * ```
 */
export function groupEvent<T extends GroupEventType>(
  type: T,
  init: GroupEventInit<T>,
  options?: ValidationOptions,
): GroupEventOf<T> {
  return built("group-event", type, { groupId: init.groupId }, init, options) as GroupEventOf<T>;
}

// The one way both builders fill in, validate and refuse an event; the stream's id (her
// trajectory's or the group's) also starts a default event id.
function built(
  schema: "trajectory-event" | "group-event",
  type: string,
  stream: { readonly trajectoryId: string } | { readonly groupId: string },
  init: {
    readonly by: string;
    readonly data: unknown;
    readonly at?: string | Date;
    readonly id?: string;
  },
  options: ValidationOptions | undefined,
): unknown {
  const streamId = "trajectoryId" in stream ? stream.trajectoryId : stream.groupId;
  const candidate = {
    id: init.id ?? `${streamId}.${randomSuffix()}`,
    ...stream,
    type,
    at: timeOf(init.at),
    by: init.by,
    data: init.data,
  };
  const result = validate(schema, candidate, options);
  if (!result.ok) throw new InvalidEventError(type, result.problems);
  return result.value;
}

// A `Date` is written as Brussels time with its offset, as the kit writes every time; a
// string is validated as it is (a time without an offset is refused by the schema).
function timeOf(at: string | Date | undefined): string {
  if (at === undefined) return brusselsTimestamp(new Date());
  return typeof at === "string" ? at : brusselsTimestamp(at);
}

// 12 hex digits of a random UUID: unique enough within a trajectory's or group's log, and
// available in Node and in browsers without an import.
function randomSuffix(): string {
  return globalThis.crypto.randomUUID().replaceAll("-", "").slice(0, 12);
}
