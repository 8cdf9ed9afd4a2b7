import type { z } from "zod";
import { type SchemaKind, type SchemaOutput, schemas } from "../registry";
import { IdIndex } from "./_id-index";
import { makeProblem } from "./problem";
import type { Problem } from "./problem-shape";
import { domainSet, type ValidationOptions, validateWith } from "./validate";

/** One non-blank line of a JSON Lines file, checked: its value, or its problems. */
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

/** Options of {@link createLineChecker} and {@link validateJsonLines}. */
export interface JsonLinesOptions<K extends SchemaKind> extends ValidationOptions {
  /** What each line holds. Default `"event"` (a trajectory or a group event). */
  readonly kind?: K;
  /**
   * Report a record whose `id` (for profiles: `trajectoryId`) was seen on an earlier line.
   * Default `true`. Costs about 24 bytes per distinct id, never the size of the file.
   */
  readonly uniqueIds?: boolean;
}

/**
 * The one place where a line of a JSON Lines file is checked: blank lines are skipped,
 * a trailing `\r` is dropped, then JSON, the schema, the project's domains and (unless
 * turned off) id uniqueness. {@link parseEventLog} and {@link validateJsonLines} both use
 * it, so a file gives the same problems whether it is read whole or streamed.
 *
 * Returns a function to call with each raw line and its 1-based number, in order; it
 * returns `undefined` for a blank line.
 *
 * @example
 * ```ts
 * const check = createLineChecker({ kind: "participant-profile" });
 * lines.forEach((raw, index) => check(raw, index + 1));
 * ```
 */
export function createLineChecker<K extends SchemaKind = "event">(
  options: JsonLinesOptions<K> = {},
): (raw: string, line: number) => JsonLine<K> | undefined {
  const kind = (options.kind ?? "event") as K;
  const schema = schemas[kind] as unknown as z.ZodType<SchemaOutput<K>>;
  if (schema === undefined) throw new TypeError(`Unknown schema kind "${String(kind)}".`);
  const domains = domainSet(options);
  const idKey = kind === "participant-profile" ? "trajectoryId" : "id";
  const seen = options.uniqueIds === false ? undefined : new IdIndex();
  return (raw, line) => {
    const text = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (text.trim() === "") return undefined;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      // The parser's own message quotes the line, which may hold personal data: keep
      // only the position.
      const position =
        error instanceof Error ? /position (\d+)/.exec(error.message)?.[1] : undefined;
      const problem = makeProblem({
        code: "invalid-json",
        path: [],
        expected: { kind: "json-line" },
        found:
          position === undefined
            ? { kind: "invalid-json" }
            : { kind: "invalid-json", character: Number(position) + 1 },
        line,
      });
      return { line, ok: false, problems: [problem] };
    }
    const result = validateWith(schema, value, domains, line);
    if (!result.ok) return { line, ok: false, problems: result.problems };
    const id = (result.value as Record<string, unknown>)[idKey];
    if (seen !== undefined && typeof id === "string") {
      const first = seen.firstLine(id, line);
      if (first !== undefined) {
        const problem = makeProblem({
          code: "duplicate-id",
          path: [idKey],
          expected: {
            kind: "unused-id",
            id: idKey === "id" ? "event" : "trajectory",
            firstLine: first,
          },
          found: { kind: "string", value: id },
          line,
        });
        return { line, ok: false, problems: [problem] };
      }
    }
    return { line, ok: true, value: result.value };
  };
}

/** Options of {@link validateJsonLines}. */
export interface ValidateJsonLinesOptions<K extends SchemaKind> extends JsonLinesOptions<K> {
  /**
   * Called every `progressEvery` lines (default 10,000), and once at the end, with the
   * lines and characters read so far.
   */
  readonly onProgress?: (progress: { readonly lines: number; readonly characters: number }) => void;
  /** How often `onProgress` is called, in lines. */
  readonly progressEvery?: number;
}

/**
 * Validates a JSON Lines stream of any size (chunks of text or bytes, e.g. a Node read
 * stream or a web `ReadableStream`) line by line, in memory that grows with the number of
 * distinct ids, never with the file. Yields each non-blank line, valid or not, with its
 * line number: the same lines and problems as {@link parseEventLog} gives for the whole
 * text. Splits on `\n` only (a lone `\r` is not a line end).
 *
 * @example
 * ```ts
 * for await (const line of validateJsonLines(createReadStream("trajectories.jsonl"))) {
 *   if (!line.ok) for (const problem of line.problems) console.error(problem.message);
 * }
 * ```
 */
export async function* validateJsonLines<K extends SchemaKind = "event">(
  chunks: AsyncIterable<string | Uint8Array>,
  options: ValidateJsonLinesOptions<K> = {},
): AsyncGenerator<JsonLine<K>> {
  const check = createLineChecker(options);
  const every = options.progressEvery ?? 10_000;
  const decoder = new TextDecoder("utf-8");
  let pending = "";
  let lineNumber = 0;
  let characters = 0;
  const take = (raw: string, size: number) => {
    lineNumber++;
    characters += size;
    if (options.onProgress !== undefined && lineNumber % every === 0)
      options.onProgress({ lines: lineNumber, characters });
    return check(raw, lineNumber);
  };
  for await (const chunk of chunks) {
    pending += typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    let start = 0;
    let end = pending.indexOf("\n", start);
    while (end !== -1) {
      const checked = take(pending.slice(start, end), end - start + 1);
      if (checked !== undefined) yield checked;
      start = end + 1;
      end = pending.indexOf("\n", start);
    }
    pending = pending.slice(start);
  }
  pending += decoder.decode();
  if (pending !== "") {
    const checked = take(pending, pending.length);
    if (checked !== undefined) yield checked;
  }
  options.onProgress?.({ lines: lineNumber, characters });
}
