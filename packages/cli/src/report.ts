import { closeSync, openSync, writeFileSync, writeSync } from "node:fs";
import {
  CSV_DIALECTS,
  type CsvDialect,
  createFunderReport,
  DEFAULT_THRESHOLD,
  type DomainLabel,
  type EvaluationOptions,
  type FunderReport,
  type GroupReport,
  groupReport,
  reportTables,
  reportToJson,
  toCsv,
  toHtml,
  toMarkdown,
} from "@miriam/evaluation";
import type { Language, ProjectSettings } from "@miriam/schemas";
import { resolveSettings } from "@miriam/trajectory";
import { Command } from "commander";
import type { Words } from "./_i18n";
import { loadSettings, reportLoadProblems, requireLogs, resolveInputs } from "./_inputs";
import {
  CliError,
  type Context,
  drainingWriter,
  EXIT,
  parseChoice,
  parseDate,
  wordsFor,
} from "./_io";
import { fillFunderReport, indexLogs, type LogIndex } from "./_log-index";
import { cliProblem, jsonOutput } from "./_output";

const FORMATS = ["md", "json", "csv", "html"] as const;
type Format = (typeof FORMATS)[number];

interface ReportOptions {
  readonly group?: boolean | string;
  readonly funder?: boolean;
  readonly format: string;
  readonly lang?: string;
  readonly csvDialect?: string;
  readonly config?: string;
  readonly threshold?: string;
  readonly asOf?: string;
  readonly output?: string;
  readonly json?: boolean;
}

/** @internal `miriam report <logs...>`. */
export function reportCommand(ctx: Context, done: (code: number) => void): Command {
  const { help } = ctx.words;
  const h = help.commands.report;
  const v = help.values;
  return new Command("report")
    .summary(h.summary)
    .description(h.description)
    .argument(`<${h.args.logs[0]}>`, h.args.logs[1])
    .option(`--group [${v.id}]`, h.options.group)
    .option("--funder", h.options.funder)
    .option(`--format <${v.format}>`, h.options.format, "md")
    .option(`--lang <${v.language}>`, help.langProject)
    .option(`--csv-dialect <${v.dialect}>`, h.options.csvDialect)
    .option(`--config <${v.file}>`, h.options.config)
    .option(
      `--threshold <${v.n}>`,
      h.options.threshold.replace("{threshold}", String(DEFAULT_THRESHOLD)),
    )
    .option(`--as-of <${v.date}>`, h.options.asOf)
    .option(`-o, --output <${v.file}>`, h.options.output)
    .option("--json", h.options.json)
    .addHelpText("after", h.after)
    .action(async (logs: string[], options: ReportOptions) => {
      done(await report(ctx, logs, options));
    });
}

function domainLabels(settings: ProjectSettings | undefined): DomainLabel[] | undefined {
  return settings?.domains?.map((domain) => ({ code: domain.code, labels: domain.labels }));
}

async function report(ctx: Context, logs: string[], options: ReportOptions): Promise<number> {
  // Errors before the project is known are said in the environment's language.
  const early = wordsFor(ctx, options.lang);
  if (options.funder && options.group !== undefined) throw new CliError(early.m.groupOrFunder);
  const format: Format = parseChoice(early, "--format", options.format, FORMATS);
  const inputs = resolveInputs(ctx, early, logs);
  requireLogs(early, inputs);
  const settings = loadSettings(ctx, early, inputs, options.config);
  const words = wordsFor(ctx, options.lang, settings?.languages[0]);
  const language: Language = words.language;
  const dialect: CsvDialect =
    options.csvDialect === undefined
      ? language === "en"
        ? "rfc4180"
        : "excel-be"
      : parseChoice(words, "--csv-dialect", options.csvDialect, CSV_DIALECTS);
  const asOf = options.asOf === undefined ? undefined : parseDate(words, "--as-of", options.asOf);
  const threshold = options.threshold === undefined ? undefined : Number(options.threshold);
  if (threshold !== undefined && (!Number.isInteger(threshold) || threshold < 3))
    throw new CliError(words.m.thresholdInvalid(options.threshold ?? ""));

  const index = await indexLogs(ctx, words, inputs, settings);
  if (!options.json) reportLoadProblems(ctx, words, index);
  const domains = domainLabels(settings);
  const evaluation = {
    ...(settings === undefined ? {} : { settings }),
    ...(domains === undefined ? {} : { domains }),
    ...(asOf === undefined ? {} : { asOf }),
  };

  // Every group's report in JSON is written as it is made: the reports of a large export
  // are larger than its index, and are never all held. The text is the same.
  if (!options.funder && !options.json && format === "json") {
    // The file is opened on the first report, so a refused command leaves none behind.
    let fd: number | undefined;
    const file = options.output === undefined ? undefined : ctx.path(options.output);
    const write =
      file === undefined
        ? drainingWriter(ctx.io.stdout)
        : (text: string) => {
            fd ??= openSync(file, "w");
            writeSync(fd, text);
          };
    try {
      await writeGroupReportsJson(write, (each) =>
        groupReportsFromIndex(words, index, evaluation, options.group, settings, each),
      );
    } finally {
      index.close();
      if (fd !== undefined) closeSync(fd);
    }
    if (options.output !== undefined) ctx.err(words.m.wrote(options.output));
    return index.problems.length > 0 ? EXIT.findings : EXIT.ok;
  }

  let reports: (GroupReport | FunderReport)[] = [];
  try {
    if (options.funder) reports = [await funderFromIndex(index, evaluation, threshold, settings)];
    else
      await groupReportsFromIndex(words, index, evaluation, options.group, settings, (report) =>
        reports.push(report),
      );
  } finally {
    index.close();
  }
  if (
    !options.funder &&
    !options.output &&
    !options.json &&
    format === "md" &&
    ctx.io.stdout.isTTY !== true
  ) {
    // Said on stderr too, so a redirected report does not leave the warning behind.
    ctx.err(words.m.groupReportNote);
  }

  let text: string;
  if (format === "json")
    text =
      reports.length === 1
        ? reportToJson(reports[0]!)
        : `${JSON.stringify(
            reports.map((r) => JSON.parse(reportToJson(r))),
            null,
            2,
          )}\n`;
  else {
    // One model of the tables; each format is a renderer of it.
    const tables = reports.map((r) => reportTables(r, domains === undefined ? {} : { domains }));
    if (format === "csv") text = toCsv(tables, { language, dialect });
    else if (format === "html") text = toHtml(tables, { language, standalone: true });
    else text = toMarkdown(tables, { language });
  }
  if (options.output !== undefined) {
    writeFileSync(ctx.path(options.output), text);
    if (!options.json) ctx.err(words.m.wrote(options.output));
  } else if (!options.json) ctx.io.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
  if (options.json)
    ctx.io.stdout.write(
      jsonOutput({
        command: "report",
        language,
        ok: index.problems.length === 0,
        reports: reports.map((r) => JSON.parse(reportToJson(r))),
        problems: index.problems.map(({ file, problem }) => cliProblem(file, problem, language)),
      }),
    );
  return index.problems.length > 0 ? EXIT.findings : EXIT.ok;
}

// Writes as `reportToJson` of one report, or of several in an array
// (`JSON.stringify(reports, null, 2)`: each report's own text indented by two spaces), a
// report at a time.
async function writeGroupReportsJson(
  write: (text: string) => unknown,
  make: (each: (report: GroupReport, count: number) => Promise<void>) => Promise<void>,
): Promise<void> {
  let written = 0;
  await make(async (report, count) => {
    const text = reportToJson(report);
    if (count === 1) {
      await write(text);
      return;
    }
    await write(written === 0 ? "[\n" : ",\n");
    await write(`  ${text.slice(0, -1).replaceAll("\n", "\n  ")}`);
    written++;
    if (written === count) await write("\n]\n");
  });
}

async function funderFromIndex(
  index: LogIndex,
  evaluation: EvaluationOptions,
  threshold: number | undefined,
  settings: ProjectSettings | undefined,
): Promise<FunderReport> {
  const builder = createFunderReport({
    ...evaluation,
    ...(threshold === undefined ? {} : { threshold }),
    ...(settings === undefined ? {} : { projects: [settings] }),
  });
  await fillFunderReport(index, builder);
  return builder.build();
}

// A group report replays its group as a whole (attendance, group size): it takes the
// trajectories referred to the group (and those whose referral names none, which
// `groupReport` sorts out), one group at a time, so memory holds the largest group and
// each trajectory is read once per report it belongs to (see docs/decisions.md). Of the
// other groups it takes a referral of as many as tell whether the project has too many
// groups (a fidelity signal), as the whole log would (`otherGroupsReferrals`).
async function groupReportsFromIndex(
  words: Words,
  index: LogIndex,
  evaluation: EvaluationOptions,
  group: string | boolean | undefined,
  settings: ProjectSettings | undefined,
  each: (report: GroupReport, count: number) => unknown,
): Promise<void> {
  const all = [...index.groupIds].sort();
  const wanted = typeof group === "string" ? [group] : all;
  for (const id of wanted)
    if (!all.includes(id))
      throw new CliError(words.m.noGroupLog(id, all.join(", ") || words.m.noGroups));
  if (wanted.length === 0) throw new CliError(words.m.needsGroupLog);
  const { maxGroupsPerProject } = resolveSettings(settings).fidelity;
  for (const groupId of wanted) {
    const input = await index.groupReportInput(groupId, maxGroupsPerProject);
    await each(groupReport(input, evaluation), wanted.length);
  }
}
