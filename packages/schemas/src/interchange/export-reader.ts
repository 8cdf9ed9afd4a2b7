import type { SchemaKind } from "../registry";
import type { JsonLine, ValidateJsonLinesOptions } from "../validation/json-lines";
import { validateJsonLines } from "../validation/json-lines";
import { type ExportFile, type ExportPlan, planExport } from "./export-layout";

// The reader knows nothing of file systems, so it runs in Node, a browser or a worker: the
// caller gives the names in the directory and a way to stream a file's bytes. Nothing is
// loaded whole; a log of any size is read in memory that grows with its distinct ids.

/** An export directory as the reader sees it: its names and a way to stream a file. */
export interface ExportDirectory {
  /** The names in the directory (files and the `expected` directory). */
  readonly names: readonly string[];
  /** The content of a file, as text or bytes in chunks (e.g. Node's `createReadStream`). */
  readonly open: (name: string) => AsyncIterable<string | Uint8Array>;
}

/** A line of a file of an export: a validated line of JSON Lines, with the file it is in. */
export type ExportLine<K extends SchemaKind = SchemaKind> = JsonLine<K> & {
  /** The file the line is in. */
  readonly file: ExportFile;
};

/**
 * The reading plan of an export directory ({@link planExport} of its names), for a reader
 * that streams the files one by one with {@link readExportLines}. Pure.
 */
export function exportPlanOf(directory: ExportDirectory): ExportPlan {
  return planExport(directory.names);
}

/**
 * Streams the lines of one JSON Lines file of an export, each validated against the
 * file's schema (events for logs, participant profiles for `profiles.jsonl`); a bad line
 * is yielded with its problems (code, line, JSON path) and the file it is in.
 *
 * @example
 * ```ts
 * const directory = { names: readdirSync(dir), open: (name) => createReadStream(join(dir, name)) };
 * for (const file of exportPlanOf(directory).files.filter((f) => f.jsonLines))
 *   for await (const line of readExportLines(directory, file))
 *     if (!line.ok) console.error(file.name, line.problems[0]?.message);
 * ```
 */
export async function* readExportLines(
  directory: ExportDirectory,
  file: ExportFile,
  options: Omit<ValidateJsonLinesOptions<SchemaKind>, "kind"> = {},
): AsyncGenerator<ExportLine> {
  if (!file.jsonLines || file.kind === undefined)
    throw new TypeError(`${file.name} is not a JSON Lines file of an export.`);
  for await (const line of validateJsonLines(directory.open(file.name), {
    ...options,
    kind: file.kind,
  }))
    yield { ...line, file };
}
