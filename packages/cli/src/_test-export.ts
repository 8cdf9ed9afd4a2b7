import { createWriteStream, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { exampleCohort, exportFiles, exportLayout } from "@miriam/schemas";

// Test and benchmark helper only. A generated export: the example cohort copied `copies`
// times, each
// copy with its own group and trajectory ids (the cohort's group id is the prefix of
// every id in it). Within a copy the trajectories' events are interleaved by time, as a
// vendor's export sorted by date would be; the copies follow one another. Not a fixture.

const GROUP = "gent-2025-a";

/** Bytes written and events per file kind. */
export interface TestExport {
  readonly bytes: number;
  readonly trajectoryEvents: number;
  readonly groupEvents: number;
  readonly trajectories: number;
}

async function write(out: ReturnType<typeof createWriteStream>, text: string): Promise<void> {
  if (!out.write(text)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
}

/** Writes an export of `copies` copies of the example cohort into `dir`. */
export async function writeTestExport(dir: string, copies: number): Promise<TestExport> {
  mkdirSync(dir, { recursive: true });
  const cohort = exampleCohort();
  const files = exportFiles(cohort);
  const trajectories = files.get(exportLayout.trajectories) ?? "";
  const group = files.get(exportLayout.groupLog(GROUP)) ?? "";
  writeFileSync(join(dir, exportLayout.settings), files.get(exportLayout.settings) ?? "");
  const out = createWriteStream(join(dir, exportLayout.trajectories));
  let bytes = 0;
  for (let copy = 0; copy < copies; copy++) {
    const groupId = copy === 0 ? GROUP : `g${copy}`;
    const text = copy === 0 ? trajectories : trajectories.replaceAll(GROUP, groupId);
    bytes += Buffer.byteLength(text);
    await write(out, text);
    const log = copy === 0 ? group : group.replaceAll(GROUP, groupId);
    bytes += Buffer.byteLength(log);
    writeFileSync(join(dir, exportLayout.groupLog(groupId)), log);
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
  return {
    bytes,
    trajectoryEvents: cohort.trajectoryEvents.length * copies,
    groupEvents: cohort.groupEvents.length * copies,
    trajectories: new Set(cohort.trajectoryEvents.map((event) => event.trajectoryId)).size * copies,
  };
}
