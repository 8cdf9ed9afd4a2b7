import { exampleCohort, exportLayout } from "../src/index";

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
    exportLayout.settings,
    `${JSON.stringify({ $schema: "../../json/project-settings.schema.json", ...cohort.settings }, null, 2)}\n`,
  );
  const groupIds = [...new Set(cohort.groupEvents.map((event) => event.groupId))];
  for (const groupId of groupIds) {
    files.set(
      exportLayout.groupLog(groupId),
      jsonLines(cohort.groupEvents.filter((event) => event.groupId === groupId)),
    );
  }
  files.set(exportLayout.trajectories, jsonLines(cohort.trajectoryEvents));
  files.set(exportLayout.profiles, jsonLines(cohort.profiles));
  return files;
}
