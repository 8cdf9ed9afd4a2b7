import { createReadStream } from "node:fs";
import {
  type JsonLine,
  type SchemaKind,
  type ValidateJsonLinesOptions,
  validateJsonLines,
} from "@miriam/schemas";

/** Options of {@link readJsonLines}: those of `validateJsonLines` in `@miriam/schemas`. */
export type ReadJsonLinesOptions<K extends SchemaKind> = ValidateJsonLinesOptions<K>;

/**
 * Reads a JSON Lines file (a path, or any readable stream such as stdin) line by line
 * and validates each line with `validateJsonLines` of `@miriam/schemas`, so a log of any
 * size is checked in memory that grows with the number of distinct ids, not with the
 * file. Yields each non-blank line, valid or not, with its line number.
 *
 * @example
 * ```ts
 * for await (const line of readJsonLines("trajectories.jsonl")) {
 *   if (!line.ok) for (const problem of line.problems) console.error(problem.message);
 * }
 * ```
 */
export function readJsonLines<K extends SchemaKind = "event">(
  source: string | AsyncIterable<string | Uint8Array>,
  options: ReadJsonLinesOptions<K> = {},
): AsyncGenerator<JsonLine<K>> {
  return validateJsonLines(typeof source === "string" ? createReadStream(source) : source, options);
}
