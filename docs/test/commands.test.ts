import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Readable, Writable } from "node:stream";
import { fileURLToPath, pathToFileURL } from "node:url";
import { run } from "@miriam/cli";
import { personalPlanFromEvents } from "@miriam/documents";
import { exampleCohort, exportFiles } from "@miriam/schemas";
import { afterAll, describe, expect, it } from "vitest";
import { commandsOf, type ShownCommand, shellWords, toolCommand } from "./_commands";
import { markdownPages } from "./_samples";

// The commands the pages show are run, so a reader can type them as they are: every
// `miriam ...` (or `npx miriam ...`) line of a shell block through the CLI's `run`, and
// every `npm create miriam ...` with flags through create-miriam's command (scripted:
// no install, no git). A page's commands run in order, in a folder of their own that
// holds what the guides assume: a project kit (`miriam.config.json`, `events/`,
// `plan.json`) and an export (`build/miriam-export/`), both of the example cohort.

const DOCS = fileURLToPath(new URL("..", import.meta.url));
const require = createRequire(import.meta.url);
const CREATE_MIRIAM = join(dirname(require.resolve("create-miriam/package.json")), "src/cli.ts");
const TSX = pathToFileURL(require.resolve("tsx")).href;

const shown = markdownPages(DOCS).flatMap((page) =>
  commandsOf(page, readFileSync(join(DOCS, page), "utf8")),
);
// `<export dir>` and the like are templates to fill in, not commands.
const runnable = shown.filter((command) => !command.args.some((arg) => /^<|>$/.test(arg)));
const pages = [...new Set(runnable.map((command) => command.page))];

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A folder with a project kit and an export of the example cohort. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), "miriam-docs-commands-"));
  folders.push(dir);
  const cohort = exampleCohort();
  const files = exportFiles(cohort);
  mkdirSync(join(dir, "events"));
  mkdirSync(join(dir, "build/miriam-export"), { recursive: true });
  for (const [name, text] of files) {
    writeFileSync(join(dir, "build/miriam-export", name), text);
    if (name === "miriam.config.json") writeFileSync(join(dir, name), text);
    else if (name !== "profiles.jsonl") writeFileSync(join(dir, "events", name), text);
  }
  const profile = cohort.profiles[0]!;
  const plan = personalPlanFromEvents({ profile, events: cohort.trajectoryEvents });
  writeFileSync(join(dir, "plan.json"), JSON.stringify(plan, null, 2));
  return dir;
}

function sink(chunks: string[]): Writable {
  return new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
}

async function runMiriam(args: readonly string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, {
    stdin: Readable.from([]),
    stdout: sink(out),
    stderr: sink(err),
    env: { NO_COLOR: "1" },
    cwd,
  });
  return { code, output: `${out.join("")}${err.join("")}` };
}

function runCreateMiriam(args: readonly string[], cwd: string) {
  // Scripted and offline: what the page shows, without installing or initialising git.
  const extra = args.includes("--help") ? [] : ["--skip-install", "--no-git", "--no-interactive"];
  return new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--conditions=@miriam/source", "--import", TSX, CREATE_MIRIAM, ...args, ...extra],
      { cwd, env: { ...process.env, CI: "1", NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] },
    );
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += String(chunk);
    });
    child.stderr.on("data", (chunk) => {
      output += String(chunk);
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

describe("finding commands", () => {
  it("splits shell words as a shell does, for what the pages use", () => {
    expect(shellWords(`npx miriam render x --ocmw "OCMW Gent" -o a.html # a comment`)).toEqual([
      "npx",
      "miriam",
      "render",
      "x",
      "--ocmw",
      "OCMW Gent",
      "-o",
      "a.html",
    ]);
    expect(shellWords("miriam diagram > trajectory.mmd")).toEqual(["miriam", "diagram"]);
    expect(shellWords("cat log.jsonl | miriam validate -")).toEqual(["cat", "log.jsonl"]);
  });

  it("knows the kit's tools and nothing else", () => {
    expect(toolCommand(["npx", "miriam", "validate", "events"])).toEqual({
      tool: "miriam",
      args: ["validate", "events"],
    });
    expect(
      toolCommand(["npm", "create", "miriam@latest", "x", "--", "--template", "ocmw-project"]),
    ).toEqual({ tool: "create-miriam", args: ["x", "--template", "ocmw-project"] });
    expect(toolCommand(["npm", "install", "@miriam/cli"])).toBeUndefined();
    expect(toolCommand(["pnpm", "demo"])).toBeUndefined();
  });

  it("reads shell blocks only, with continuation lines", () => {
    const markdown = [
      "```sh",
      "npx miriam replay events \\",
      "  --now 2026-01-15",
      "npm install @miriam/cli",
      "```",
      "```text",
      "miriam validate not-a-command",
      "```",
    ].join("\n");
    expect(commandsOf("x.md", markdown)).toEqual([
      {
        page: "x.md",
        line: 2,
        text: "npx miriam replay events --now 2026-01-15",
        tool: "miriam",
        args: ["replay", "events", "--now", "2026-01-15"],
      },
    ]);
  });

  it("every guide shows commands that can be run", () => {
    for (const guide of markdownPages(DOCS).filter((page) => page.startsWith("guides/")))
      expect(pages, guide).toContain(guide);
  });
});

describe.each(pages)("the commands of %s run", (page) => {
  const commands = runnable.filter((command) => command.page === page);
  let cwd: string | undefined;

  it.each(commands.map((command) => [`L${command.line}: ${command.text}`, command] as const))(
    "%s",
    async (_name, command: ShownCommand) => {
      cwd ??= workspace();
      // A bare `npm create miriam` asks its questions in a terminal: nothing to script.
      if (command.tool === "create-miriam" && command.args.length === 0) return;
      const result =
        command.tool === "miriam"
          ? await runMiriam(command.args, cwd)
          : await runCreateMiriam(command.args, cwd);
      expect(result.code, `${page}:${command.line}: ${command.text}\n${result.output}`).toBe(0);
    },
    60_000,
  );
});
