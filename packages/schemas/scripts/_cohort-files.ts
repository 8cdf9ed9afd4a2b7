import { exampleCohort } from "../src/index";

const jsonLines = (records: readonly unknown[]) =>
  `${records.map((record) => JSON.stringify(record)).join("\n")}\n`;

/**
 * The example cohort as files, laid out as a vendor's export of one project would be:
 * settings, one log per group, the trajectories' events, and the profiles (the only file
 * with names) kept apart.
 */
export function exampleCohortFiles(): Map<string, string> {
  const cohort = exampleCohort();
  const files = new Map<string, string>();
  files.set(
    "miriam.config.json",
    `${JSON.stringify({ $schema: "../../json/project-settings.schema.json", ...cohort.settings }, null, 2)}\n`,
  );
  const groupIds = [...new Set(cohort.groupEvents.map((event) => event.groupId))];
  for (const groupId of groupIds) {
    files.set(
      `group-${groupId}.jsonl`,
      jsonLines(cohort.groupEvents.filter((event) => event.groupId === groupId)),
    );
  }
  files.set("trajectories.jsonl", jsonLines(cohort.trajectoryEvents));
  files.set("profiles.jsonl", jsonLines(cohort.profiles));
  return files;
}
