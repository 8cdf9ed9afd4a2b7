import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { Writable } from "node:stream";
import { exampleCohort, exportFiles } from "@miriam/schemas";
import { Command } from "commander";
import { CliError, type CliIo, type Context, EXIT, wordsFor } from "./_io";

/** The whole CLI, given by `run.ts` (which lists this command): importing it back would be a cycle. */
export type RunCli = (argv: readonly string[], io: Partial<CliIo>) => Promise<number>;

interface DemoOptions {
  readonly lines: string;
  readonly lang?: string;
}

/** @internal `miriam demo [dir]`. */
export function demoCommand(ctx: Context, done: (code: number) => void, run: RunCli): Command {
  const { help } = ctx.words;
  const h = help.commands.demo;
  const v = help.values;
  return new Command("demo")
    .summary(h.summary)
    .description(h.description)
    .argument(`[${h.args.dir[0]}]`, h.args.dir[1])
    .option(`--lines <${v.n}>`, h.options.lines, "14")
    .option(`--lang <${v.language}>`, help.langDemo)
    .addHelpText("after", h.after)
    .action(async (dir: string | undefined, options: DemoOptions) => {
      done(await demo(ctx, dir, options, run));
    });
}

/** @internal A stream that keeps what is written to it, for a run whose output is shown. */
export function capture(): { stream: Writable; text: () => string } {
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
  const words = wordsFor(ctx, options.lang);
  const { language } = words;
  const d = words.m.demo;
  // An English reader sees the kit's languages at work (a refusal in French, documents
  // in Dutch); any other reader sees every step in her own language.
  const showcase = (shown: string) => (language === "en" ? shown : language);
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

  ctx.out(color.bold(d.title));
  ctx.out(d.cohort);
  ctx.out(d.madeUp);
  ctx.out();
  for (const [name, text] of exportFiles(exampleCohort())) {
    writeFileSync(join(exportDir, name), text);
    const records = name.endsWith(".jsonl")
      ? words.count(text.split("\n").length - 1, d.lines)
      : d.settings;
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
    if (lines.length > limit) {
      const more = words.count(lines.length - limit, d.more);
      ctx.out(color.dim(`  ${full === undefined ? more : d.moreIn(more, full)}`));
    }
    if (code !== expected) {
      failures++;
      ctx.out(color.red(`  ${d.exitCode(String(code), String(expected))}`));
      for (const line of stderr.text().trimEnd().split("\n").slice(0, 5)) ctx.out(`  ${line}`);
    }
  };
  const save = async (argv: string[]) => {
    const stdout = capture();
    const code = await run(argv, { ...io, stdout: stdout.stream, stderr: capture().stream });
    if (code !== EXIT.ok) failures++;
  };

  await step(d.validate, ["validate", exp, "--lang", language], EXIT.ok);
  await step(
    d.replay,
    ["replay", exp, "--now", "2026-01-15", "--lang", language],
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
    d.refused,
    ["replay", shown(brokenDir), "--trajectory", "gent-2025-a-06", "--lang", showcase("fr")],
    EXIT.findings,
  );
  await save(["report", exp, "--group", "--format", "csv", "-o", out("group-report.csv")]);
  await save(["report", exp, "--funder", "--format", "json", "-o", out("funder-report.json")]);
  await step(
    d.funder,
    ["report", exp, "--funder", "--lang", showcase("nl")],
    EXIT.ok,
    out("funder-report.json"),
  );
  await save(["report", exp, "--group", "--lang", showcase("nl"), "-o", out("group-report.md")]);
  const plan = ["render", "personal-plan", "--from", exp, "--trajectory", "gent-2025-a-01"];
  await save([
    ...plan,
    "--format",
    "html",
    "--lang",
    showcase("nl"),
    "-o",
    out("personal-plan.html"),
  ]);
  await step(d.document, [...plan, "--lang", showcase("nl")], EXIT.ok, out("personal-plan.html"));
  await save(["diagram", "-o", out("trajectory.mmd")]);
  await step(d.diagram, ["diagram"], EXIT.ok, out("trajectory.mmd"));
  await step(d.conformance, ["conformance", exp, "-o", shown(outDir), "--lang", language], EXIT.ok);

  ctx.out();
  ctx.out(color.bold(d.written));
  for (const name of readdirSync(outDir).sort()) ctx.out(`  ${out(name)}`);
  ctx.out();
  ctx.out(color.bold(d.tryNext));
  ctx.out(`  miriam replay ${exp} --trajectory gent-2025-a-04 --lang fr`);
  ctx.out(`  miriam report ${exp} --funder --format csv`);
  ctx.out(`  miriam render consent --from ${exp} --trajectory gent-2025-a-02 --lang fr`);
  ctx.out("  miriam --help");
  if (failures > 0) {
    ctx.err(color.red(words.count(failures, d.failed)));
    return EXIT.findings;
  }
  return EXIT.ok;
}
