import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import {
  exportFileOf,
  type GroupEvent,
  makeProblem,
  type ParticipantProfile,
  type Problem,
  type ProjectSettings,
  problemMessage,
  type SchemaKind,
  schemaKinds,
  type TrajectoryEvent,
  validate,
} from "@miriam/schemas";
import type { Words } from "./_i18n";
import { CliError, type Context } from "./_io";
import { type FileEntry, indexLogs } from "./_log-index";

/** @internal One input named on the command line, and what it holds. */
export interface Input {
  /** As the user wrote it (or the file inside a directory they named). */
  readonly label: string;
  /** Absolute path, or `-` for stdin. */
  readonly path: string;
  readonly kind: SchemaKind;
  /** JSON Lines (one record per line) or one JSON document. */
  readonly lines: boolean;
}

const STDIN = "-";

function kindFromSchema(path: string): SchemaKind | undefined {
  try {
    const value: unknown = JSON.parse(readFileSync(path, "utf8"));
    const ref = (value as { $schema?: unknown } | null)?.$schema;
    if (typeof ref !== "string") return undefined;
    return schemaKinds.find(
      (kind) => ref.endsWith(`/${kind}.schema.json`) || ref === `${kind}.schema.json`,
    );
  } catch {
    return undefined;
  }
}

/**
 * @internal What a path holds: `-` is an event log on stdin; a directory is an export
 * (its settings, logs and profiles); `*.jsonl` an event log (`profiles*.jsonl`:
 * profiles); `*.json` a record whose kind comes from `--kind`, its `$schema`, or its name
 * (`miriam.config.json`).
 */
export function resolveInputs(
  ctx: Context,
  words: Words,
  given: readonly string[],
  kind?: SchemaKind,
): Input[] {
  const inputs: Input[] = [];
  for (const arg of given) {
    if (arg === STDIN) {
      inputs.push({
        label: "<stdin>",
        path: STDIN,
        kind: kind ?? "event",
        lines: kind !== "project-settings",
      });
      continue;
    }
    const path = ctx.path(arg);
    if (!existsSync(path)) throw new CliError(words.m.noSuchPath(arg));
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) {
        const inner = join(path, name);
        if (!statSync(inner).isFile()) continue;
        const label = join(arg, name);
        const file = exportFileOf(name);
        if (file?.kind !== undefined)
          inputs.push({ label, path: inner, kind: file.kind, lines: file.jsonLines });
        else if (name.endsWith(".jsonl"))
          inputs.push({ label, path: inner, kind: "event", lines: true });
      }
      continue;
    }
    const name = basename(path);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      inputs.push({
        label: arg,
        path,
        kind: kind ?? (name.startsWith("profiles") ? "participant-profile" : "event"),
        lines: true,
      });
      continue;
    }
    const found =
      kind ??
      kindFromSchema(path) ??
      (name.endsWith("config.json") ? "project-settings" : undefined);
    if (found === undefined) throw new CliError(words.m.unknownKind(arg, schemaKinds.join(", ")));
    inputs.push({ label: arg, path, kind: found, lines: false });
  }
  return inputs;
}

/** @internal The readable source of an input. */
export function sourceOf(
  ctx: Context,
  input: Input,
): string | (NodeJS.ReadableStream & AsyncIterable<string | Uint8Array>) {
  return input.path === STDIN
    ? (ctx.io.stdin as NodeJS.ReadableStream & AsyncIterable<Uint8Array>)
    : input.path;
}

/** @internal Reads and validates one JSON document; problems are returned, not thrown. */
export function readRecord(words: Words, input: Input): { value?: unknown; problems: Problem[] } {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(input.path, "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== undefined)
      throw new CliError(
        words.m.cannotRead(input.label, String((error as NodeJS.ErrnoException).code)),
      );
    return {
      problems: [
        makeProblem({
          code: "invalid-json",
          path: [],
          expected: { kind: "json-document" },
          found: { kind: "invalid-json" },
        }),
      ],
    };
  }
  const result = validate(input.kind, value);
  return result.ok ? { value: result.value, problems: [] } : { problems: [...result.problems] };
}

/** @internal The project settings among the inputs or from `--config`; exits 2 when invalid. */
export function loadSettings(
  ctx: Context,
  words: Words,
  inputs: readonly Input[],
  config: string | undefined,
): ProjectSettings | undefined {
  const input =
    config === undefined
      ? inputs.find((i) => i.kind === "project-settings")
      : resolveInputs(ctx, words, [config], "project-settings")[0];
  if (input === undefined) return undefined;
  const { value, problems } = readRecord(words, input);
  if (problems.length > 0)
    throw new CliError(
      `${words.m.invalidSettings(input.label)}\n${problems.map((p) => `  ${problemMessage(p, words.language)}`).join("\n")}`,
    );
  return value as ProjectSettings;
}

/** @internal Every valid event of the logs among the inputs, and the problems of the rest. */
export interface LoadedLogs {
  readonly trajectoryEntries: FileEntry<TrajectoryEvent>[];
  readonly groupEntries: FileEntry<GroupEvent>[];
  readonly profiles: ParticipantProfile[];
  readonly problems: { readonly file: string; readonly problem: Problem }[];
  readonly files: { readonly label: string; readonly records: number }[];
}

/**
 * @internal Reads every event of the logs and profiles among the inputs into memory, for
 * commands that need them all at once (`render`); invalid lines are kept as problems.
 * Trajectory events come trajectory by trajectory, each in log order.
 */
export async function loadLogs(
  ctx: Context,
  words: Words,
  inputs: readonly Input[],
  settings: ProjectSettings | undefined,
  onProgress?: (label: string, lines: number) => void,
): Promise<LoadedLogs> {
  const index = await indexLogs(ctx, words, inputs, settings, onProgress);
  try {
    const trajectoryEntries: FileEntry<TrajectoryEvent>[] = [];
    for await (const trajectory of index.trajectories())
      trajectoryEntries.push(...trajectory.entries);
    const groupEntries = [...index.groupEvents()].map(({ line, event, file }) => ({
      line,
      event,
      file,
    }));
    const { profiles, problems, files } = index;
    return { trajectoryEntries, groupEntries, profiles, problems, files };
  } finally {
    index.close();
  }
}

/** @internal Prints the problems of a load on stderr, at most `max`, and says how to see all. */
export function reportLoadProblems(
  ctx: Context,
  words: Words,
  loaded: Pick<LoadedLogs, "problems">,
  max = 10,
): void {
  if (loaded.problems.length === 0) return;
  const { color } = ctx;
  ctx.err(color.yellow(words.count(loaded.problems.length, words.m.linesLeftOut)));
  for (const { file, problem } of loaded.problems.slice(0, max))
    ctx.err(`  ${file}: ${problemMessage(problem, words.language)}`);
  if (loaded.problems.length > max)
    ctx.err(`  ${words.m.moreLeftOut(words.number(loaded.problems.length - max))}`);
}

/** @internal Fails with exit code 2 when no event log was named. */
export function requireLogs(words: Words, inputs: readonly Input[]): void {
  if (!inputs.some((input) => input.lines && input.kind === "event"))
    throw new CliError(words.m.nameALog);
}
