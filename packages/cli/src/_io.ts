import { once } from "node:events";
import { isAbsolute, resolve } from "node:path";
import type { Readable, Writable } from "node:stream";
import { LANGUAGES, type Language } from "@miriam/schemas";
import pc from "picocolors";
import { chooseLanguage, isLanguage, type Words, wordsOf } from "./_i18n";

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
  /**
   * The words of the command line before it is parsed (`--lang`, else the environment):
   * the language of `--help` and of the parser's messages.
   */
  readonly words: Words;
  /** `--lang` as given on the command line, before or after the command's name. */
  readonly langOption: string | undefined;
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
export function createContext(io: CliIo, words: Words, langOption?: string): Context {
  const color = pc.createColors(colorWanted(io.env, io.stdout));
  return {
    io,
    color,
    words,
    langOption,
    out: (line = "") => {
      io.stdout.write(`${line}\n`);
    },
    err: (line = "") => {
      io.stderr.write(`${line}\n`);
    },
    path: (given) => (isAbsolute(given) ? given : resolve(io.cwd, given)),
  };
}

/**
 * @internal The words of a command's run: the language `--lang` names, else the one of the
 * environment or the project (see `chooseLanguage`). An unknown `--lang` is a usage
 * error, said in the language the command would otherwise use.
 */
export function wordsFor(ctx: Context, given: string | undefined, project?: Language): Words {
  // Given before the command's name (`miriam --lang fr validate`), the program has it.
  const option = given ?? ctx.langOption;
  const words = wordsOf(chooseLanguage(option, ctx.io.env, project));
  if (option !== undefined && !isLanguage(option))
    throw new CliError(words.m.unknownLanguage(option, LANGUAGES.join(", ")));
  return words;
}

/** @internal Parses a `YYYY-MM-DD` date option. */
export function parseDate(words: Words, option: string, value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}(T.*)?$/.test(value) || Number.isNaN(Date.parse(value)))
    throw new CliError(words.m.notADate(option, value));
  return value;
}

/** @internal Parses an option that takes one of `choices`. */
export function parseChoice<T extends string>(
  words: Words,
  option: string,
  value: string,
  choices: readonly T[],
): T {
  if (!(choices as readonly string[]).includes(value))
    throw new CliError(words.m.notAChoice(option, choices.join(", "), value));
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

/**
 * @internal Writes text to a stream and waits, when its buffer is full, for it to drain:
 * for output written a piece at a time, so the pieces never pile up in memory behind a
 * slow reader (a pipe).
 */
export function drainingWriter(stream: Writable): (text: string) => Promise<void> {
  return async (text) => {
    if (!stream.write(text)) await once(stream, "drain");
  };
}
