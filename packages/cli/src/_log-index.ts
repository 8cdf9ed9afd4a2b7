import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import {
  type EventLogIndex,
  type FileEntry,
  type IndexedGroupEvent,
  type IndexedTrajectory,
  indexEventLogs,
  type LogFile,
} from "@miriam/conformance";
import type { FunderReportBuilder, ParticipantSummary } from "@miriam/evaluation";
import {
  duplicateIdProblem,
  type ParticipantProfile,
  type Problem,
  type ProjectSettings,
} from "@miriam/schemas";
import { collectGarbage } from "./_heap";
import type { Words } from "./_i18n";
import { CliError, type Context } from "./_io";

// How `replay`, `report` and `aggregate` read logs larger than memory: the two passes of
// `indexEventLogs` (@miriam/conformance, which the conformance runner reads with too),
// with the command line's own parts: stdin copied to a file first, problems kept for the
// output.

export type { FileEntry, IndexedGroupEvent, IndexedTrajectory };

/** @internal A log named on the command line (an `Input` of `_inputs`). */
export interface LogInput {
  readonly label: string;
  /** Absolute path, or `-` for stdin. */
  readonly path: string;
  readonly kind: string;
  readonly lines: boolean;
}

/** @internal What the first pass found, with the problems of invalid lines. */
export interface LogIndex extends Omit<EventLogIndex, "files"> {
  /** Each log and profiles file with its number of non-blank lines, in the order read. */
  readonly files: { readonly label: string; readonly records: number }[];
  /** Problems of invalid lines, in file and line order. */
  readonly problems: { readonly file: string; readonly problem: Problem }[];
  readonly profiles: ParticipantProfile[];
}

/** Copies stdin to a temporary file, so the second pass can read it again. */
async function spoolStdin(ctx: Context): Promise<{ path: string; remove: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), "miriam-stdin-"));
  const path = join(dir, "stdin.jsonl");
  await pipeline(ctx.io.stdin, createWriteStream(path));
  return { path, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * @internal First pass over the event logs and profiles among the inputs: validates every
 * line (problems are kept, the lines left out) and indexes where each valid event is.
 * The second pass is {@link LogIndex.trajectories}.
 */
export async function indexLogs(
  ctx: Context,
  words: Words,
  inputs: readonly LogInput[],
  settings: ProjectSettings | undefined,
  onProgress?: (label: string, lines: number) => void,
): Promise<LogIndex> {
  const domains = settings?.domains?.map((domain) => domain.code);
  const problems: { file: string; problem: Problem }[] = [];
  const removals: (() => void)[] = [];
  const logs: LogFile[] = [];
  try {
    for (const input of inputs) {
      if (!input.lines) continue;
      if (input.kind !== "event" && input.kind !== "participant-profile") continue;
      let path = input.path;
      if (path === "-") {
        const spooled = await spoolStdin(ctx);
        removals.push(spooled.remove);
        path = spooled.path;
      }
      logs.push({ label: input.label, path, kind: input.kind });
    }
    const index = await indexEventLogs(logs, {
      ...(domains === undefined ? {} : { domains }),
      changed: (label) => new CliError(words.m.changedWhileRead(label)),
      onProblem: (file, problem) => problems.push({ file: file.label, problem }),
      ...(onProgress === undefined ? {} : { onProgress }),
      // Event ids across every file: a repeat in the same file names the first line, in
      // another file that file.
      onDuplicateId: (event, file, line, first) =>
        problems.push({
          file: file.label,
          problem: duplicateIdProblem(event.id, line, {
            line: first.line,
            ...(first.file === file ? {} : { file: first.file.label }),
          }),
        }),
    });
    // The first pass's id set (8 bytes a slot, tens of megabytes on a large export) is let
    // go now, before the second pass holds its own: a second collection ends the sweeping
    // of the first, which frees buffers in the background.
    collectGarbage();
    await new Promise((done) => setImmediate(done));
    collectGarbage();
    return {
      ...index,
      files: index.files.map(({ label, records }) => ({ label, records })),
      problems,
      profiles: index.profiles,
      trajectories: (group, until) => index.trajectories(group, until),
      firstReferrals: () => index.firstReferrals(),
      otherGroupsReferrals: (group, max) => index.otherGroupsReferrals(group, max),
      groupReportInput: (group, max) => index.groupReportInput(group, max),
      groupEvents: (groupId, options) => index.groupEvents(groupId, options),
      close() {
        index.close();
        for (const remove of removals) remove();
      },
    };
  } catch (error) {
    for (const remove of removals) remove();
    throw error;
  }
}

/**
 * @internal Gives a funder report's builder the whole log, one trajectory at a time (the
 * index's second pass), so the report is made in memory that holds the largest
 * trajectory, never the logs; then closes the index, so its memory goes to the report.
 * Each mother's summary goes to `each`, when given.
 */
export async function fillFunderReport(
  index: LogIndex,
  builder: FunderReportBuilder,
  each?: (participant: ParticipantSummary) => void,
): Promise<void> {
  for await (const trajectory of index.trajectories()) {
    if (trajectory.entries.length === 0) continue;
    const participant = builder.addTrajectory(trajectory.entries.map((entry) => entry.event));
    each?.(participant);
  }
  // The group logs last (the builder takes them in any order): it holds every group's
  // sessions, which are then not held while the trajectories are replayed. Lean sessions:
  // it reads only their dates and attendance.
  collectGarbage();
  let read = 0;
  for (const entry of index.groupEvents(undefined, { lean: true })) {
    builder.addGroupEvents([entry.event]);
    // A turn of the event loop now and then lets `keepHeapSmall` collect: reading every
    // session in one synchronous run left some 50 MB of garbage in the old generation.
    if (++read % 4096 === 0) await new Promise((next) => setImmediate(next));
  }
  index.close();
  collectGarbage();
}
