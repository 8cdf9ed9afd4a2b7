import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// The tests run the real command as a user would: a child process, stdin not a terminal,
// CI unset, against the TypeScript source (tsx with the @miriam/source condition) so no
// build is needed first.

const cli = fileURLToPath(new URL("./cli.ts", import.meta.url));
const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

/** What a run of the CLI printed and returned. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `create-miriam <args>` in `cwd`; stdin is an empty pipe, so never a TTY. */
export function runCli(
  args: readonly string[],
  cwd: string,
  env: Readonly<Record<string, string>> = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--conditions=@miriam/source", "--import", tsx, cli, ...args],
      {
        cwd,
        env: { ...process.env, CI: "", NO_COLOR: "1", npm_config_user_agent: "", ...env },
        stdio: ["pipe", "pipe", "pipe"],
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.stdin.end();
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** A new empty temporary directory. */
export function tempDir(prefix = "create-miriam-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
