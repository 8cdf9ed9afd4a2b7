import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { Writable } from "node:stream";
import { exampleCohort, exportFiles } from "@miriam/schemas";
import { Command } from "commander";
import { CliError, type CliIo, type Context, EXIT } from "./_io";

/** The whole CLI, given by `run.ts` (which lists this command): importing it back would be a cycle. */
export type RunCli = (argv: readonly string[], io: Partial<CliIo>) => Promise<number>;

interface DemoOptions {
  readonly lines: string;
}

/** @internal `miriam demo [dir]`. */
export function demoCommand(ctx: Context, done: (code: number) => void, run: RunCli): Command {
  return new Command("demo")
    .summary("write the example cohort and run every command on it")
    .description(
      "Writes the kit's example cohort (one OCMW, one group of 14 mothers, laid out as a vendor's export) into a directory, then runs validate, replay, report, render, diagram and conformance on it, printing what each shows. The full outputs are written beside the export. Every name in the example is made up.",
    )
    .argument("[dir]", "where to write (default: a new temporary directory); must be empty or new")
    .option("--lines <n>", "lines shown of each long output", "14")
    .addHelpText(
      "after",
      `
Examples:
  $ miriam demo
  $ miriam demo ./miriam-demo && ls ./miriam-demo`,
    )
    .action(async (dir: string | undefined, options: DemoOptions) => {
      done(await demo(ctx, dir, options, run));
    });
}

function capture(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      chunks.push(String(chunk));
      callback();
    },
  });
  return { stream, text: () => chunks.join("") };
}

async function demo(
  ctx: Context,
  dir: string | undefined,
  options: DemoOptions,
  run: RunCli,
): Promise<number> {
  const { color, io } = ctx;
  const max = Math.max(1, Number.parseInt(options.lines, 10) || 14);
  const root = dir === undefined ? mkdtempSync(join(tmpdir(), "miriam-demo-")) : ctx.path(dir);
  if (existsSync(root) && readdirSync(root).length > 0 && dir !== undefined)
    throw new CliError(`${dir} is not empty: the demo writes into a new or empty directory.`);
  const exportDir = join(root, "export");
  const outDir = join(root, "out");
  mkdirSync(exportDir, { recursive: true });
  mkdirSync(outDir, { recursive: true });
  // Paths as the user would type them: relative below the working directory, else absolute.
  const shown = (path: string) => {
    const rel = relative(io.cwd, path);
    return rel === "" ? "." : rel.startsWith("..") ? path : rel;
  };
  const exp = shown(exportDir);
  const out = (name: string) => shown(join(outDir, name));

  ctx.out(color.bold("MIRIAM kit demo"));
  ctx.out(
    "The example cohort: OCMW Gent, one group of 14 mothers (Sep 2025 – Jun 2026), written as a vendor's export.",
  );
  ctx.out("Every name in it is made up.");
  ctx.out();
  for (const [name, text] of exportFiles(exampleCohort())) {
    writeFileSync(join(exportDir, name), text);
    const records = name.endsWith(".jsonl") ? `${text.split("\n").length - 1} lines` : "settings";
    ctx.out(`  ${join(exp, name).padEnd(50)} ${records}`);
  }

  // Each step runs the real command, in this process, and shows its output.
  let failures = 0;
  const step = async (
    title: string,
    argv: string[],
    expected: number,
    full?: string,
    limit = max,
  ) => {
    ctx.out();
    ctx.out(color.bold(color.cyan(`# ${title}`)));
    ctx.out(color.dim(`$ miriam ${argv.join(" ")}`));
    const stdout = capture();
    const stderr = capture();
    const code = await run(argv, {
      ...io,
      stdout: Object.assign(stdout.stream, { isTTY: false }),
      stderr: stderr.stream,
    });
    const lines = stdout.text().trimEnd().split("\n");
    for (const line of lines.slice(0, limit)) ctx.out(`  ${line}`);
    if (lines.length > limit)
      ctx.out(
        color.dim(
          `  ... ${lines.length - limit} more lines${full === undefined ? "" : ` in ${full}`}`,
        ),
      );
    if (code !== expected) {
      failures++;
      ctx.out(color.red(`  exit code ${code}, expected ${expected}`));
      for (const line of stderr.text().trimEnd().split("\n").slice(0, 5)) ctx.out(`  ${line}`);
    }
  };
  const save = async (argv: string[]) => {
    const stdout = capture();
    const code = await run(argv, { ...io, stdout: stdout.stream, stderr: capture().stream });
    if (code !== EXIT.ok) failures++;
  };

  await step("Check every file against the schemas", ["validate", exp], EXIT.ok);
  await step(
    "Replay the trajectories: phases, refused events, fidelity signals, what is due",
    ["replay", exp, "--now", "2026-01-15"],
    EXIT.ok,
    undefined,
    60,
  );
  // A log with one event the method forbids, to show a refusal and its reason.
  const brokenDir = join(root, "broken");
  mkdirSync(brokenDir);
  const cohort = exampleCohort();
  const closed = cohort.trajectoryEvents.find(
    (event) => event.type === "trajectory.closed" && event.trajectoryId === "gent-2025-a-06",
  )!;
  const late = {
    id: "gent-2025-a-06.late",
    trajectoryId: closed.trajectoryId,
    type: "contact.held",
    at: "2025-10-02T10:00:00+02:00",
    by: "cm-01",
    data: { mode: "phone", domains: ["housing"], minutes: 20 },
  };
  for (const [name, text] of exportFiles({
    ...cohort,
    trajectoryEvents: [...cohort.trajectoryEvents, late as typeof closed],
  }))
    writeFileSync(join(brokenDir, name), text);
  await step(
    "A refused event: a contact recorded after her trajectory was closed",
    ["replay", shown(brokenDir), "--trajectory", "gent-2025-a-06", "--lang", "fr"],
    EXIT.findings,
  );
  await save(["report", exp, "--group", "--format", "csv", "-o", out("group-report.csv")]);
  await save(["report", exp, "--funder", "--format", "json", "-o", out("funder-report.json")]);
  await step(
    "The funder report: small counts hidden, because the figures leave the OCMW",
    ["report", exp, "--funder", "--lang", "nl"],
    EXIT.ok,
    out("funder-report.json"),
  );
  await save(["report", exp, "--group", "--lang", "nl", "-o", out("group-report.md")]);
  await save([
    "render",
    "personal-plan",
    "--from",
    exp,
    "--trajectory",
    "gent-2025-a-01",
    "--format",
    "html",
    "-o",
    out("personal-plan.html"),
  ]);
  await step(
    "A document: her personal plan, from her events, in Dutch (HTML too)",
    ["render", "personal-plan", "--from", exp, "--trajectory", "gent-2025-a-01", "--lang", "nl"],
    EXIT.ok,
    out("personal-plan.html"),
  );
  await save(["diagram", "-o", out("trajectory.mmd")]);
  await step("The trajectory statechart, as Mermaid", ["diagram"], EXIT.ok, out("trajectory.mmd"));
  await step(
    "Conformance: is this export what a vendor's software should produce?",
    ["conformance", exp, "-o", shown(outDir)],
    EXIT.ok,
  );

  ctx.out();
  ctx.out(color.bold("Written"));
  for (const name of readdirSync(outDir).sort()) ctx.out(`  ${out(name)}`);
  ctx.out();
  ctx.out(color.bold("Try next"));
  ctx.out(`  miriam replay ${exp} --trajectory gent-2025-a-04 --lang fr`);
  ctx.out(`  miriam report ${exp} --funder --format csv`);
  ctx.out(`  miriam render consent --from ${exp} --trajectory gent-2025-a-02 --lang fr`);
  ctx.out("  miriam --help");
  if (failures > 0) {
    ctx.err(color.red(`${failures} step(s) of the demo did not go as expected.`));
    return EXIT.findings;
  }
  return EXIT.ok;
}
