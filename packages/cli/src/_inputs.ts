import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { readJsonLines } from "@miriam/conformance";
import {
  exportFileOf,
  type GroupEvent,
  type LogEntry,
  makeProblem,
  type ParticipantProfile,
  type Problem,
  type ProjectSettings,
  type SchemaKind,
  schemaKinds,
  type TrajectoryEvent,
  validate,
} from "@miriam/schemas";
import { CliError, type Context } from "./_io";

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
export function resolveInputs(ctx: Context, given: readonly string[], kind?: SchemaKind): Input[] {
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
    if (!existsSync(path)) throw new CliError(`${arg}: no such file or directory.`);
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
    if (found === undefined)
      throw new CliError(
        `${arg}: cannot tell which kind of record this file holds. Pass --kind (one of ${schemaKinds.join(", ")}), or give it a "$schema".`,
      );
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
export function readRecord(input: Input): { value?: unknown; problems: Problem[] } {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(input.path, "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== undefined)
      throw new CliError(
        `${input.label}: cannot be read (${(error as NodeJS.ErrnoException).code}).`,
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
  inputs: readonly Input[],
  config: string | undefined,
): ProjectSettings | undefined {
  const input =
    config === undefined
      ? inputs.find((i) => i.kind === "project-settings")
      : resolveInputs(ctx, [config], "project-settings")[0];
  if (input === undefined) return undefined;
  const { value, problems } = readRecord(input);
  if (problems.length > 0)
    throw new CliError(
      `${input.label} is not valid project settings:\n${problems.map((p) => `  ${p.message}`).join("\n")}`,
    );
  return value as ProjectSettings;
}

/** @internal A valid event with the file it came from. */
export interface FileEntry<E> extends LogEntry<E> {
  readonly file: string;
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
 * @internal Reads the event logs and profiles among the inputs, streaming each file line
 * by line. Invalid lines are kept as problems; the events are kept for the replay.
 */
export async function loadLogs(
  ctx: Context,
  inputs: readonly Input[],
  settings: ProjectSettings | undefined,
  onProgress?: (label: string, lines: number) => void,
): Promise<LoadedLogs> {
  const domains = settings?.domains?.map((domain) => domain.code);
  const loaded: LoadedLogs = {
    trajectoryEntries: [],
    groupEntries: [],
    profiles: [],
    problems: [],
    files: [],
  };
  const seen = new Map<string, string>();
  for (const input of inputs) {
    if (!input.lines) continue;
    if (input.kind !== "event" && input.kind !== "participant-profile") continue;
    let records = 0;
    for await (const line of readJsonLines(sourceOf(ctx, input), {
      kind: input.kind,
      ...(domains === undefined ? {} : { domains }),
      ...(onProgress === undefined
        ? {}
        : { onProgress: ({ lines }) => onProgress(input.label, lines) }),
    })) {
      records++;
      if (!line.ok) {
        for (const problem of line.problems) loaded.problems.push({ file: input.label, problem });
        continue;
      }
      if (input.kind === "participant-profile") {
        loaded.profiles.push(line.value as ParticipantProfile);
        continue;
      }
      const event = line.value as TrajectoryEvent | GroupEvent;
      const earlier = seen.get(event.id);
      if (earlier !== undefined && earlier !== input.label) {
        loaded.problems.push({
          file: input.label,
          problem: makeProblem({
            code: "duplicate-id",
            line: line.line,
            path: ["id"],
            expected: { kind: "unused-id", id: "event", firstFile: earlier },
            found: { kind: "string", value: event.id },
          }),
        });
        continue;
      }
      seen.set(event.id, input.label);
      if ("trajectoryId" in event)
        loaded.trajectoryEntries.push({ line: line.line, event, file: input.label });
      else loaded.groupEntries.push({ line: line.line, event, file: input.label });
    }
    loaded.files.push({ label: input.label, records });
  }
  return loaded;
}

/** @internal Prints the problems of a load on stderr, at most `max`, and says how to see all. */
export function reportLoadProblems(ctx: Context, loaded: LoadedLogs, max = 10): void {
  if (loaded.problems.length === 0) return;
  const { color } = ctx;
  ctx.err(
    color.yellow(
      `${loaded.problems.length} problem${loaded.problems.length === 1 ? "" : "s"} in the logs; the lines concerned were left out:`,
    ),
  );
  for (const { file, problem } of loaded.problems.slice(0, max))
    ctx.err(`  ${file}: ${problem.message}`);
  if (loaded.problems.length > max)
    ctx.err(
      `  ... and ${loaded.problems.length - max} more: run \`miriam validate\` on these files.`,
    );
}

/** @internal Fails with exit code 2 when no event log was named. */
export function requireLogs(inputs: readonly Input[]): void {
  if (!inputs.some((input) => input.lines && input.kind === "event"))
    throw new CliError(
      "Name at least one event log (a .jsonl file, an export directory, or - for stdin).",
    );
}
