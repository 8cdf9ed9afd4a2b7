import { IdIndex } from "./id-index";
import { makeProblem } from "./problem";
import type { Problem } from "./problem-shape";

/**
 * A check of event ids across every file of an export (its trajectories' log and its
 * group logs together): call it with each valid event's id, file and line, in reading
 * order. Returns a `duplicate-id` problem naming the file and line where the id was first
 * used, or `undefined`. Memory grows with the number of distinct ids (about 32 bytes
 * each), never with the files.
 */
export type ExportIdCheck = (id: string, file: string, line: number) => Problem | undefined;

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
    return makeProblem({
      code: "duplicate-id",
      path: ["id"],
      expected: {
        kind: "unused-id",
        id: "event",
        firstLine: first.line,
        ...(firstFile === file ? {} : { firstFile }),
      },
      found: { kind: "string", value: id },
      line,
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
