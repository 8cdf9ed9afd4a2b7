import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  conformanceMatrix,
  reportToMarkdown,
  requirementTitle,
  runConformance,
} from "@miriam/conformance";
import { Command } from "commander";
import { CliError, type Context, EXIT, wordsFor } from "./_io";
import { conformanceProblems, jsonOutput } from "./_output";

interface ConformanceOptions {
  readonly output?: string;
  readonly json?: boolean;
  readonly matrix?: boolean;
  readonly lang?: string;
}

/** @internal `miriam conformance <dir>`. */
export function conformanceCommand(ctx: Context, done: (code: number) => void): Command {
  const { help } = ctx.words;
  const h = help.commands.conformance;
  const v = help.values;
  return new Command("conformance")
    .summary(h.summary)
    .description(h.description)
    .argument(`[${h.args.dir[0]}]`, h.args.dir[1])
    .option(`-o, --output <${v.dir}>`, h.options.output)
    .option("--json", h.options.json)
    .option(`--lang <${v.language}>`, help.lang)
    .option("--matrix", h.options.matrix)
    .addHelpText("after", h.after)
    .action(async (dir: string | undefined, options: ConformanceOptions) => {
      done(await conformance(ctx, dir, options));
    });
}

async function conformance(
  ctx: Context,
  dir: string | undefined,
  options: ConformanceOptions,
): Promise<number> {
  const words = wordsFor(ctx, options.lang);
  const { m, language } = words;
  if (options.matrix) {
    ctx.io.stdout.write(conformanceMatrix());
    return EXIT.ok;
  }
  if (dir === undefined) throw new CliError(m.nameExport);
  const path = ctx.path(dir);
  let isDirectory = false;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch {
    throw new CliError(m.noSuchDirectory(dir));
  }
  if (!isDirectory) throw new CliError(m.notADirectory(dir));
  const report = await runConformance(path, { language });
  const markdown = reportToMarkdown(report, { language });
  const json = `${JSON.stringify(report, null, 2)}\n`;
  if (options.output !== undefined) {
    const out = ctx.path(options.output);
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, "conformance-report.md"), markdown);
    writeFileSync(join(out, "conformance-report.json"), json);
    if (!options.json) {
      ctx.err(m.wrote(join(options.output, "conformance-report.md")));
      ctx.err(m.wrote(join(options.output, "conformance-report.json")));
    }
  }
  if (options.json)
    ctx.io.stdout.write(
      jsonOutput({
        command: "conformance",
        language,
        ok: report.conformant,
        ...report,
        problems: conformanceProblems(report, (id) => requirementTitle(id, language)),
      }),
    );
  else if (options.output === undefined) ctx.io.stdout.write(markdown);
  else {
    const { summary } = report;
    ctx.out(
      `${report.conformant ? ctx.color.green(m.conformant) : ctx.color.red(m.notConformant)}: ${m.requirementsSummary(words.number(summary.passed), words.number(summary.failed), words.number(summary.notApplicable))}`,
    );
    for (const r of report.requirements.filter((r) => r.status === "failed"))
      ctx.out(
        `  ${ctx.color.red("✗")} ${r.id} ${requirementTitle(r.id, language)} (${words.number(r.findingCount)})`,
      );
  }
  return report.conformant ? EXIT.ok : EXIT.findings;
}
