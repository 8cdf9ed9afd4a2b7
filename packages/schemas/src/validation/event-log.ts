import { MiriamEvent } from "../schemas/miriam-event";
import { makeProblem, type Problem } from "./problem";
import { domainSet, type ValidationOptions, validateWith } from "./validate";

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
 * an event id used twice. Pure.
 *
 * @example
 * ```ts
 * const { entries, problems } = parseEventLog(readFileSync("group-a.jsonl", "utf8"));
 * ```
 */
export function parseEventLog(text: string, options?: ValidationOptions): ParsedEventLog {
  const domains = domainSet(options);
  const entries: LogEntry[] = [];
  const problems: Problem[] = [];
  const seenIds = new Map<string, number>();
  let lineCount = 0;
  let start = 0;
  let lineNumber = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    lineNumber++;
    const raw = text.slice(start, end).replace(/\r$/, "");
    start = end + 1;
    if (raw.trim() === "") {
      if (end === text.length) break;
      continue;
    }
    lineCount++;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      // The parser's own message quotes the line, which may hold personal data: keep
      // only the position.
      const position =
        error instanceof Error ? /position (\d+)/.exec(error.message)?.[1] : undefined;
      const where = position === undefined ? "" : ` (near character ${Number(position) + 1})`;
      problems.push(
        makeProblem(
          [],
          "one JSON object on the line",
          `text that is not valid JSON${where}`,
          lineNumber,
        ),
      );
      continue;
    }
    const result = validateWith(MiriamEvent, value, domains, lineNumber);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const firstLine = seenIds.get(result.value.id);
    if (firstLine !== undefined) {
      problems.push(
        makeProblem(
          ["id"],
          `an event id not used before (already on line ${firstLine})`,
          JSON.stringify(result.value.id),
          lineNumber,
        ),
      );
      continue;
    }
    seenIds.set(result.value.id, lineNumber);
    entries.push({ line: lineNumber, event: result.value });
  }
  return { entries, problems, lineCount };
}
