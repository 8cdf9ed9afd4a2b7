import {
  type GroupEvent,
  type ParticipantProfile,
  type ProjectSettingsInput,
  schemaId,
  type TrajectoryEvent,
} from "@miriam/schemas";

/**
 * The files of a MIRIAM export, by role. A vendor's export is a directory with:
 *
 * - `miriam.config.json`: the project settings (required);
 * - `trajectories.jsonl`: every trajectory event, one per line (required);
 * - `group-<groupId>.jsonl`: each group's own log, one file per group;
 * - `profiles.jsonl`: participant profiles, the only file with names (optional);
 * - `expected/`: what the vendor's software computed from these logs (optional):
 *   `trajectories.json`, `refused.json`, `signals.json`, `indicators.json`.
 */
export const exportLayout = {
  settings: "miriam.config.json",
  trajectories: "trajectories.jsonl",
  profiles: "profiles.jsonl",
  expected: "expected",
  groupLog: (groupId: string): string => `group-${groupId}.jsonl`,
  groupLogPattern: /^group-(.+)\.jsonl$/,
} as const;

/** What an export holds, before it is written to files. */
export interface ExportContent {
  /** The project settings. */
  readonly settings: ProjectSettingsInput;
  /** Every trajectory event, in the order they were recorded. */
  readonly trajectoryEvents: readonly TrajectoryEvent[];
  /** The events of every group; split into one log per group. */
  readonly groupEvents: readonly GroupEvent[];
  /** Participant profiles; left out of the export when absent. */
  readonly profiles?: readonly ParticipantProfile[];
}

const jsonLines = (records: readonly unknown[]) =>
  records.map((record) => `${JSON.stringify(record)}\n`).join("");

/**
 * The files of an export (name → text) laid out as {@link exportLayout} says, ready to
 * write. `miriam.config.json` points at the published JSON Schema. Pure.
 *
 * @example
 * ```ts
 * for (const [name, text] of exportFiles(exampleCohort())) writeFileSync(join(dir, name), text);
 * ```
 */
export function exportFiles(content: ExportContent): Map<string, string> {
  const files = new Map<string, string>();
  files.set(
    exportLayout.settings,
    `${JSON.stringify({ $schema: schemaId("project-settings"), ...content.settings }, null, 2)}\n`,
  );
  files.set(exportLayout.trajectories, jsonLines(content.trajectoryEvents));
  const groupIds = [...new Set(content.groupEvents.map((event) => event.groupId))];
  for (const groupId of groupIds)
    files.set(
      exportLayout.groupLog(groupId),
      jsonLines(content.groupEvents.filter((event) => event.groupId === groupId)),
    );
  if (content.profiles !== undefined && content.profiles.length > 0)
    files.set(exportLayout.profiles, jsonLines(content.profiles));
  return files;
}
