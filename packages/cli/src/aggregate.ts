import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  aggregate,
  CSV_DIALECTS,
  type CsvDialect,
  createFunderReport,
  DEFAULT_THRESHOLD,
  type FunderReport,
  type ParticipantSummary,
  type ProgrammeReport,
  programmeCharts,
  reportTables,
  toCsv,
  toHtml,
  toMarkdown,
} from "@miriam/evaluation";
import { LANGUAGES, type Language, problemMessage, validate } from "@miriam/schemas";
import { Command } from "commander";
import type { Words } from "./_i18n";
import { loadSettings, reportLoadProblems, resolveInputs } from "./_inputs";
import { CliError, type Context, EXIT, parseChoice, wordsFor } from "./_io";
import { fillFunderReport, indexLogs } from "./_log-index";

const FORMATS = ["md", "json", "csv", "html"] as const;

interface AggregateOptions {
  readonly format: string;
  readonly lang?: string;
  readonly csvDialect?: string;
  readonly threshold?: string;
  readonly output?: string;
  readonly outDir?: string;
}

/** @internal `miriam aggregate <reports or exports...>`. */
export function aggregateCommand(ctx: Context, done: (code: number) => void): Command {
  const { help } = ctx.words;
  const h = help.commands.aggregate;
  const v = help.values;
  return new Command("aggregate")
    .summary(h.summary)
    .description(h.description)
    .argument(`<${h.args.inputs[0]}>`, h.args.inputs[1])
    .option(`--format <${v.format}>`, h.options.format, "md")
    .option(`--lang <${v.languages}>`, h.options.lang)
    .option(`--csv-dialect <${v.dialect}>`, h.options.csvDialect)
    .option(
      `--threshold <${v.n}>`,
      h.options.threshold.replace("{threshold}", String(DEFAULT_THRESHOLD)),
    )
    .option(`-o, --output <${v.file}>`, h.options.output)
    .option(`--out-dir <${v.dir}>`, h.options.outDir)
    .addHelpText("after", h.after)
    .action(async (inputs: string[], options: AggregateOptions) => {
      done(await run(ctx, inputs, options));
    });
}

async function run(ctx: Context, given: string[], options: AggregateOptions): Promise<number> {
  // With --out-dir, --lang lists the languages to write; the command's own words follow
  // the first of them.
  const wanted = options.lang?.split(",").map((l) => l.trim());
  const words = wordsFor(ctx, wanted?.[0]);
  const languages = (wanted ?? ["nl", "fr", "en"]).map((language): Language => {
    if (!(LANGUAGES as readonly string[]).includes(language))
      throw new CliError(words.m.unknownLanguage(language, LANGUAGES.join(", ")));
    return language as Language;
  });
  const format = parseChoice(words, "--format", options.format, FORMATS);
  const threshold = options.threshold === undefined ? undefined : Number(options.threshold);
  if (threshold !== undefined && (!Number.isInteger(threshold) || threshold < 3))
    throw new CliError(words.m.thresholdInvalid(options.threshold ?? ""));
  const reports: FunderReport[] = [];
  const participants: ParticipantSummary[] = [];
  let problems = 0;
  let exports = 0;
  for (const arg of given) {
    const path = ctx.path(arg);
    if (!existsSync(path)) throw new CliError(words.m.noSuchPath(arg));
    if (statSync(path).isDirectory()) {
      const names = readdirSync(path).sort();
      if (names.includes("miriam.config.json") || names.some((n) => n.endsWith(".jsonl"))) {
        reports.push(await fromExport(ctx, words, arg, participants));
        exports++;
        continue;
      }
      for (const name of names.filter((n) => n.endsWith(".json")))
        problems += readReport(ctx, words, join(arg, name), reports);
      continue;
    }
    problems += readReport(ctx, words, arg, reports);
  }
  if (reports.length === 0) throw new CliError(words.m.noFunderReport);
  const report = aggregate(reports, {
    ...(threshold === undefined ? {} : { threshold }),
    // Per-mother figures only when every input is an export: a mix would measure some
    // mothers and not others.
    ...(exports === reports.length ? { participants } : {}),
  });
  if (options.outDir !== undefined) writeAll(ctx, words, report, options.outDir, languages);
  else {
    const language = words.language;
    const text = render(report, format, language, dialectOf(words, options.csvDialect, language));
    if (options.output !== undefined) {
      writeFileSync(ctx.path(options.output), text);
      ctx.err(words.m.wrote(options.output));
    } else ctx.io.stdout.write(text);
  }
  ctx.err(
    words.m.aggregated(
      words.count(reports.length, words.m.reportCount),
      words.count(report.programme.projects, words.m.projectCount),
      words.m.basis[report.basis],
    ),
  );
  return problems > 0 ? EXIT.findings : EXIT.ok;
}

function dialectOf(words: Words, given: string | undefined, language: Language): CsvDialect {
  return given === undefined
    ? language === "en"
      ? "rfc4180"
      : "excel-be"
    : parseChoice(words, "--csv-dialect", given, CSV_DIALECTS);
}

/** Reads one funder report; a file that is not one is reported and left out (returns 1). */
function readReport(ctx: Context, words: Words, arg: string, reports: FunderReport[]): number {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(ctx.path(arg), "utf8"));
  } catch {
    ctx.err(words.m.notJson(arg));
    return 1;
  }
  const result = validate("funder-report", value);
  if (!result.ok) {
    ctx.err(words.m.notAFunderReport(arg));
    for (const problem of result.problems.slice(0, 5))
      ctx.err(`  ${problemMessage(problem, words.language)}`);
    return 1;
  }
  reports.push(value as FunderReport);
  return 0;
}

/** A funder report made from an export, every count kept: the data is at hand already. */
async function fromExport(
  ctx: Context,
  words: Words,
  arg: string,
  participants: ParticipantSummary[],
): Promise<FunderReport> {
  const inputs = resolveInputs(ctx, words, [arg]);
  const settings = loadSettings(ctx, words, inputs, undefined);
  const index = await indexLogs(ctx, words, inputs, settings);
  reportLoadProblems(ctx, words, index);
  try {
    const builder = createFunderReport({
      ...(settings === undefined ? {} : { settings, projects: [settings] }),
      countsBeforeSuppression: true,
    });
    await fillFunderReport(index, builder, (participant) => participants.push(participant));
    return builder.build();
  } finally {
    index.close();
  }
}

function render(
  report: ProgrammeReport,
  format: (typeof FORMATS)[number],
  language: Language,
  dialect: CsvDialect,
  figureFiles?: (name: string) => string,
): string {
  if (format === "json") return `${JSON.stringify(report, null, 2)}\n`;
  const tables = reportTables(report);
  if (format === "csv") return toCsv(tables, { language, dialect });
  const charts = programmeCharts(report, { language });
  if (format === "html") return toHtml(tables, { language, standalone: true, figures: charts });
  return toMarkdown(tables, {
    language,
    ...(figureFiles === undefined
      ? {}
      : {
          figures: charts.map((chart) => ({
            scope: chart.scope,
            src: figureFiles(chart.name),
            alt: /<title[^>]*>([^<]*)<\/title>/.exec(chart.svg)?.[1] ?? chart.name,
          })),
        }),
  });
}

function writeAll(
  ctx: Context,
  words: Words,
  report: ProgrammeReport,
  dir: string,
  languages: readonly Language[],
): void {
  const out = ctx.path(dir);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "programme-report.json"), render(report, "json", "en", "rfc4180"));
  for (const language of languages) {
    const file = (name: string) => `${name}.${language}.svg`;
    for (const chart of programmeCharts(report, { language }))
      writeFileSync(join(out, file(chart.name)), chart.svg);
    writeFileSync(
      join(out, `programme-report.${language}.md`),
      render(report, "md", language, "rfc4180", file),
    );
    writeFileSync(
      join(out, `programme-report.${language}.html`),
      render(report, "html", language, "rfc4180"),
    );
    writeFileSync(
      join(out, `programme-report.${language}.csv`),
      render(report, "csv", language, dialectOf(words, undefined, language)),
    );
  }
  ctx.err(words.m.wrote(dir));
}
