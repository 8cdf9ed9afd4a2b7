import type { MiriamEvent } from "../schemas/miriam-event";
import { createLineChecker } from "./json-lines";
import type { Problem } from "./problem-shape";
import type { ValidationOptions } from "./validate";

/** One valid event of a log, with the line it came from. */
export interface LogEntry<E = MiriamEvent> {
  /** 1-based line number. */
  readonly line: number;
  /** The parsed event. */
  readonly event: E;
}

/** What {@link parseEventLog} found: every valid event, and a problem list for the rest. */
export interface ParsedEventLog {
  /** Valid events in file order, each with its line number. */
  readonly entries: readonly LogEntry[];
  /** Problems of the invalid lines; empty when the whole log is valid. */
  readonly problems: readonly Problem[];
  /** Number of non-blank lines read. */
  readonly lineCount: number;
}

/**
 * Parses an event log in JSON Lines (one event per line; blank lines are skipped; a
 * `\r\n` line end is accepted). Every line is checked on its own: a bad line is reported
 * with its line number and never causes a valid neighbour to be dropped. Also reports
 * an event id used twice. Pure. For files too large to hold in memory, use
 * {@link validateJsonLines}, which gives the same lines and problems.
 *
 * @example
 * ```ts
 * const { entries, problems } = parseEventLog(readFileSync("group-a.jsonl", "utf8"));
 * ```
 */
export function parseEventLog(text: string, options?: ValidationOptions): ParsedEventLog {
  const check = createLineChecker({ ...options, kind: "event" });
  const entries: LogEntry[] = [];
  const problems: Problem[] = [];
  let lineCount = 0;
  let start = 0;
  let lineNumber = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    lineNumber++;
    const checked = check(text.slice(start, end), lineNumber);
    start = end + 1;
    if (checked === undefined) continue;
    lineCount++;
    if (checked.ok) entries.push({ line: checked.line, event: checked.value });
    else problems.push(...checked.problems);
  }
  return { entries, problems, lineCount };
}
