import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  conformanceMatrix,
  reportToMarkdown,
  requirementTitle,
  runConformance,
} from "@miriam/conformance";
import { Command } from "commander";
import { CliError, type Context, EXIT, LANG_HELP, wordsFor } from "./_io";
import { conformanceProblems, jsonOutput } from "./_output";

interface ConformanceOptions {
  readonly output?: string;
  readonly json?: boolean;
  readonly matrix?: boolean;
  readonly lang?: string;
}

/** @internal `miriam conformance <dir>`. */
export function conformanceCommand(ctx: Context, done: (code: number) => void): Command {
  return new Command("conformance")
    .summary("check a vendor's export against the method")
    .description(
      "Checks a vendor's export directory against every requirement of the MIRIAM method (@miriam/conformance): layout, schemas, privacy, references, each hard rule of the statechart and, when the export has expected/, the vendor's own results. Prints the report in Markdown (or JSON), and with -o writes conformance-report.md and .json.\n\n" +
        "The export: miriam.config.json, trajectories.jsonl, group-<groupId>.jsonl, optionally profiles.jsonl and expected/{trajectories,refused,signals,indicators}.json.",
    )
    .argument("[dir]", "the export directory")
    .option("-o, --output <dir>", "write conformance-report.md and conformance-report.json here")
    .option(
      "--json",
      "print the report as JSON, with its findings as problems in the shape of cli-output.schema.json",
    )
    .option("--lang <language>", LANG_HELP)
    .option(
      "--matrix",
      "print the conformance matrix (every requirement, its method section and fixtures)",
    )
    .addHelpText(
      "after",
      `
Exit codes: 0 conformant, 1 a requirement failed, 2 usage or input error.

Examples:
  $ miriam conformance export/
  $ miriam conformance export/ -o reports/        # for CI artefacts
  $ miriam conformance export/ --json | jq '.requirements[] | select(.status == "failed")'
  $ miriam conformance --matrix > docs/conformance-matrix.md`,
    )
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
  const report = await runConformance(path);
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
