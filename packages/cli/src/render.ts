import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  type CatalogueEntry,
  documentCatalogue,
  safeRender,
  trajectorySource,
} from "@miriam/documents";
import { exportLayout, type Language, type ProjectSettings, problemMessage } from "@miriam/schemas";
import { Command } from "commander";
import type { Words } from "./_i18n";
import { type LoadedLogs, loadLogs, loadSettings, resolveInputs } from "./_inputs";
import { CliError, type Context, EXIT, LANG_HELP_PROJECT, parseChoice, wordsFor } from "./_io";
import { cliProblem } from "./_output";

const FORMATS = ["md", "html"] as const;

interface RenderOptions {
  readonly config?: string;
  readonly from?: string;
  readonly trajectory?: string;
  readonly session?: string;
  readonly period?: string;
  readonly lang?: string;
  readonly format: string;
  readonly output?: string;
  readonly json?: boolean;
}

/** @internal `miriam render <template> [data]`. */
export function renderCommand(ctx: Context, done: (code: number) => void): Command {
  return new Command("render")
    .summary("render a document in NL, FR, DE or EN")
    .description(
      "Renders a document of @miriam/documents to Markdown or to standalone HTML that prints on A4. The data comes from a JSON file (the template's data), or from an export's events with --from and --trajectory (--session for a group session, --period for the annual report).\n\n" +
        `Templates: ${documentCatalogue.map((entry) => entry.id).join(", ")}.`,
    )
    .argument("<template>", "the template's id")
    .argument("[data]", "the template's data as JSON, or - for stdin")
    .option("--config <file>", "project settings (OCMW name, region, languages, domains)")
    .option("--from <dir>", "an export directory to take the data from")
    .option("--trajectory <id>", "with --from: the mother's trajectory")
    .option("--session <id>", "with --from: the group session's event id (group-session)")
    .option(
      "--period <from..to>",
      "with --from: the annual report's period, e.g. 2025-09-01..2026-08-31",
    )
    .option("--lang <language>", LANG_HELP_PROJECT)
    .option("--format <format>", "md or html", "md")
    .option("-o, --output <file>", "write the document to a file instead of stdout")
    .option("--json", "print the problems as JSON when the data is refused")
    .addHelpText(
      "after",
      `
The document holds personal data (her name): write it to a file with -o, keep it inside the
OCMW, and never paste it in an issue. Problems with the data never repeat its values.
Exit codes: 0 rendered, 2 usage error or data that the template refuses.

Examples:
  $ miriam render information-sheet --config miriam.config.json --lang fr
  $ miriam render personal-plan plan.json --config miriam.config.json --format html -o plan.html
  $ miriam render personal-plan --from export/ --trajectory gent-2025-a-01 --lang nl
  $ miriam render group-session --from export/ --session gent-2025-a.002 --format html -o session.html
  $ miriam render annual-report --from export/ --period 2025-09-01..2026-08-31`,
    )
    .action(async (template: string, data: string | undefined, options: RenderOptions) => {
      done(await render(ctx, template, data, options));
    });
}

/** A document's data from an export, as its catalogue entry reads it for its scope. */
function dataFromExport(
  words: Words,
  entry: CatalogueEntry,
  logs: LoadedLogs,
  settings: ProjectSettings,
  options: RenderOptions,
): unknown {
  const groupEvents = logs.groupEntries.map((e) => e.event);
  switch (entry.scope) {
    case "project":
      return entry.data({ settings });
    case "trajectory": {
      if (options.trajectory === undefined)
        throw new CliError(words.m.needsOption(entry.id, "--trajectory <id>"));
      const profile = logs.profiles.find((p) => p.trajectoryId === options.trajectory);
      if (profile === undefined)
        throw new CliError(
          words.m.noProfile(options.trajectory, join(options.from!, exportLayout.profiles)),
        );
      const events = logs.trajectoryEntries
        .filter((e) => e.event.trajectoryId === options.trajectory)
        .map((e) => e.event);
      return entry.data(trajectorySource({ settings, profile, events, groupEvents }));
    }
    case "group-session":
      if (options.session === undefined)
        throw new CliError(words.m.needsOption(entry.id, "--session <id>"));
      return entry.data({ groupEvents, sessionId: options.session, profiles: logs.profiles });
    case "period": {
      const [from, to] = (options.period ?? "").split("..");
      if (from === undefined || to === undefined || from === "" || to === "")
        throw new CliError(
          words.m.needsOption(entry.id, "--period <from>..<to> (2025-09-01..2026-08-31)"),
        );
      return entry.data({
        settings,
        groupEvents,
        trajectoryEvents: logs.trajectoryEntries.map((e) => e.event),
        period: { from, to },
      });
    }
  }
}

async function render(
  ctx: Context,
  templateId: string,
  dataPath: string | undefined,
  options: RenderOptions,
): Promise<number> {
  const early = wordsFor(ctx, options.lang);
  const id = parseChoice(
    early,
    "<template>",
    templateId,
    documentCatalogue.map((entry) => entry.id),
  );
  const entry = documentCatalogue.find((document) => document.id === id)!;
  const format = parseChoice(early, "--format", options.format, FORMATS);
  const fromInputs = options.from === undefined ? [] : resolveInputs(ctx, early, [options.from]);
  const settings = loadSettings(ctx, early, fromInputs, options.config);
  if (settings === undefined) throw new CliError(early.m.renderNeedsSettings);
  const words = wordsFor(ctx, options.lang, settings.languages[0]);
  const language: Language = words.language;

  let data: unknown;
  if (dataPath !== undefined) {
    const text = dataPath === "-" ? await readAll(ctx.io.stdin) : readText(ctx, words, dataPath);
    try {
      data = JSON.parse(text);
    } catch {
      throw new CliError(words.m.notJson(dataPath));
    }
  } else if (options.from !== undefined) {
    const logs = await loadLogs(ctx, words, fromInputs, settings);
    try {
      data = dataFromExport(words, entry, logs, settings, options);
    } catch (error) {
      if (error instanceof CliError) throw error;
      // The catalogue's messages name what is missing (an event type), never her data.
      throw new CliError(error instanceof Error ? error.message : String(error));
    }
  } else if (entry.scope === "project") {
    data = entry.data({ settings });
  } else {
    throw new CliError(words.m.giveData(id));
  }

  const result = safeRender(entry.template, data, { settings, language });
  if (!result.ok) {
    if (options.json)
      ctx.out(
        JSON.stringify(
          {
            ok: false,
            language,
            source: result.source,
            problems: result.problems.map((problem) =>
              cliProblem(dataPath ?? null, problem, language),
            ),
          },
          null,
          2,
        ),
      );
    else {
      ctx.err(
        ctx.color.red(
          result.source === "data" ? words.m.invalidData(id) : words.m.invalidTemplate(id),
        ),
      );
      for (const problem of result.problems) ctx.err(`  ${problemMessage(problem, language)}`);
    }
    return EXIT.usage;
  }
  const text = format === "html" ? result.document.html : result.document.markdown;
  if (options.output !== undefined) {
    writeFileSync(ctx.path(options.output), text);
    ctx.err(words.m.wroteDocument(options.output, result.document.title));
  } else ctx.io.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
  return EXIT.ok;
}

function readText(ctx: Context, words: Words, path: string): string {
  const full = ctx.path(path);
  if (!existsSync(full)) throw new CliError(words.m.noSuchPath(path));
  return readFileSync(full, "utf8");
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString("utf8");
}
