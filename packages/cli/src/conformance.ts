import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { conformanceMatrix, reportToMarkdown, runConformance } from "@miriam/conformance";
import { Command } from "commander";
import { CliError, type Context, EXIT } from "./_io";

interface ConformanceOptions {
  readonly output?: string;
  readonly json?: boolean;
  readonly matrix?: boolean;
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
    .option("--json", "print the report as JSON")
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
  if (options.matrix) {
    ctx.io.stdout.write(conformanceMatrix());
    return EXIT.ok;
  }
  if (dir === undefined)
    throw new CliError("Name the export directory to check (or pass --matrix).");
  const path = ctx.path(dir);
  let isDirectory = false;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch {
    throw new CliError(`${dir}: no such directory.`);
  }
  if (!isDirectory)
    throw new CliError(`${dir}: not a directory; conformance checks a whole export.`);
  const report = await runConformance(path);
  const markdown = reportToMarkdown(report);
  const json = `${JSON.stringify(report, null, 2)}\n`;
  if (options.output !== undefined) {
    const out = ctx.path(options.output);
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, "conformance-report.md"), markdown);
    writeFileSync(join(out, "conformance-report.json"), json);
    ctx.err(`Wrote ${join(options.output, "conformance-report.md")} and conformance-report.json.`);
  }
  if (options.json) ctx.io.stdout.write(json);
  else if (options.output === undefined) ctx.io.stdout.write(markdown);
  else {
    const { summary } = report;
    ctx.out(
      `${report.conformant ? ctx.color.green("Conformant") : ctx.color.red("Not conformant")}: ${summary.passed} requirements passed, ${summary.failed} failed, ${summary.notApplicable} not applicable.`,
    );
    for (const r of report.requirements.filter((r) => r.status === "failed"))
      ctx.out(`  ${ctx.color.red("✗")} ${r.id} ${r.title} (${r.findingCount})`);
  }
  return report.conformant ? EXIT.ok : EXIT.findings;
}
