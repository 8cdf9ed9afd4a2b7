import { basename, join, resolve } from "node:path";
import type { ProjectSettingsInput } from "@miriam/schemas";
import { writeOcmwProject } from "./_ocmw-project";
import { prepareTarget, TargetWriter } from "./_target-dir";
import { findTemplatesDir } from "./_templates-dir";
import { writeVendorStarter } from "./_vendor-starter";
import type { CalendarOptions } from "./calendar";
import { ScaffoldError } from "./errors";
import { packageNameProblems, targetDirProblems, toPackageName } from "./names";
import { detectPackageManager, type PackageManager } from "./package-manager";
import { type ProjectAnswers, projectSettings } from "./project-settings";

/** The templates `create-miriam` can write. */
export const templateNames = ["ocmw-project", "vendor-starter"] as const;

/**
 * A template: `ocmw-project` (a project kit for an OCMW / CPAS coordinator) or
 * `vendor-starter` (a TypeScript package for a software vendor's integration).
 */
export type TemplateName = (typeof templateNames)[number];

/** Options of {@link scaffold}. */
export interface ScaffoldOptions {
  /** Where to write the project; created when missing. Relative paths resolve against `cwd`. */
  readonly targetDir: string;
  /** Which template to write. */
  readonly template: TemplateName;
  /** The coordinator's answers; required for `ocmw-project`. */
  readonly project?: ProjectAnswers;
  /** The package name. Default: made from the directory's name. */
  readonly packageName?: string;
  /** Empty a non-empty target first, keeping its `.git`. Default `false`: refuse. */
  readonly overwrite?: boolean;
  /** The package manager to name in the README. Default: detected from `npm_config_user_agent`. */
  readonly packageManager?: PackageManager;
  /** Time, length and place of the group sessions in the calendars (`ocmw-project`). */
  readonly calendar?: Pick<CalendarOptions, "time" | "minutes" | "place">;
  /** The moment recorded in the files (calendar DTSTAMP, `group.opened`). Default: now. */
  readonly now?: Date;
  /** Directory to resolve a relative `targetDir` against. Default: `process.cwd()`. */
  readonly cwd?: string;
  /** Where the templates are. Default: the package's own (or the repository's in development). */
  readonly templatesDir?: string;
}

/** What {@link scaffold} wrote. */
export interface ScaffoldResult {
  /** The project's absolute directory. */
  readonly targetDir: string;
  /** The template written. */
  readonly template: TemplateName;
  /** The project's package name. */
  readonly packageName: string;
  /** Every file written, relative to `targetDir`, with `/` separators. */
  readonly files: readonly string[];
  /** The settings written to `miriam.config.json` (`ocmw-project` only). */
  readonly settings?: ProjectSettingsInput;
}

/**
 * Writes a new project from a template. Every check runs before the first write: the
 * directory and package names, the answers (validated as project settings with
 * `@miriam/schemas`), and the target, which must be missing or empty unless `overwrite`
 * (which empties it but keeps `.git`). No file is ever written outside the target or
 * through a symbolic link. Installs nothing and runs no git: the CLI does that.
 *
 * @throws {ScaffoldError} when a check fails; its `code` says which.
 * @example
 * ```ts
 * import { scaffold } from "create-miriam";
 *
 * const result = scaffold({
 *   targetDir: "miriam-gent",
 *   template: "ocmw-project",
 *   project: { ocmwName: "OCMW Gent", region: "flanders", languages: ["nl", "fr"], groups: 2, startDate: "2025-09-15" },
 * });
 * console.log(result.files.length, "files in", result.targetDir);
 * ```
 */
export function scaffold(options: ScaffoldOptions): ScaffoldResult {
  const dirProblems = targetDirProblems(options.targetDir);
  if (dirProblems.length > 0)
    throw new ScaffoldError(
      "invalid-name",
      `The directory "${options.targetDir}" is not accepted: ${dirProblems.join("; ")}.`,
    );
  const targetDir = resolve(options.cwd ?? process.cwd(), options.targetDir);
  const packageName = options.packageName ?? toPackageName(basename(targetDir));
  const nameProblems = packageNameProblems(packageName);
  if (nameProblems.length > 0)
    throw new ScaffoldError(
      "invalid-name",
      `"${packageName}" is not a valid package name: ${nameProblems.join("; ")}.${options.packageName === undefined ? " Pass --package-name to choose one." : ""}`,
    );
  if (!templateNames.includes(options.template))
    throw new ScaffoldError(
      "invalid-option",
      `Unknown template "${options.template}". Choose ${templateNames.join(" or ")}.`,
    );
  const templateDir = join(findTemplatesDir(options.templatesDir), options.template);
  const packageManager =
    options.packageManager ?? detectPackageManager(process.env.npm_config_user_agent);
  const now = options.now ?? new Date();

  let settings: ProjectSettingsInput | undefined;
  if (options.template === "ocmw-project") {
    if (options.project === undefined)
      throw new ScaffoldError(
        "invalid-option",
        "The ocmw-project template needs the project's answers (OCMW name, region, languages, groups, start date).",
      );
    settings = projectSettings(options.project);
  }

  prepareTarget(targetDir, options.overwrite === true);
  const writer = new TargetWriter(targetDir);
  if (settings !== undefined)
    writeOcmwProject(writer, {
      templateDir,
      settings,
      packageName,
      packageManager,
      now,
      calendar: options.calendar ?? {},
    });
  else writeVendorStarter(writer, { templateDir, packageName });

  return {
    targetDir,
    template: options.template,
    packageName,
    files: writer.files,
    ...(settings === undefined ? {} : { settings }),
  };
}
