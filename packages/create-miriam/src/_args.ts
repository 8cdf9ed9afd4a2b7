import { parseArgs } from "node:util";
import {
  eligibilityEditions,
  LANGUAGES,
  type Language,
  type Region,
  regions,
} from "@miriam/schemas";
import { type TemplateName, templateNames } from "./scaffold";
import type { EligibilityEdition, TargetGroup } from "./target-group";

/** A wrong flag or value: the CLI prints it with a pointer to --help and exits with 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** Everything the command line can answer; what is missing is asked, or defaulted. */
export interface CliAnswers {
  readonly help: boolean;
  readonly version: boolean;
  readonly interactive?: boolean;
  readonly targetDir?: string;
  readonly template?: TemplateName;
  readonly ocmwName?: string;
  readonly members?: readonly string[];
  readonly region?: Region;
  readonly languages?: readonly Language[];
  readonly groups?: 1 | 2;
  readonly startDate?: string;
  readonly trajectoryLengthMonths?: number;
  readonly sessionCadenceDays?: 7 | 14;
  /** Set when any target-group flag was given, so the prompt is skipped. */
  readonly target?: TargetGroup;
  readonly projectId?: string;
  readonly sessionTime?: string;
  readonly sessionMinutes?: number;
  readonly sessionPlace?: string;
  readonly packageName?: string;
  readonly overwrite: boolean;
  readonly skipInstall: boolean;
  readonly git: boolean;
}

/** The text of `create-miriam --help`. */
export const USAGE = `Usage: create-miriam [directory] [options]

Sets up a new MIRIAM project. Asks what it needs in a terminal; every question has a
flag, so a run can be fully scripted (--no-interactive, the default without a terminal
or when CI is set).

Template:
  -t, --template <name>        ocmw-project (a coordinator's project kit) or
                               vendor-starter (a TypeScript package for a vendor)

ocmw-project:
      --ocmw <name>            the OCMW / CPAS / ÖSHZ, or the consortium's name
      --member <name>          a member OCMW of a consortium (repeat the flag)
  -r, --region <region>        flanders, wallonia, brussels or german-speaking
  -l, --languages <list>       nl, fr, de, en; several with commas (first = default)
                               default: the region's (brussels: nl,fr)
  -g, --groups <n>             1 or 2 (default 1)
      --start <YYYY-MM-DD>     first group session (default: Monday on or after 15 September)
      --months <n>             trajectory length in months (default 10)
      --cadence <days>         group sessions every 14 (default) or 7 days
  Target group (default: any single mother using the OCMW, edition call-2023):
      --edition <id>           call-2023, programme-2022 or pilot-2015
      --min-age <n>            youngest age, e.g. 18
      --max-age <n>            oldest age, e.g. 25
      --neighbourhood <name>   she lives in this neighbourhood (repeat the flag)
      --youngest-child-max-age <n>
      --group-language         she can follow the sessions in the group's language
  Calendar:
      --session-time <HH:MM>   start of each group session (default 09:30)
      --session-minutes <n>    length of each session (default 150)
      --session-place <text>   where the group meets
      --project-id <id>        the project's id (default: from the OCMW's name)

vendor-starter:
      --package-name <name>    npm package name (default: from the directory)

General:
      --overwrite              empty a non-empty directory first (keeps .git)
      --skip-install           do not install dependencies
      --no-git                 do not initialise a git repository
      --no-interactive         never ask; use flags and defaults
  -h, --help                   show this help
  -v, --version                show the version

Examples:
  npm create miriam@latest miriam-gent -- --template ocmw-project --ocmw "OCMW Gent" \\
    --region flanders --languages nl,fr --groups 2 --start 2025-09-15
  pnpm create miriam my-adapter --template vendor-starter --package-name @acme/miriam-adapter
`;

const OPTIONS = {
  template: { type: "string", short: "t" },
  ocmw: { type: "string" },
  member: { type: "string", multiple: true },
  region: { type: "string", short: "r" },
  languages: { type: "string", short: "l", multiple: true },
  groups: { type: "string", short: "g" },
  start: { type: "string" },
  months: { type: "string" },
  cadence: { type: "string" },
  edition: { type: "string" },
  "min-age": { type: "string" },
  "max-age": { type: "string" },
  neighbourhood: { type: "string", multiple: true },
  "youngest-child-max-age": { type: "string" },
  "group-language": { type: "boolean" },
  "session-time": { type: "string" },
  "session-minutes": { type: "string" },
  "session-place": { type: "string" },
  "project-id": { type: "string" },
  "package-name": { type: "string" },
  overwrite: { type: "boolean" },
  "skip-install": { type: "boolean" },
  git: { type: "boolean" },
  interactive: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag} must be one of ${allowed.join(", ")}; got "${value}".`);
}

function integer(flag: string, value: string, min: number, max: number): number {
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || number < min || number > max)
    throw new UsageError(`--${flag} must be a whole number from ${min} to ${max}; got "${value}".`);
  return number;
}

/** Whether a string is a real calendar date `YYYY-MM-DD`. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Parses the command line into answers; values are checked, nothing is defaulted yet. */
export function parseCliArgs(argv: readonly string[]): CliAnswers {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: OPTIONS,
      allowPositionals: true,
      allowNegative: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1)
    throw new UsageError(
      `Give one directory; got ${positionals.length}: ${positionals.join(" ")}. Quote a name with spaces.`,
    );
  const languages = values.languages
    ?.flatMap((entry) => entry.split(","))
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "")
    .map((entry) => oneOf("languages", entry, LANGUAGES));
  if (values.start !== undefined && !isCalendarDate(values.start))
    throw new UsageError(`--start must be a date as YYYY-MM-DD; got "${values.start}".`);
  if (
    values["session-time"] !== undefined &&
    !/^([01]\d|2[0-3]):[0-5]\d$/.test(values["session-time"])
  )
    throw new UsageError(
      `--session-time must be a time as HH:MM; got "${values["session-time"]}".`,
    );

  const target: {
    -readonly [K in keyof TargetGroup]: TargetGroup[K];
  } = {};
  if (values.edition !== undefined)
    target.edition = oneOf(
      "edition",
      values.edition,
      Object.keys(eligibilityEditions) as EligibilityEdition[],
    );
  if (values["min-age"] !== undefined)
    target.minAge = integer("min-age", values["min-age"], 14, 80);
  if (values["max-age"] !== undefined)
    target.maxAge = integer("max-age", values["max-age"], 14, 80);
  if (target.minAge !== undefined && target.maxAge !== undefined && target.minAge > target.maxAge)
    throw new UsageError(`--min-age (${target.minAge}) is above --max-age (${target.maxAge}).`);
  if (values.neighbourhood !== undefined)
    target.neighbourhoods = values.neighbourhood.map((name) => name.trim()).filter(Boolean);
  if (values["youngest-child-max-age"] !== undefined)
    target.youngestChildMaxAge = integer(
      "youngest-child-max-age",
      values["youngest-child-max-age"],
      0,
      25,
    );
  if (values["group-language"] === true) target.requiresGroupLanguage = true;

  const answers: { -readonly [K in keyof CliAnswers]: CliAnswers[K] } = {
    help: values.help === true,
    version: values.version === true,
    overwrite: values.overwrite === true,
    skipInstall: values["skip-install"] === true,
    git: values.git !== false,
  };
  if (values.interactive !== undefined) answers.interactive = values.interactive;
  if (positionals[0] !== undefined) answers.targetDir = positionals[0];
  if (values.template !== undefined)
    answers.template = oneOf("template", values.template, templateNames);
  if (values.ocmw !== undefined) answers.ocmwName = values.ocmw.trim();
  if (values.member !== undefined) answers.members = values.member.map((m) => m.trim());
  if (values.region !== undefined) answers.region = oneOf("region", values.region, regions.codes);
  if (languages !== undefined) answers.languages = [...new Set(languages)];
  if (values.groups !== undefined)
    answers.groups = Number(oneOf("groups", values.groups, ["1", "2"])) as 1 | 2;
  if (values.start !== undefined) answers.startDate = values.start;
  if (values.months !== undefined)
    answers.trajectoryLengthMonths = integer("months", values.months, 1, 36);
  if (values.cadence !== undefined)
    answers.sessionCadenceDays = Number(oneOf("cadence", values.cadence, ["14", "7"])) as 7 | 14;
  if (Object.keys(target).length > 0) answers.target = target;
  if (values["project-id"] !== undefined) answers.projectId = values["project-id"];
  if (values["session-time"] !== undefined) answers.sessionTime = values["session-time"];
  if (values["session-minutes"] !== undefined)
    answers.sessionMinutes = integer("session-minutes", values["session-minutes"], 1, 720);
  if (values["session-place"] !== undefined) answers.sessionPlace = values["session-place"];
  if (values["package-name"] !== undefined) answers.packageName = values["package-name"];
  return answers;
}

/** The template the other flags imply: OCMW answers or a package name; else `undefined`. */
export function impliedTemplate(answers: CliAnswers): TemplateName | undefined {
  if (answers.template !== undefined) return answers.template;
  if (answers.ocmwName !== undefined || answers.region !== undefined) return "ocmw-project";
  if (answers.packageName !== undefined) return "vendor-starter";
  return undefined;
}

/**
 * The default first session: the Monday on or after 15 September, this year's if it is
 * still ahead, else next year's (programme years run from September to June).
 */
export function defaultStartDate(today: Date): string {
  const monday = (year: number) => {
    const date = new Date(Date.UTC(year, 8, 15));
    date.setUTCDate(date.getUTCDate() + ((8 - date.getUTCDay()) % 7));
    return date.toISOString().slice(0, 10);
  };
  const thisYear = monday(today.getUTCFullYear());
  return thisYear > today.toISOString().slice(0, 10)
    ? thisYear
    : monday(today.getUTCFullYear() + 1);
}
