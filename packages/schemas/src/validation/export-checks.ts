import { IdIndex } from "./id-index";
import { makeProblem } from "./problem";
import type { Problem, ProblemCode } from "./problem-shape";

/**
 * A check of event ids across every file of an export (its trajectories' log and its
 * group logs together): call it with each valid event's id, file and line, in reading
 * order. Returns a `duplicate-id` problem naming the file and line where the id was first
 * used, or `undefined`. Memory grows with the number of distinct ids (about 32 bytes
 * each), never with the files.
 */
export type ExportIdCheck = (id: string, file: string, line: number) => Problem | undefined;

/**
 * The `duplicate-id` problem of an event id used again at `line`: where it was first
 * used, with the file named only when it is another one. Every check of ids across an
 * export (this module's, `indexEventLogs`' callers in the conformance kit and the command
 * line) words it through this one function. Pure.
 *
 * @example
 * ```ts
 * duplicateIdProblem("ev-12", 40, { line: 3, file: "trajectories.jsonl" });
 * ```
 */
export function duplicateIdProblem(
  id: string,
  line: number,
  first: { readonly line: number; readonly file?: string },
): Problem {
  return makeProblem({
    code: "duplicate-id",
    path: ["id"],
    expected: {
      kind: "unused-id",
      id: "event",
      firstLine: first.line,
      ...(first.file === undefined ? {} : { firstFile: first.file }),
    },
    found: { kind: "string", value: id },
    line,
  });
}

/**
 * Makes an {@link ExportIdCheck}. Duplicates inside one file are already reported by the
 * line checker (`createLineChecker`); feed this one only the lines that checker passed,
 * so each duplicate is reported once.
 *
 * @example
 * ```ts
 * const checkId = createExportIdCheck();
 * const problem = checkId(event.id, "group-gent-2025-a.jsonl", 12);
 * // line 12, $.id: expected an event id not used before (already in trajectories.jsonl, line 3), ...
 * ```
 */
export function createExportIdCheck(): ExportIdCheck {
  const index = new IdIndex();
  const files: string[] = [];
  const numbers = new Map<string, number>();
  return (id, file, line) => {
    let number = numbers.get(file);
    if (number === undefined) {
      number = files.push(file) - 1;
      numbers.set(file, number);
    }
    const first = index.firstPlace(id, line, number);
    if (first === undefined) return undefined;
    const firstFile = files[first.file]!;
    return duplicateIdProblem(id, line, {
      line: first.line,
      ...(firstFile === file ? {} : { file: firstFile }),
    });
  };
}

/** Options of {@link futureDateProblem}. */
export interface FutureDateOptions {
  /** Now: the moment the check runs (the caller's clock; the check reads none). */
  readonly now: Date;
  /** Days a time may lie after `now` (the project setting `futureToleranceDays`). */
  readonly toleranceDays: number;
}

const DAY_MS = 86_400_000;

/**
 * A `future-date` problem when the event's time `at` lies more than the tolerance after
 * now, else `undefined`. An event records what happened, so a time in the future is a
 * typo (a wrong year or month) or a clock gone wrong; it is never replaced by now. Pure:
 * the caller passes its clock.
 *
 * @example
 * ```ts
 * const problem = futureDateProblem(event.at, { now: new Date(), toleranceDays: 1 }, 12);
 * ```
 */
export function futureDateProblem(
  at: string,
  options: FutureDateOptions,
  line?: number,
): Problem | undefined {
  const latest = options.now.getTime() + options.toleranceDays * DAY_MS;
  if (!(Date.parse(at) > latest)) return undefined;
  return makeProblem({
    code: "future-date",
    path: ["at"],
    expected: {
      kind: "not-in-future",
      latest: new Date(latest).toISOString().replace(/\.\d{3}Z$/, "Z"),
      toleranceDays: options.toleranceDays,
    },
    found: { kind: "string", value: at },
    line,
  });
}

/** An event as {@link CorrectionCheck} reads it: its id, whose log it is in, and a target. */
export interface CorrectableEvent {
  /** The event id. */
  readonly id: string;
  /** The event type. */
  readonly type: string;
  /** The trajectory of a trajectory event. */
  readonly trajectoryId?: string;
  /** The group of a group event. */
  readonly groupId?: string;
  /** The data; for `event.corrected` and `event.voided`, it names the `eventId` they amend. */
  readonly data?: unknown;
}

/**
 * A check of corrections and voids across an export (`event.corrected`, `event.voided`,
 * and a group log's `group-event.corrected`, `group-event.voided`):
 * call `check` with each valid event, its file and line, in reading order, then `finish`
 * once after the last file. A correction or void must point at an event of its own
 * trajectory, or of its own group's log (`correction-target-unknown`, `correction-target-elsewhere`) that is not
 * itself a correction or void (`correction-of-correction`); an event is voided once
 * (`already-voided`) and a voided event is not corrected afterwards
 * (`correction-of-voided`). A target met later in the files is found by `finish`, which
 * reports the targets never met. Memory: about 24 bytes per event id, plus the voided ids.
 */
export interface CorrectionCheck {
  /** Checks one event; returns its problems (often none). */
  readonly check: (event: CorrectableEvent, file: string, line: number) => Problem[];
  /** The problems of targets never met, each on the line of its correction or void. */
  readonly finish: () => { readonly file: string; readonly problem: Problem }[];
}

const AMENDMENT_TYPES = new Set([
  "event.corrected",
  "event.voided",
  "group-event.corrected",
  "group-event.voided",
]);
const VOID_TYPES = new Set(["event.voided", "group-event.voided"]);

/**
 * Makes a {@link CorrectionCheck}. Replay refuses the same corrections with the same
 * reasons (`effectiveEvents` of `@miriam/trajectory`); this check finds them without
 * replaying, across files, and also finds a target in another trajectory, which a replay
 * of one trajectory cannot see.
 *
 * @example
 * ```ts
 * const corrections = createCorrectionCheck();
 * for (const { line, event } of entries) problems.push(...corrections.check(event, "trajectories.jsonl", line));
 * for (const { problem } of corrections.finish()) problems.push(problem);
 * ```
 */
export function createCorrectionCheck(): CorrectionCheck {
  // Owner of each id: a number per trajectory or group, +1 so 0 stays "empty". Amendments
  // get their owner's number with the top bit set, so a target that is one is known.
  const owners = new IdIndex();
  const ownerNumbers = new Map<string, number>();
  const voided = new Map<string, { readonly file: string; readonly line: number }>();
  const pending: {
    readonly event: CorrectableEvent;
    readonly target: string;
    readonly file: string;
    readonly line: number;
  }[] = [];
  const AMENDMENT = 0x8000_0000;
  const ownerOf = (event: CorrectableEvent): number => {
    const key =
      event.trajectoryId !== undefined ? `t:${event.trajectoryId}` : `g:${event.groupId ?? ""}`;
    let number = ownerNumbers.get(key);
    if (number === undefined) {
      number = ownerNumbers.size + 1;
      ownerNumbers.set(key, number);
    }
    return number;
  };
  const problem = (
    event: CorrectableEvent,
    code: ProblemCode,
    because: "unknown" | "elsewhere" | "voided" | "correction",
    target: string,
    line: number,
    where?: { readonly file?: string; readonly line?: number },
  ) =>
    makeProblem({
      code,
      path: ["data", "eventId"],
      expected: {
        kind: event.trajectoryId === undefined ? "correctable-group-event" : "correctable-event",
        because,
        ...where,
      },
      found: { kind: "string", value: target },
      line,
    });
  const judge = (
    event: CorrectableEvent,
    target: string,
    targetOwner: number,
    file: string,
    line: number,
  ): Problem[] => {
    if ((targetOwner & AMENDMENT) !== 0)
      return [problem(event, "correction-of-correction", "correction", target, line)];
    if (targetOwner !== ownerOf(event))
      return [problem(event, "correction-target-elsewhere", "elsewhere", target, line)];
    const earlier = voided.get(target);
    if (earlier !== undefined)
      return [
        VOID_TYPES.has(event.type)
          ? problem(event, "already-voided", "voided", target, line, where(earlier, file))
          : problem(event, "correction-of-voided", "voided", target, line, where(earlier, file)),
      ];
    if (VOID_TYPES.has(event.type)) voided.set(target, { file, line });
    return [];
  };
  return {
    check(event, file, line) {
      const amendment = AMENDMENT_TYPES.has(event.type);
      owners.firstLine(event.id, ownerOf(event) | (amendment ? AMENDMENT : 0));
      if (!amendment) return [];
      const target = targetOf(event);
      if (target === undefined) return [];
      const targetOwner = owners.lineOf(target);
      if (targetOwner === undefined) {
        pending.push({ event, target, file, line });
        return [];
      }
      return judge(event, target, targetOwner, file, line);
    },
    finish() {
      const found: { file: string; problem: Problem }[] = [];
      for (const { event, target, file, line } of pending) {
        const owner = owners.lineOf(target);
        const problems =
          owner === undefined
            ? [problem(event, "correction-target-unknown", "unknown", target, line)]
            : judge(event, target, owner, file, line);
        for (const p of problems) found.push({ file, problem: p });
      }
      pending.length = 0;
      return found;
    },
  };
}

function targetOf(event: CorrectableEvent): string | undefined {
  const data = event.data as { readonly eventId?: unknown } | undefined;
  return typeof data?.eventId === "string" ? data.eventId : undefined;
}

function where(
  place: { readonly file: string; readonly line: number },
  file: string,
): { readonly file?: string; readonly line: number } {
  return place.file === file ? { line: place.line } : place;
}
