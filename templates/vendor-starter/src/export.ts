import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { GroupEvent, ProjectSettingsInput, TrajectoryEvent } from "@miriam/schemas";

/** What goes into a MIRIAM export: the project's settings and its event logs. */
export interface MiriamExport {
  readonly settings: ProjectSettingsInput;
  readonly trajectoryEvents: readonly TrajectoryEvent[];
  readonly groupEvents: readonly GroupEvent[];
}

const jsonLines = (events: readonly unknown[]) =>
  events.map((event) => `${JSON.stringify(event)}\n`).join("");

/**
 * Writes an export directory in the MIRIAM layout: `miriam.config.json`,
 * `trajectories.jsonl` and one `group-<id>.jsonl` per group. This is what
 * `miriam conformance <dir>` and the conformance tests check. Returns the file names.
 */
export async function writeMiriamExport(dir: string, content: MiriamExport): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files = new Map<string, string>([
    ["miriam.config.json", `${JSON.stringify(content.settings, null, 2)}\n`],
    ["trajectories.jsonl", jsonLines(content.trajectoryEvents)],
  ]);
  for (const group of content.settings.groups)
    files.set(
      `group-${group.id}.jsonl`,
      jsonLines(content.groupEvents.filter((event) => event.groupId === group.id)),
    );
  for (const [name, text] of files) await writeFile(join(dir, name), text);
  return [...files.keys()];
}
