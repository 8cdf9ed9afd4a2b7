import { existsSync, readdirSync } from "node:fs";
import { resolve } from "node:path";
import { regionLanguages } from "@miriam/schemas";
import pc from "picocolors";
import packageJson from "../package.json" with { type: "json" };
import {
  type CliAnswers,
  defaultStartDate,
  impliedTemplate,
  parseCliArgs,
  USAGE,
  UsageError,
} from "./_args";
import { Cancelled } from "./_cancelled";
import { initGit, install, nextSteps } from "./_post-scaffold";
import { ScaffoldError } from "./errors";
import { detectPackageManager } from "./package-manager";
import { slugify } from "./project-settings";
import { type ScaffoldOptions, scaffold } from "./scaffold";

// The bin entry. Exit codes: 0 done, 1 refused or failed, 2 wrong usage (as the `miriam`
// command does).

function isCi(): boolean {
  const ci = process.env.CI;
  return ci !== undefined && ci !== "" && ci !== "0" && ci !== "false";
}

function hasContent(directory: string): boolean {
  return existsSync(directory) && readdirSync(directory).some((entry) => entry !== ".git");
}

/** Fills what a scripted run left open with defaults, or says which flag is missing. */
function withDefaults(answers: CliAnswers): CliAnswers {
  const template = impliedTemplate(answers) ?? "ocmw-project";
  if (template === "vendor-starter")
    return { ...answers, template, targetDir: answers.targetDir ?? "miriam-adapter" };
  const missing = [
    ...(answers.ocmwName === undefined || answers.ocmwName === "" ? ["--ocmw <name>"] : []),
    ...(answers.region === undefined ? ["--region <region>"] : []),
  ];
  if (missing.length > 0)
    throw new UsageError(
      `Without a terminal nothing can be asked: give ${missing.join(" and ")} (or run in a terminal to answer the questions).`,
    );
  return {
    ...answers,
    template,
    targetDir: answers.targetDir ?? `miriam-${slugify(answers.ocmwName!) || "project"}`,
    languages: answers.languages ?? [...regionLanguages(answers.region!)],
    groups: answers.groups ?? 1,
    startDate: answers.startDate ?? defaultStartDate(new Date()),
  };
}

function scaffoldOptions(answers: CliAnswers, overwrite: boolean): ScaffoldOptions {
  const calendar = {
    ...(answers.sessionTime === undefined ? {} : { time: answers.sessionTime }),
    ...(answers.sessionMinutes === undefined ? {} : { minutes: answers.sessionMinutes }),
    ...(answers.sessionPlace === undefined ? {} : { place: answers.sessionPlace }),
  };
  const project =
    answers.template === "ocmw-project"
      ? {
          project: {
            ocmwName: answers.ocmwName!,
            region: answers.region!,
            languages: answers.languages!,
            groups: answers.groups!,
            startDate: answers.startDate!,
            ...(answers.members === undefined ? {} : { members: answers.members }),
            ...(answers.trajectoryLengthMonths === undefined
              ? {}
              : { trajectoryLengthMonths: answers.trajectoryLengthMonths }),
            ...(answers.sessionCadenceDays === undefined
              ? {}
              : { sessionCadenceDays: answers.sessionCadenceDays }),
            ...(answers.target === undefined ? {} : { target: answers.target }),
            ...(answers.projectId === undefined ? {} : { projectId: answers.projectId }),
          },
        }
      : {};
  return {
    targetDir: answers.targetDir!,
    template: answers.template!,
    overwrite,
    calendar,
    ...project,
    ...(answers.packageName === undefined ? {} : { packageName: answers.packageName }),
  };
}

/** Runs the command; resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let answers: CliAnswers;
  try {
    answers = parseCliArgs(argv);
    if (answers.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    if (answers.version) {
      process.stdout.write(`${packageJson.version}\n`);
      return 0;
    }
    if (answers.interactive === true && process.stdin.isTTY !== true)
      throw new UsageError(
        "--interactive needs a terminal: stdin is not one. Give the answers as flags instead.",
      );
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(
      `${pc.red("error")} ${error.message}\nRun create-miriam --help for the options.\n`,
    );
    return 2;
  }

  const interactive = answers.interactive ?? (process.stdin.isTTY === true && !isCi());
  const packageManager = detectPackageManager(process.env.npm_config_user_agent);
  // Loaded only with a terminal, so a scripted run never touches the prompt library.
  const prompts = interactive ? await import("./_prompts") : undefined;
  let overwrite = answers.overwrite;
  try {
    answers = prompts !== undefined ? await prompts.askMissing(answers) : withDefaults(answers);
    const target = resolve(answers.targetDir!);
    if (prompts !== undefined && !overwrite && hasContent(target)) {
      overwrite = await prompts.confirmOverwrite(answers.targetDir!);
      if (!overwrite) throw new Cancelled("Nothing was written.");
    }
    const spinner = prompts?.clack.spinner();
    spinner?.start("Writing the project");
    const result = scaffold(scaffoldOptions(answers, overwrite));
    spinner?.stop(`Wrote ${result.files.length} files in ${result.targetDir}`);
    if (prompts === undefined)
      process.stdout.write(`Wrote ${result.files.length} files in ${result.targetDir}\n`);

    let installed = false;
    let failed = false;
    if (!answers.skipInstall) {
      process.stdout.write(`\nInstalling with ${packageManager.install}...\n`);
      installed = install(result.targetDir, packageManager);
      if (!installed) {
        failed = true;
        process.stderr.write(
          `${pc.yellow("warning")} ${packageManager.install} failed; the files are written, install again when you are online.\n`,
        );
      }
    }
    if (answers.git) {
      const git = initGit(result.targetDir);
      if (git === "initialised") process.stdout.write("Initialised a git repository.\n");
      else if (git === "unavailable" || git === "failed")
        process.stdout.write("git is not available: no repository initialised.\n");
    }

    const steps = nextSteps(result, packageManager, { cwd: process.cwd(), installed });
    if (prompts !== undefined) {
      prompts.clack.note(steps.join("\n"), "Next steps");
      prompts.clack.outro(pc.green("Done."));
    } else process.stdout.write(`\nNext steps:\n${steps.map((step) => `  ${step}`).join("\n")}\n`);
    return failed ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(
        `${pc.red("error")} ${error.message}\nRun create-miriam --help for the options.\n`,
      );
      return 2;
    }
    if (error instanceof Cancelled) {
      if (prompts !== undefined) prompts.clack.cancel(error.message);
      else process.stderr.write(`${error.message}\n`);
      return 1;
    }
    if (error instanceof ScaffoldError) {
      process.stderr.write(`${pc.red("error")} ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
