import { isAbsolute, resolve } from "node:path";
import type { Readable, Writable } from "node:stream";
import { LANGUAGES, type Language } from "@miriam/schemas";
import pc from "picocolors";

/** Where a run of the command reads and writes: the process's streams, or a test's. */
export interface CliIo {
  /** Read for the file name `-`. */
  readonly stdin: Readable;
  /** Results: reports, JSON, diagrams. */
  readonly stdout: Writable & { readonly isTTY?: boolean };
  /** Messages, progress and errors. */
  readonly stderr: Writable & { readonly isTTY?: boolean };
  /** Environment variables (`NO_COLOR`, `FORCE_COLOR`). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Directory that relative paths are resolved against. */
  readonly cwd: string;
}

/** Exit codes: 0 all good, 1 findings (problems, refusals, failed requirements), 2 usage or input error. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** @internal A usage or input error: printed on stderr, exit code 2. */
export class CliError extends Error {
  override readonly name = "CliError";
}

type Colors = ReturnType<typeof pc.createColors>;

/** @internal What every command gets: the streams, colours, and small helpers. */
export interface Context {
  readonly io: CliIo;
  readonly color: Colors;
  /** Writes a line to stdout. */
  out(line?: string): void;
  /** Writes a line to stderr. */
  err(line?: string): void;
  /** An absolute path for a path given on the command line. */
  path(given: string): string;
}

// NO_COLOR (https://no-color.org) wins when set and not empty; FORCE_COLOR turns colour on
// even when piped ("0" or "false" turn it off); otherwise colour only on a terminal.
function colorWanted(env: CliIo["env"], stream: CliIo["stdout"]): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force !== "false";
  return stream.isTTY === true;
}

/** @internal The context of a run. */
export function createContext(io: CliIo): Context {
  const color = pc.createColors(colorWanted(io.env, io.stdout));
  return {
    io,
    color,
    out: (line = "") => {
      io.stdout.write(`${line}\n`);
    },
    err: (line = "") => {
      io.stderr.write(`${line}\n`);
    },
    path: (given) => (isAbsolute(given) ? given : resolve(io.cwd, given)),
  };
}

/** @internal Parses `--lang`. */
export function parseLanguage(value: string): Language {
  if (!(LANGUAGES as readonly string[]).includes(value))
    throw new CliError(`--lang must be one of ${LANGUAGES.join(", ")}; found "${value}".`);
  return value as Language;
}

/** @internal Parses a `YYYY-MM-DD` date option. */
export function parseDate(option: string, value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}(T.*)?$/.test(value) || Number.isNaN(Date.parse(value)))
    throw new CliError(`${option} must be a date as YYYY-MM-DD; found "${value}".`);
  return value;
}

/** @internal Parses an option that takes one of `choices`. */
export function parseChoice<T extends string>(
  option: string,
  value: string,
  choices: readonly T[],
): T {
  if (!(choices as readonly string[]).includes(value))
    throw new CliError(`${option} must be one of ${choices.join(", ")}; found "${value}".`);
  return value as T;
}

/** @internal Waits until everything written to a stream is flushed. */
export function flush(stream: Writable): Promise<void> {
  return new Promise((done) => {
    if (stream.writableNeedDrain) stream.once("drain", () => done());
    else done();
  });
}

/** @internal Whether progress should be shown on stderr. */
export function progressWanted(io: CliIo, flag: boolean | undefined): boolean {
  return flag ?? io.stderr.isTTY === true;
}
