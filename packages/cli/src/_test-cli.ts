import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { exampleCohort, exportFiles } from "@miriam/schemas";

// Test helpers only: run the real `miriam` command in a child process, from its
// TypeScript source through tsx, as a user would run the built one.

const bin = fileURLToPath(new URL("./bin.ts", import.meta.url));
const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

/** What a run of the command did. */
export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `miriam ...args` in `cwd`, with `input` on stdin and extra environment variables. */
export function miriam(
  args: readonly string[],
  options: {
    cwd?: string;
    input?: string | Buffer;
    env?: Record<string, string | undefined>;
    nodeOptions?: readonly string[];
  } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string | undefined> = { ...process.env, ...options.env };
    // The runner may run under a colour-forcing terminal; tests set what they need.
    if (!options.env || !("FORCE_COLOR" in options.env)) delete env.FORCE_COLOR;
    if (!options.env || !("NO_COLOR" in options.env)) delete env.NO_COLOR;
    // The language follows MIRIAM_LANG and the locale: tests choose it, not the machine.
    for (const name of ["MIRIAM_LANG", "LC_ALL", "LC_MESSAGES", "LANG"])
      if (!options.env || !(name in options.env)) delete env[name];
    const child = spawn(
      process.execPath,
      [
        ...(options.nodeOptions ?? []),
        "--conditions=@miriam/source",
        "--import",
        tsx,
        bin,
        ...args,
      ],
      { cwd: options.cwd ?? process.cwd(), env, stdio: ["pipe", "pipe", "pipe"] },
    );
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({
        code,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
      }),
    );
    child.stdin.on("error", () => {});
    child.stdin.end(options.input ?? "");
  });
}

/** A new temporary directory holding the example cohort as an export in `export/`. */
export function cohortDir(): { dir: string; exportDir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "miriam-cli-"));
  const exportDir = join(dir, "export");
  mkdirSync(exportDir, { recursive: true });
  for (const [name, text] of exportFiles(exampleCohort()))
    writeFileSync(join(exportDir, name), text);
  return { dir, exportDir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Runs `miriam ...args` in this process through `run` (no child process: fast enough to
 * run every command in every language), with the given environment.
 */
export async function miriamInProcess(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string | undefined> } = {},
): Promise<CliResult> {
  const { capture } = await import("./demo");
  const { run } = await import("./run");
  const stdout = capture();
  const stderr = capture();
  const code = await run(args, {
    stdout: stdout.stream,
    stderr: stderr.stream,
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** An event the method refuses: a contact of gent-2025-a-06 after her trajectory was closed. */
export const lateContact = {
  id: "late-1",
  trajectoryId: "gent-2025-a-06",
  type: "contact.held",
  at: "2025-12-01T10:00:00+01:00",
  by: "cm-01",
  data: { mode: "phone", domains: ["housing"], minutes: 20 },
};
