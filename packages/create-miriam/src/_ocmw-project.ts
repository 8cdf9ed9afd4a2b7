import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  addMonths,
  brusselsTimestamp,
  exportLayout,
  type Language,
  type ProjectSettings,
  type ProjectSettingsInput,
  providerNames,
  regions,
  rightsCatalogue,
  toJsonSchema,
  validate,
} from "@miriam/schemas";
import { blankForms } from "./_blank-forms";
import { counted, longDate, message } from "./_messages";
import type { TargetWriter } from "./_target-dir";
import { validSettings } from "./_valid-settings";
import { type CalendarOptions, groupSessionCalendar, sessionDates } from "./calendar";
import { ScaffoldError } from "./errors";
import type { PackageManager } from "./package-manager";
import { PROJECT_SCHEMA_PATH } from "./project-settings";

/** What the `ocmw-project` writer needs besides the target. */
export interface OcmwProjectInput {
  readonly templateDir: string;
  readonly settings: ProjectSettingsInput;
  readonly packageName: string;
  readonly packageManager: PackageManager;
  readonly now: Date;
  readonly calendar: Pick<CalendarOptions, "time" | "minutes" | "place">;
}

/** The pseudonymous id the scaffold records as the coordinator, until the project sets its own. */
const COORDINATOR_ID = "co-01";

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** A CSV field for Excel in Belgian locales: `;`-separated, quoted when it must be. */
function csvField(value: string): string {
  return /[";\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function rightsFiles(writer: TargetWriter, project: ProjectSettings): void {
  const catalogue = rightsCatalogue(project.region);
  // Semicolons and a byte-order mark: what Excel expects in Belgium's locales, where the
  // comma is the decimal separator.
  const [firstLanguage = "nl"] = project.languages;
  const header = [
    "code",
    "provider",
    ...project.languages.map((language) => `label_${language}`),
    "source_url",
    "checked_on",
  ];
  const rows = catalogue.map((right) => [
    right.code,
    providerNames(right, firstLanguage) ?? "",
    ...project.languages.map((language) => right.labels[language]),
    right.source.url,
    right.source.checkedOn,
  ]);
  writer.write(
    "rights/rights-catalogue.csv",
    `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(";")).join("\r\n")}\r\n`,
  );
  for (const language of project.languages) {
    const region = regions.label(project.region, language);
    const lines = [
      `# ${message("rightsTitle", language, { region })}`,
      "",
      message("rightsIntro", language),
      "",
      `| ${message("rightColumn", language)} | ${message("providerColumn", language)} | ${message("codeColumn", language)} |`,
      "| --- | --- | --- |",
      ...catalogue.map(
        (right) =>
          `| ${right.labels[language]} | ${providerNames(right, language) ?? message("providerLocal", language)} | \`${right.code}\` |`,
      ),
      "",
    ];
    writer.write(`rights/rights-catalogue.${language}.md`, lines.join("\n"));
  }
}

function eventLogs(writer: TargetWriter, project: ProjectSettings, now: Date): void {
  const at = brusselsTimestamp(now);
  for (const group of project.groups) {
    const opened = {
      id: `${group.id}.001`,
      groupId: group.id,
      type: "group.opened",
      at,
      by: COORDINATOR_ID,
      data: {
        projectId: project.id,
        caseManagerId: group.caseManagerId ?? COORDINATOR_ID,
        capacity: project.fidelity.groupSize.max,
        name: group.name,
      },
    };
    const checked = validate("group-event", opened);
    if (!checked.ok)
      throw new ScaffoldError(
        "invalid-settings",
        `The group.opened event of ${group.id} is not valid:\n${checked.problems.map((p) => `- ${p.message}`).join("\n")}`,
        checked.problems,
      );
    writer.write(`events/${exportLayout.groupLog(group.id)}`, `${JSON.stringify(opened)}\n`);
  }
  writer.write(`events/${exportLayout.trajectories}`, "");
}

function readme(
  templateDir: string,
  language: Language,
  project: ProjectSettings,
  packageManager: PackageManager,
  now: Date,
): string {
  const text = readFileSync(join(templateDir, "_template", "readme", `${language}.md`), "utf8");
  const first = project.groups[0]!;
  const groups = project.groups
    .map((group) => {
      const count = sessionDates({
        startDate: group.startDate,
        sessionCadenceDays: group.sessionCadenceDays,
        trajectoryLengthMonths: project.trajectoryLengthMonths,
      }).length;
      const line = message("groupLine", language, {
        start: longDate(group.startDate, language),
        sessions: counted("sessions", language, count),
        cadence: counted("days", language, group.sessionCadenceDays),
      });
      return `- **${group.name}** (\`${group.id}\`): ${line}; \`calendar/group-${group.id}.ics\`, \`events/group-${group.id}.jsonl\``;
    })
    .join("\n");
  const values: Record<string, string> = {
    ocmw: project.ocmw.name,
    region: regions.label(project.region, language),
    months: String(project.trajectoryLengthMonths),
    created: now.toISOString().slice(0, 10),
    groups,
    eligibility: project.eligibility?.description ?? "",
    cadenceDays: String(first.sessionCadenceDays),
    startDate: first.startDate,
    endDate: addMonths(first.startDate, project.trajectoryLengthMonths),
    install: packageManager.install,
    check: packageManager.run("check"),
  };
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}

/** Writes the `ocmw-project` kit: settings, schema, forms, rights, calendars, logs, README. */
export function writeOcmwProject(writer: TargetWriter, input: OcmwProjectInput): void {
  const project = validSettings(input.settings);

  writer.copyDirectory(input.templateDir, new Set(["_template", "node_modules"]));
  const manifest = JSON.parse(readFileSync(join(input.templateDir, "package.json"), "utf8"));
  manifest.name = input.packageName;
  writer.write("package.json", json(manifest));

  const { $schema: _ignored, ...settings } = input.settings;
  writer.write(exportLayout.settings, json({ $schema: PROJECT_SCHEMA_PATH, ...settings }));
  writer.write(PROJECT_SCHEMA_PATH.slice(2), json(toJsonSchema("project-settings")));

  const forms = blankForms(project);
  for (const language of project.languages)
    for (const form of forms) {
      const document = form.render(project, language);
      writer.write(`documents/${language}/${form.file}.html`, document.html);
      writer.write(`documents/${language}/${form.file}.md`, document.markdown);
    }

  rightsFiles(writer, project);

  for (const group of project.groups)
    writer.write(
      `calendar/group-${group.id}.ics`,
      groupSessionCalendar(input.settings, group.id, { ...input.calendar, now: input.now }),
    );

  eventLogs(writer, project, input.now);

  const [first, ...others] = project.languages;
  writer.write(
    "README.md",
    readme(input.templateDir, first!, project, input.packageManager, input.now),
  );
  for (const language of others)
    writer.write(
      `README.${language}.md`,
      readme(input.templateDir, language, project, input.packageManager, input.now),
    );
}
