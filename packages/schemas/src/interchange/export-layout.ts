import { FORMAT_VERSION, type SchemaKind, schemaId } from "../registry";
import type { GroupEvent, TrajectoryEvent } from "../schemas/events";
import type { ParticipantProfile } from "../schemas/participant-profile";
import type { ProjectSettingsInput } from "../schemas/project-settings";

// The export layout is part of the interchange format (issue #13): the CLI, the
// conformance kit, the vendor starter and the example-cohort script all name the files
// through this module, so a change to the layout is one edit here.

/**
 * The files of a MIRIAM export, by role. An export is a directory with:
 *
 * - `miriam.config.json`: the project settings (required);
 * - `trajectories.jsonl`: every trajectory event, one per line (required);
 * - `group-<groupId>.jsonl`: each group's own log, one file per group;
 * - `profiles.jsonl`: participant profiles, the only file with names (optional);
 * - `expected/`: what the vendor's software computed from these logs (optional):
 *   `trajectories.json`, `refused.json`, `signals.json`, `indicators.json`.
 *
 * The layout belongs to interchange format {@link EXPORT_FORMAT_VERSION}, the version in
 * the `$id` of the JSON Schemas (`miriam.config.json` names it in its `$schema`).
 */
export const exportLayout = {
  /** The interchange format version of this layout. */
  formatVersion: FORMAT_VERSION,
  /** The project settings, one JSON document. */
  settings: "miriam.config.json",
  /** Every trajectory event, JSON Lines. */
  trajectories: "trajectories.jsonl",
  /** Participant profiles, JSON Lines; the only file with names. */
  profiles: "profiles.jsonl",
  /** The directory of results the vendor's software computed. */
  expected: "expected",
  /** The files of `expected/`, by what they hold. */
  expectedFiles: {
    trajectories: "trajectories.json",
    refused: "refused.json",
    signals: "signals.json",
    indicators: "indicators.json",
  },
  /** The name of a group's log. */
  groupLog: (groupId: string): string => `group-${groupId}.jsonl`,
  /** Matches a group log's name; group 1 is the group id. */
  groupLogPattern: /^group-(.+)\.jsonl$/,
} as const;

/** The version of the interchange format the export layout belongs to. */
export const EXPORT_FORMAT_VERSION: typeof FORMAT_VERSION = FORMAT_VERSION;

/** What a file of an export is for. */
export type ExportFileRole = "settings" | "trajectories" | "group-log" | "profiles" | "expected";

/** A file of an export: its name, its role and, for data files, the schema of its records. */
export interface ExportFile {
  /** The file (or, for `expected`, directory) name. */
  readonly name: string;
  /** What it is for. */
  readonly role: ExportFileRole;
  /** The schema of its records; absent for `expected/`. */
  readonly kind?: SchemaKind;
  /** Whether it is JSON Lines (one record a line) rather than one JSON document. */
  readonly jsonLines: boolean;
  /** The group a group log belongs to. */
  readonly groupId?: string;
}

/**
 * What a name in an export directory is, or undefined for a file the layout does not know
 * (a reader lists it as ignored). Pure.
 *
 * @example
 * ```ts
 * exportFileOf("group-leuven-2025-a.jsonl"); // { role: "group-log", groupId: "leuven-2025-a", kind: "event", ... }
 * ```
 */
export function exportFileOf(name: string): ExportFile | undefined {
  switch (name) {
    case exportLayout.settings:
      return { name, role: "settings", kind: "project-settings", jsonLines: false };
    case exportLayout.trajectories:
      return { name, role: "trajectories", kind: "event", jsonLines: true };
    case exportLayout.profiles:
      return { name, role: "profiles", kind: "participant-profile", jsonLines: true };
    case exportLayout.expected:
      return { name, role: "expected", jsonLines: false };
  }
  const groupId = exportLayout.groupLogPattern.exec(name)?.[1];
  return groupId === undefined
    ? undefined
    : { name, role: "group-log", kind: "event", jsonLines: true, groupId };
}

/** The files of an export directory in the order a reader needs them, and the rest. */
export interface ExportPlan {
  /** Known files, in reading order: settings, profiles, trajectories, group logs (by name). */
  readonly files: readonly ExportFile[];
  /** Names the layout does not know. */
  readonly ignored: readonly string[];
  /** Required files that are absent (`settings`, `trajectories`). */
  readonly missing: readonly ExportFileRole[];
}

const READING_ORDER: readonly ExportFileRole[] = [
  "settings",
  "profiles",
  "trajectories",
  "group-log",
  "expected",
];

/**
 * Sorts the names of an export directory into a reading plan: settings first (their domain
 * set checks the logs), then profiles (to search events for names), then the logs, each
 * of which a reader can stream line by line. Pure.
 */
export function planExport(names: readonly string[]): ExportPlan {
  const files: ExportFile[] = [];
  const ignored: string[] = [];
  for (const name of [...names].sort()) {
    const file = exportFileOf(name);
    if (file === undefined) ignored.push(name);
    else files.push(file);
  }
  files.sort((a, b) => READING_ORDER.indexOf(a.role) - READING_ORDER.indexOf(b.role));
  const missing = (["settings", "trajectories"] as const).filter(
    (role) => !files.some((file) => file.role === role),
  );
  return { files, ignored, missing };
}

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
 * write. `miriam.config.json` points at the published JSON Schema, which names the format
 * version. A group without events gets no log. Pure.
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
