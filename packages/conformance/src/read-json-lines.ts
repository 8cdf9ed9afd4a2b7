import { createReadStream } from "node:fs";
import { StringDecoder } from "node:string_decoder";
import {
  type Problem,
  type SchemaKind,
  type SchemaOutput,
  type ValidationOptions,
  validate,
} from "@miriam/schemas";
import { IdIndex } from "./_id-index";

/** One line of a JSON Lines file as {@link readJsonLines} read it. */
export type JsonLine<K extends SchemaKind = SchemaKind> =
  | {
      /** 1-based line number. */
      readonly line: number;
      /** The line is valid. */
      readonly ok: true;
      /** The validated record (defaults filled in). */
      readonly value: SchemaOutput<K>;
    }
  | {
      /** 1-based line number. */
      readonly line: number;
      /** The line is not valid. */
      readonly ok: false;
      /** What is wrong with it, each problem with the line number. */
      readonly problems: readonly Problem[];
    };

/** Options of {@link readJsonLines}. */
export interface ReadJsonLinesOptions<K extends SchemaKind> extends ValidationOptions {
  /** What each line holds. Default `"event"` (a trajectory or a group event). */
  readonly kind?: K;
  /**
   * Report a record whose `id` (or, for profiles, `trajectoryId`) was seen on an earlier
   * line. Default `true`. Costs about 24 bytes per distinct id, never the size of the file.
   */
  readonly uniqueIds?: boolean;
  /**
   * Called every `progressEvery` lines (default 10,000), and once at the end, with the
   * lines and characters read so far.
   */
  readonly onProgress?: (progress: { readonly lines: number; readonly characters: number }) => void;
  /** How often `onProgress` is called, in lines. */
  readonly progressEvery?: number;
}

/**
 * Reads a JSON Lines file (a path, or any readable stream such as stdin) line by line and
 * validates each line with `validate` of `@miriam/schemas`, so a log of any size is
 * checked in memory that grows with the number of distinct ids, not with the file. Yields
 * each non-blank line, valid or not, with its line number. Line numbers, blank lines,
 * `\r\n` line ends and the duplicate-id problem are exactly those of `parseEventLog`.
 *
 * @example
 * ```ts
 * for await (const line of readJsonLines("trajectories.jsonl")) {
 *   if (!line.ok) for (const problem of line.problems) console.error(problem.message);
 * }
 * ```
 */
export async function* readJsonLines<K extends SchemaKind = "event">(
  source: string | AsyncIterable<string | Uint8Array>,
  options: ReadJsonLinesOptions<K> = {},
): AsyncGenerator<JsonLine<K>> {
  const kind = (options.kind ?? "event") as K;
  const uniqueIds = options.uniqueIds ?? true;
  const idKey = kind === "participant-profile" ? "trajectoryId" : "id";
  const seen = new IdIndex();
  const every = options.progressEvery ?? 10_000;
  const validation = options.domains === undefined ? {} : { domains: [...options.domains] };
  let characters = 0;
  let lineNumber = 0;
  for await (const { raw, size } of splitLines(
    typeof source === "string" ? createReadStream(source) : source,
  )) {
    lineNumber++;
    characters += size;
    if (options.onProgress !== undefined && lineNumber % every === 0)
      options.onProgress({ lines: lineNumber, characters });
    if (raw.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      yield { line: lineNumber, ok: false, problems: [notJson(error, lineNumber)] };
      continue;
    }
    const result = validate(kind, value, validation);
    if (!result.ok) {
      yield {
        line: lineNumber,
        ok: false,
        problems: result.problems.map((problem) => atLine(problem, lineNumber)),
      };
      continue;
    }
    const id = (result.value as Record<string, unknown>)[idKey];
    if (uniqueIds && typeof id === "string") {
      const first = seen.firstLine(id, lineNumber);
      if (first !== undefined) {
        yield {
          line: lineNumber,
          ok: false,
          problems: [
            problem(
              `$.${idKey}`,
              `${idKey === "id" ? "an event id" : "a trajectory id"} not used before (already on line ${first})`,
              JSON.stringify(id),
              lineNumber,
            ),
          ],
        };
        continue;
      }
    }
    yield { line: lineNumber, ok: true, value: result.value };
  }
  if (options.onProgress !== undefined) options.onProgress({ lines: lineNumber, characters });
}

// Splits on "\n" only and drops one trailing "\r", as parseEventLog does. node:readline
// would also break on a lone "\r", and line numbers would no longer agree.
async function* splitLines(
  chunks: AsyncIterable<string | Uint8Array>,
): AsyncGenerator<{ raw: string; size: number }> {
  const decoder = new StringDecoder("utf8");
  let pending = "";
  for await (const chunk of chunks) {
    pending += typeof chunk === "string" ? chunk : decoder.write(Buffer.from(chunk));
    let start = 0;
    let end = pending.indexOf("\n", start);
    while (end !== -1) {
      yield { raw: trimCr(pending.slice(start, end)), size: end - start + 1 };
      start = end + 1;
      end = pending.indexOf("\n", start);
    }
    pending = pending.slice(start);
  }
  pending += decoder.end();
  if (pending !== "") yield { raw: trimCr(pending), size: pending.length };
}

const trimCr = (line: string) => (line.endsWith("\r") ? line.slice(0, -1) : line);

function problem(path: string, expected: string, found: string, line: number): Problem {
  return {
    line,
    path,
    expected,
    found,
    message: `line ${line}, ${path}: expected ${expected}, found ${found}.`,
  };
}

/** The problem of `validate`, placed on a line of a file. */
export function atLine(found: Problem, line: number): Problem {
  return problem(found.path, found.expected, found.found, line);
}

function notJson(error: unknown, line: number): Problem {
  // The parser's own message quotes the line, which may hold personal data: keep only
  // the position (the same wording as parseEventLog).
  const position = error instanceof Error ? /position (\d+)/.exec(error.message)?.[1] : undefined;
  const where = position === undefined ? "" : ` (near character ${Number(position) + 1})`;
  return problem("$", "one JSON object on the line", `text that is not valid JSON${where}`, line);
}
