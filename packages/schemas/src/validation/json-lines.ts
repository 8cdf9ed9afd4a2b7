import type { z } from "zod";
import { type SchemaKind, type SchemaOutput, schemas } from "../registry";
import type { MiriamEvent } from "../schemas/miriam-event";
import { fastAccept, trimTexts } from "./_fast-event";
import { IdIndex } from "./id-index";
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
  const fast = fastAccept(kind);
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
    const result = validateWith(schema, value, domains, line, fast);
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

/**
 * An event parsed again (`JSON.parse`) from a line that {@link createLineChecker} accepted
 * before, as the checker gave it, without checking it again: the texts the event schema
 * trims (a session topic, a proposal's words) trimmed, the rest as parsed. Returns the same
 * object when nothing needs trimming. For readers that check a log in one pass and read
 * its lines again in a second, so that both passes see the same event.
 *
 * @example
 * ```ts
 * const event = checkedEventAgain(JSON.parse(line) as MiriamEvent);
 * ```
 */
export function checkedEventAgain<E extends MiriamEvent>(parsed: E): E {
  return trimTexts(parsed);
}

/** A raw line of a JSON Lines stream, as {@link splitJsonLines} yields it. */
export interface RawLine {
  /** The line's text, without its `\n` (a trailing `\r` is kept; the checker drops it). */
  readonly text: string;
  /** 1-based line number. */
  readonly line: number;
  /**
   * Where the line starts in the stream: in bytes for a stream of bytes (a file offset,
   * to read the line again later), in UTF-16 code units for a stream of text.
   */
  readonly offset: number;
  /** The line's length in the same unit, without its `\n`. */
  readonly length: number;
}

const NEWLINE = 0x0a;

// Node's `Buffer.allocUnsafe` skips zeroing memory that is written over at once; a browser
// has no `Buffer` and gets a zeroed array.
const unsafe = (globalThis as { Buffer?: { allocUnsafe(size: number): Uint8Array } }).Buffer;
const allocate = (size: number): Uint8Array =>
  unsafe === undefined ? new Uint8Array(size) : unsafe.allocUnsafe(size);

/**
 * Splits a stream of text or bytes into lines on `\n` (a lone `\r` is not a line end), in
 * time linear in its size however long a line is: the bytes of an unfinished line are
 * kept as pieces and joined once, when its end arrives (a line of tens of megabytes
 * arriving in 64 KiB chunks is not scanned again for every chunk). Bytes are decoded as
 * UTF-8 one line at a time; a byte order mark at the start of a byte stream is skipped.
 * The chunks of an unfinished line are kept, not copied, until its end arrives: a stream
 * must not write into a chunk it has yielded (Node's and the web's streams never do).
 * Yields every line, blank ones included, with its offset, so a reader can index a file
 * and read a line again.
 *
 * @example
 * ```ts
 * for await (const { text, line, offset } of splitJsonLines(createReadStream("log.jsonl")))
 *   index.push({ line, offset });
 * ```
 */
export async function* splitJsonLines(
  chunks: AsyncIterable<string | Uint8Array>,
): AsyncGenerator<RawLine> {
  const split = lineSplitter();
  for await (const chunk of chunks) yield* split.push(chunk);
  yield* split.end();
}

/**
 * {@link splitJsonLines} a chunk at a time: the lines that each chunk ends, as one array
 * (empty while a long line goes on), then the last line. The same lines; for a reader of
 * millions of short lines, one step of an async loop per chunk instead of per line.
 *
 * @example
 * ```ts
 * for await (const lines of splitJsonLineBatches(createReadStream("log.jsonl")))
 *   for (const { text, line } of lines) check(text, line);
 * ```
 */
export async function* splitJsonLineBatches(
  chunks: AsyncIterable<string | Uint8Array>,
): AsyncGenerator<RawLine[]> {
  const split = lineSplitter();
  for await (const chunk of chunks) yield [...split.push(chunk)];
  const last = [...split.end()];
  if (last.length > 0) yield last;
}

// The splitting of both: lines are given as each chunk ends them (`push`), then the last
// (`end`).
function lineSplitter(): {
  push(chunk: string | Uint8Array): Generator<RawLine>;
  end(): Generator<RawLine>;
} {
  // Decoding a whole line at once never splits a character: no UTF-8 byte of a multi-byte
  // character is 0x0A. `ignoreBOM` keeps a U+FEFF inside the stream as the text it is.
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  let line = 0;
  let offset = 0; // of the next unread unit
  // The unfinished line: its pieces, joined once when its end arrives. Chunks are kept as
  // they came, not copied: a stream hands each chunk over to its reader (Node's and the
  // web's streams never write into a chunk again), and a copy per chunk, in fresh memory,
  // costs more than the whole decode of a long line.
  let pieces: (string | Uint8Array)[] = [];
  const joinText = (last: string): string => {
    const text = pieces.length === 0 ? last : (pieces as string[]).join("") + last;
    pieces = [];
    return text;
  };
  const joinBytes = (last: Uint8Array, length: number): string => {
    if (pieces.length === 0) return decoder.decode(last);
    const joined = allocate(length);
    let at = 0;
    for (const piece of pieces as Uint8Array[]) {
      joined.set(piece, at);
      at += piece.length;
    }
    joined.set(last, at);
    pieces = [];
    return decoder.decode(joined);
  };
  let bytes: boolean | undefined;
  // The first line of a byte stream loses its byte order mark, as a streaming decoder
  // would drop it.
  const raw = (text: string, at: number, length: number): RawLine => {
    line++;
    if (line === 1 && bytes === true && text.startsWith("\uFEFF"))
      return { text: text.slice(1), line, offset: at + 3, length: length - 3 };
    return { text, line, offset: at, length };
  };
  // Units of the unfinished line (text pieces or pending bytes).
  let unfinished = 0;
  function* push(chunk: string | Uint8Array): Generator<RawLine> {
    bytes ??= typeof chunk !== "string";
    let start = 0;
    if (typeof chunk === "string") {
      for (let end = chunk.indexOf("\n"); end !== -1; end = chunk.indexOf("\n", start)) {
        const length = unfinished + end - start;
        yield raw(joinText(chunk.slice(start, end)), offset - unfinished, length);
        offset += end - start + 1;
        unfinished = 0;
        start = end + 1;
      }
      if (start < chunk.length) {
        pieces.push(chunk.slice(start));
        unfinished += chunk.length - start;
        offset += chunk.length - start;
      }
      return;
    }
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      const length = unfinished + end - start;
      yield raw(joinBytes(chunk.subarray(start, end), length), offset - unfinished, length);
      offset += end - start + 1;
      unfinished = 0;
      start = end + 1;
    }
    if (start < chunk.length) {
      pieces.push(chunk.subarray(start));
      unfinished += chunk.length - start;
      offset += chunk.length - start;
    }
  }
  function* end(): Generator<RawLine> {
    if (unfinished === 0) return;
    const text = bytes === true ? joinBytes(new Uint8Array(0), unfinished) : joinText("");
    const last = raw(text, offset - unfinished, unfinished);
    // A stream of nothing but a byte order mark has no line.
    if (last.text !== "" || last.line > 1) yield last;
  }
  return { push, end };
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
 * distinct ids, never with the file, and in time linear in its size (see
 * {@link splitJsonLines}). Yields each non-blank line, valid or not, with its line number:
 * the same lines and problems as {@link parseEventLog} gives for the whole text. Splits on
 * `\n` only (a lone `\r` is not a line end).
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
  let lines = 0;
  let characters = 0;
  for await (const raw of splitJsonLines(chunks)) {
    lines = raw.line;
    characters += raw.text.length + 1;
    if (options.onProgress !== undefined && lines % every === 0)
      options.onProgress({ lines, characters });
    const checked = check(raw.text, raw.line);
    if (checked !== undefined) yield checked;
  }
  options.onProgress?.({ lines, characters });
}
