import { readJsonLines } from "@miriam/conformance";
import {
  type CorrectionCheck,
  createCorrectionCheck,
  createExportIdCheck,
  type ExportIdCheck,
  futureDateProblem,
  type Problem,
  ProjectSettings,
  problemMessage,
  type SchemaKind,
  schemaKinds,
} from "@miriam/schemas";
import { createEventOrderCheck, type EventOrderCheck } from "@miriam/trajectory";
import { Command } from "commander";
import type { Words } from "./_i18n";
import { type Input, loadSettings, readRecord, resolveInputs, sourceOf } from "./_inputs";
import { CliError, type Context, EXIT, parseChoice, progressWanted, wordsFor } from "./_io";
import { cliProblem, jsonOutput } from "./_output";
import { progressReporter } from "./_progress";

interface ValidateOptions {
  readonly kind?: string;
  readonly config?: string;
  readonly json?: boolean;
  readonly progress?: boolean;
  readonly maxProblems: string;
  readonly now?: string;
  readonly lang?: string;
}

/**
 * The checks that look across lines and files: ids unique in the whole export, events in
 * time order per trajectory and group, and no time in the future.
 */
interface ExportChecks {
  readonly id: ExportIdCheck;
  readonly order: EventOrderCheck;
  readonly corrections: CorrectionCheck;
  readonly now: Date;
  readonly toleranceDays: number;
}

const EVENT_KINDS: ReadonlySet<SchemaKind> = new Set(["event", "trajectory-event", "group-event"]);

interface FileResult {
  readonly file: string;
  readonly kind: SchemaKind;
  readonly records: number;
  readonly valid: number;
  problemCount: number;
  readonly problems: Problem[];
}

/** @internal `miriam validate <files...>`. */
export function validateCommand(ctx: Context, done: (code: number) => void): Command {
  const { help } = ctx.words;
  const h = help.commands.validate;
  const v = help.values;
  return new Command("validate")
    .summary(h.summary)
    .description(h.description)
    .argument(`<${h.args.files[0]}>`, h.args.files[1])
    .option(`--kind <${v.kind}>`, h.options.kind.replace("{kinds}", schemaKinds.join(", ")))
    .option(`--config <${v.file}>`, h.options.config)
    .option("--json", h.options.json)
    .option(`--lang <${v.language}>`, help.lang)
    .option("--progress", help.progress)
    .option("--no-progress", help.noProgress)
    .option(`--max-problems <${v.n}>`, h.options.maxProblems, "100")
    .option(`--now <${v.timestamp}>`, h.options.now)
    .addHelpText("after", h.after)
    .action(async (files: string[], options: ValidateOptions) => {
      done(await validate(ctx, files, options));
    });
}

async function validate(ctx: Context, files: string[], options: ValidateOptions): Promise<number> {
  const words = wordsFor(ctx, options.lang);
  const { m } = words;
  const kind =
    options.kind === undefined
      ? undefined
      : parseChoice(words, "--kind", options.kind, schemaKinds);
  const max = Math.max(0, Number.parseInt(options.maxProblems, 10) || 0);
  const inputs = resolveInputs(ctx, words, files, kind);
  // The project's own domain set, when its settings are given, is what the logs must use.
  const settings = (() => {
    try {
      return loadSettings(ctx, words, inputs, options.config);
    } catch (error) {
      if (options.config !== undefined) throw error;
      return undefined;
    }
  })();
  const domains = settings?.domains?.map((domain) => domain.code);
  const now = options.now === undefined ? new Date() : new Date(options.now);
  if (Number.isNaN(now.getTime())) throw new CliError(m.notADateTime("--now", options.now ?? ""));
  const checks: ExportChecks = {
    id: createExportIdCheck(),
    order: createEventOrderCheck(),
    corrections: createCorrectionCheck(),
    now,
    toleranceDays:
      settings?.futureToleranceDays ?? ProjectSettings.shape.futureToleranceDays.parse(undefined),
  };
  const progress = progressReporter(ctx, words, progressWanted(ctx.io, options.progress));
  const { color } = ctx;
  const results: FileResult[] = [];

  for (const input of inputs) {
    if (!options.json) ctx.out(color.bold(input.label));
    const result = input.lines
      ? await validateLines(
          ctx,
          words,
          input,
          domains,
          max,
          options.json === true,
          progress,
          checks,
        )
      : validateRecord(ctx, words, input, max, options.json === true);
    progress.done();
    results.push(result);
    if (!options.json) {
      if (result.problemCount > result.problems.length && result.problems.length > 0)
        ctx.out(`  ${words.count(result.problemCount - result.problems.length, m.moreProblems)}`);
      const noun =
        input.kind === "event"
          ? "event"
          : input.kind === "participant-profile"
            ? "profile"
            : "record";
      const what = input.lines ? words.count(result.records, m.records[noun]) : m.kinds[input.kind];
      ctx.out(
        result.problemCount === 0
          ? `  ${color.green("✓")} ${m.stated(what, m.valid)}`
          : `  ${color.red("✗")} ${m.stated(what, words.count(result.problemCount, m.problems))}`,
      );
    }
  }
  // A correction whose target no file holds is known only once every file is read.
  for (const { file, problem } of checks.corrections.finish()) {
    const result = results.find((r) => r.file === file);
    if (result === undefined) continue;
    result.problemCount++;
    if (result.problems.length < max) result.problems.push(problem);
    if (!options.json) ctx.out(`  ${color.red("✗")} ${file}: ${problem.message}`);
  }
  const problemCount = results.reduce((sum, r) => sum + r.problemCount, 0);
  if (options.json) {
    ctx.io.stdout.write(
      jsonOutput({
        command: "validate",
        language: words.language,
        ok: problemCount === 0,
        problemCount,
        files: results.map(({ problems: _, ...counts }) => counts),
        problems: results.flatMap((r) =>
          r.problems.map((problem) => cliProblem(r.file, problem, words.language)),
        ),
      }),
    );
  } else {
    ctx.out();
    ctx.out(
      problemCount === 0
        ? color.green(words.count(results.length, m.allValid))
        : color.red(
            m.problemsInFiles(
              words.count(problemCount, m.problems),
              words.number(results.filter((r) => r.problemCount > 0).length),
              words.number(results.length),
            ),
          ),
    );
  }
  return problemCount === 0 ? EXIT.ok : EXIT.findings;
}

async function validateLines(
  ctx: Context,
  words: Words,
  input: Input,
  domains: string[] | undefined,
  max: number,
  json: boolean,
  progress: ReturnType<typeof progressReporter>,
  checks: ExportChecks,
): Promise<FileResult> {
  const problems: Problem[] = [];
  let problemCount = 0;
  let records = 0;
  let valid = 0;
  for await (const line of readJsonLines(sourceOf(ctx, input), {
    kind: input.kind,
    ...(domains === undefined ? {} : { domains }),
    onProgress: ({ lines, characters }) => progress.update(input.label, lines, characters),
  })) {
    records++;
    const problemsOfLine = line.ok
      ? EVENT_KINDS.has(input.kind)
        ? exportProblems(checks, line.value as EventOfLog, line.line, input.label)
        : []
      : line.problems;
    if (problemsOfLine.length === 0) {
      valid++;
      continue;
    }
    for (const problem of problemsOfLine) {
      problemCount++;
      // Problems are printed as they come and only `max` are kept: memory stays bounded
      // however many lines are wrong.
      if (problemCount > max) continue;
      if (json) problems.push(problem);
      else {
        problems.push(problem);
        ctx.out(`  ${ctx.color.red("✗")} ${problemMessage(problem, words.language)}`);
      }
    }
  }
  return { file: input.label, kind: input.kind, records, valid, problemCount, problems };
}

interface EventOfLog {
  readonly id: string;
  readonly type: string;
  readonly at: string;
  readonly trajectoryId?: string;
  readonly groupId?: string;
}

function exportProblems(
  checks: ExportChecks,
  event: EventOfLog,
  line: number,
  file: string,
): Problem[] {
  const problems: Problem[] = [];
  const duplicate = checks.id(event.id, file, line);
  if (duplicate !== undefined) problems.push(duplicate);
  const order = checks.order(event, line, file);
  if (order !== undefined) problems.push(order);
  problems.push(...checks.corrections.check(event, file, line));
  const future = futureDateProblem(
    event.at,
    { now: checks.now, toleranceDays: checks.toleranceDays },
    line,
  );
  if (future !== undefined) problems.push(future);
  return problems;
}

function validateRecord(
  ctx: Context,
  words: Words,
  input: Input,
  max: number,
  json: boolean,
): FileResult {
  const { problems } = readRecord(words, input);
  if (!json)
    for (const problem of problems.slice(0, max))
      ctx.out(`  ${ctx.color.red("✗")} ${problemMessage(problem, words.language)}`);
  return {
    file: input.label,
    kind: input.kind,
    records: 1,
    valid: problems.length === 0 ? 1 : 0,
    problemCount: problems.length,
    problems: problems.slice(0, max),
  };
}
