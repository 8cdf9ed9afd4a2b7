import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import type { PackageManager } from "./package-manager";
import type { ScaffoldResult } from "./scaffold";

// Windows needs a shell to find npm.cmd / pnpm.cmd; elsewhere no shell, so no quoting issues.
const shell = process.platform === "win32";

/** Runs the package manager's install in the project; `false` when it fails. */
export function install(directory: string, packageManager: PackageManager): boolean {
  const [command, ...args] = packageManager.install.split(" ");
  const result = spawnSync(command!, args, { cwd: directory, stdio: "inherit", shell });
  return result.status === 0;
}

/** What happened to git: initialised, already a repository (or inside one), or git missing. */
export type GitOutcome = "initialised" | "existing" | "unavailable" | "failed";

/** Initialises a git repository in the project unless it is already in one. */
export function initGit(directory: string): GitOutcome {
  if (existsSync(join(directory, ".git"))) return "existing";
  const inside = spawnSync("git", ["rev-parse", "--is-inside-work-tree"], {
    cwd: directory,
    stdio: ["ignore", "pipe", "ignore"],
    shell,
  });
  if (inside.error !== undefined) return "unavailable";
  if (inside.status === 0 && String(inside.stdout).trim() === "true") return "existing";
  const init = spawnSync("git", ["init", "--quiet"], { cwd: directory, stdio: "ignore", shell });
  return init.status === 0 ? "initialised" : "failed";
}

/** The next steps to print, as commands and hints, in order. */
export function nextSteps(
  result: ScaffoldResult,
  packageManager: PackageManager,
  options: { readonly cwd: string; readonly installed: boolean },
): string[] {
  const steps: string[] = [];
  const where = relative(options.cwd, result.targetDir);
  if (where !== "") steps.push(`cd ${/\s/.test(where) ? `"${where}"` : where}`);
  if (!options.installed) steps.push(packageManager.install);
  if (result.template === "ocmw-project") {
    const calendars = result.files.filter((file) => file.startsWith("calendar/"));
    steps.push(
      `${packageManager.run("check")}    # checks miriam.config.json and the event logs`,
      "read README.md: the year, step by step",
      `import ${calendars.join(", ")} into Outlook or Google Calendar`,
      "print the blank forms in documents/ (open the .html files in a browser, print on A4)",
    );
  } else {
    steps.push(
      `${packageManager.run("test")}    # the adapter's tests and the MIRIAM conformance kit`,
      "map your own records in src/adapter.ts; README.md explains how",
    );
  }
  return steps;
}
