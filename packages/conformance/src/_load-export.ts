import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import {
  createCorrectionCheck,
  duplicateIdProblem,
  exportLayout,
  type Language,
  type ParticipantProfile,
  type Problem,
  type ProjectSettings,
  planExport,
  validate,
} from "@miriam/schemas";
import { createEventOrderCheck } from "@miriam/trajectory";
import type { PersonalData } from "./_finding-messages";
import { Findings } from "./_findings";
import { referenceChecks } from "./_references";
import { type EventLogIndex, indexEventLogs, type LogFile } from "./log-index";
import { readJsonLines } from "./read-json-lines";

export { Findings } from "./_findings";

/** @internal A file of the export as the report lists it. */
export interface ExportFile {
  readonly name: string;
  readonly role: "settings" | "trajectories" | "group-log" | "profiles" | "expected";
  /** Non-blank lines, for JSON Lines files. */
  readonly records?: number;
}

/** @internal An export read from its directory, with what was wrong in it. */
export interface LoadedExport {
  readonly files: ExportFile[];
  readonly ignored: string[];
  readonly settings: ProjectSettings | undefined;
  /** The logs' valid events, indexed to be read one trajectory at a time. */
  readonly index: EventLogIndex;
  /** The trajectories with events of their own (in `trajectories.jsonl`). */
  readonly own: ReadonlySet<string>;
  readonly profiles: ParticipantProfile[] | undefined;
  readonly findings: Findings;
}

// Fields that hold a name or contact details in a profile: never in an event.
const PERSONAL_KEYS = new Set([
  "givenName",
  "familyName",
  "name",
  "fullName",
  "birthDate",
  "phone",
  "email",
  "address",
]);

/**
 * @internal Which requirement a validation problem of `@miriam/schemas` breaks, from
 * the problem's path and expectation (the schemas' published wording).
 */
export function requirementOfProblem(problem: Problem): string {
  switch (problem.code) {
    case "invalid-json":
      return "MIR-SCHEMA-001";
    case "duplicate-id":
      return "MIR-SCHEMA-006";
    case "unexpected-field": {
      const key = /(?:\.|\[")([^."[\]]+)"?\]?$/.exec(problem.path)?.[1];
      return key !== undefined && PERSONAL_KEYS.has(key) ? "MIR-PRIVACY-001" : "MIR-SCHEMA-004";
    }
    case "unknown-domain":
      return "MIR-SCHEMA-005";
    case "out-of-order":
      return "MIR-SCHEMA-008";
    case "implausible-date":
      return "MIR-SCHEMA-009";
    case "correction-target-unknown":
    case "correction-target-elsewhere":
    case "correction-of-correction":
      return "MIR-SCHEMA-010";
    case "already-voided":
    case "correction-of-voided":
      return "MIR-SCHEMA-011";
    default:
      return problem.path === "$.at" ? "MIR-SCHEMA-003" : "MIR-SCHEMA-002";
  }
}

/**
 * @internal Reads and validates every file of an export directory; the findings are
 * worded in `language`.
 */
export async function loadExport(dir: string, language: Language = "en"): Promise<LoadedExport> {
  const findings = new Findings(language);
  const { say } = findings;
  const files: ExportFile[] = [];
  const ignored: string[] = [];
  const names = readdirSync(dir).sort();

  // Settings first: their domain set is what the logs are checked against.
  let settings: ProjectSettings | undefined;
  const settingsPath = join(dir, exportLayout.settings);
  if (!existsSync(settingsPath)) {
    findings.add("MIR-EXPORT-001", {
      file: exportLayout.settings,
      message: say.settingsMissing(exportLayout.settings),
    });
  } else {
    files.push({ name: exportLayout.settings, role: "settings" });
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(settingsPath, "utf8"));
    } catch {
      findings.add("MIR-EXPORT-001", {
        file: exportLayout.settings,
        path: "$",
        message: say.notAJsonObject,
      });
    }
    if (value !== undefined) {
      const result = validate("project-settings", value);
      if (result.ok) settings = result.value;
      else
        for (const problem of result.problems)
          findings.add("MIR-EXPORT-001", findings.problem(exportLayout.settings, problem));
    }
  }
  const domains = settings?.domains?.map((domain) => domain.code);
  const validation = domains === undefined ? {} : { domains };

  // Profiles next, so that events can be searched for the names they hold.
  let profiles: ParticipantProfile[] | undefined;
  if (existsSync(join(dir, exportLayout.profiles))) {
    profiles = [];
    let records = 0;
    for await (const line of readJsonLines(join(dir, exportLayout.profiles), {
      kind: "participant-profile",
    })) {
      records++;
      if (line.ok) profiles.push(line.value);
      else
        for (const problem of line.problems)
          findings.add(
            requirementOfProblem(problem) === "MIR-SCHEMA-001"
              ? "MIR-SCHEMA-001"
              : "MIR-SCHEMA-007",
            findings.problem(exportLayout.profiles, problem),
          );
    }
    files.push({ name: exportLayout.profiles, role: "profiles", records });
  } else {
    findings.notApplicable.add("MIR-SCHEMA-007");
    findings.notApplicable.add("MIR-PRIVACY-002");
  }
  const names_ = nameMatcher(profiles ?? []);

  const checkOrder = createEventOrderCheck();
  const checkCorrections = createCorrectionCheck();
  const references = referenceChecks(settings, findings);

  // Every log in one index, read one trajectory at a time later (log-index.ts): the
  // trajectories' log first, so that each group log's attendance is checked against it.
  const logs: LogFile[] = [];
  if (!existsSync(join(dir, exportLayout.trajectories)))
    findings.add("MIR-EXPORT-002", {
      file: exportLayout.trajectories,
      message: say.trajectoriesMissing(exportLayout.trajectories),
    });
  else
    logs.push({
      label: exportLayout.trajectories,
      path: join(dir, exportLayout.trajectories),
      kind: "event",
    });
  const plan = planExport(names);
  ignored.push(...plan.ignored);
  const groupOfFile = new Map<string, string>();
  for (const { name, groupId } of plan.files) {
    if (groupId === undefined) continue;
    groupOfFile.set(name, groupId);
    logs.push({ label: name, path: join(dir, name), kind: "event" });
  }

  const index = await indexEventLogs(logs, {
    ...validation,
    changed: changedWhileRead,
    onProblem: (file, problem) =>
      findings.add(requirementOfProblem(problem), findings.problem(file.label, problem)),
    // Event ids across the logs: the first use's line, and its file when another.
    onDuplicateId: (event, { label: file }, line, first) =>
      findings.add(
        "MIR-SCHEMA-006",
        findings.problem(
          file,
          duplicateIdProblem(event.id, line, {
            line: first.line,
            ...(first.file.label === file ? {} : { file: first.file.label }),
          }),
        ),
      ),
    accept: (event, { label: file }, line) => {
      // Out of time order is reported, and the event kept: the replay puts it in its place.
      const late = checkOrder(event, line, file);
      if (late !== undefined) findings.add("MIR-SCHEMA-008", findings.problem(file, late));
      for (const problem of checkCorrections.check(event, file, line))
        findings.add(requirementOfProblem(problem), findings.problem(file, problem));
      const named = names_?.(JSON.stringify(event));
      if (named !== undefined)
        findings.add("MIR-PRIVACY-001", {
          file,
          line,
          eventId: event.id,
          message:
            say.line(line) +
            say.personalData(named.what, named.trajectoryId, exportLayout.profiles),
        });
      const groupId = groupOfFile.get(file);
      if (groupId === undefined) {
        if ("trajectoryId" in event) {
          references.trajectoryEvent(event, line);
          return true;
        }
        findings.add("MIR-EXPORT-002", {
          file,
          line,
          eventId: event.id,
          message:
            say.line(line) +
            say.groupEventInTrajectories(
              findings.eventType(event.type),
              exportLayout.groupLog(event.groupId),
              exportLayout.trajectories,
            ),
        });
        return false;
      }
      if ("groupId" in event && event.groupId === groupId) {
        references.groupEvent(event, file, line);
        return true;
      }
      findings.add("MIR-EXPORT-003", {
        file,
        line,
        eventId: event.id,
        message:
          "groupId" in event
            ? say.line(line) +
              say.groupEventElsewhere(event.groupId, exportLayout.groupLog(event.groupId))
            : say.line(line) +
              say.trajectoryEventInGroupLog(
                findings.eventType(event.type),
                exportLayout.trajectories,
              ),
      });
      return false;
    },
  });
  for (const [place, file] of index.files.entries())
    files.push({
      name: file.label,
      role: logs[place]!.label === exportLayout.trajectories ? "trajectories" : "group-log",
      records: file.records,
    });
  references.finish(index.groupIds);
  for (const { file, problem } of checkCorrections.finish())
    findings.add(requirementOfProblem(problem), findings.problem(file, problem));
  if (
    existsSync(join(dir, exportLayout.expected)) &&
    statSync(join(dir, exportLayout.expected)).isDirectory()
  )
    for (const name of readdirSync(join(dir, exportLayout.expected)).sort())
      files.push({ name: `${exportLayout.expected}/${name}`, role: "expected" });

  return { files, ignored, settings, index, own: references.own, profiles, findings };
}

interface NameHit {
  readonly what: PersonalData;
  readonly trajectoryId: string;
}

// One regular expression for every profile's family name, full name, e-mail and phone,
// matched on word boundaries. Given names alone are left out: too many are also words.
// Outside `loadExport`: the index keeps this until the end of the run, and a closure made
// in there would keep every variable of its scope that any of its closures names, the
// first pass's checks among them (the correction check's id index is 12 bytes a slot,
// about 100 MB at 4M events).
const changedWhileRead = (label: string) => new Error(`${label} changed while it was read.`);

function nameMatcher(
  profiles: readonly ParticipantProfile[],
): ((text: string) => NameHit | undefined) | undefined {
  const owners = new Map<string, NameHit>();
  const add = (value: string | undefined, what: PersonalData, trajectoryId: string) => {
    const key = value?.trim().toLowerCase();
    if (key === undefined || key.length < 3 || owners.has(key)) return;
    owners.set(key, { what, trajectoryId });
  };
  for (const profile of profiles) {
    add(`${profile.givenName} ${profile.familyName}`, "name", profile.trajectoryId);
    add(profile.familyName, "familyName", profile.trajectoryId);
    add(profile.email, "email", profile.trajectoryId);
    add(profile.phone, "phone", profile.trajectoryId);
  }
  if (owners.size === 0) return undefined;
  const alternatives = [...owners.keys()]
    .sort((a, b) => b.length - a.length)
    .map((key) => key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}@.])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`,
    "iu",
  );
  return (text) => {
    const match = pattern.exec(text);
    return match === null ? undefined : owners.get(match[0].toLowerCase());
  };
}
