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
import { CliError, type Context, EXIT, parseChoice, wordsFor } from "./_io";
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
  const { help } = ctx.words;
  const h = help.commands.render;
  const v = help.values;
  return new Command("render")
    .summary(h.summary)
    .description(
      h.description.replace("{templates}", documentCatalogue.map((entry) => entry.id).join(", ")),
    )
    .argument(`<${h.args.template[0]}>`, h.args.template[1])
    .argument(`[${h.args.data[0]}]`, h.args.data[1])
    .option(`--config <${v.file}>`, h.options.config)
    .option(`--from <${v.dir}>`, h.options.from)
    .option(`--trajectory <${v.id}>`, h.options.trajectory)
    .option(`--session <${v.id}>`, h.options.session)
    .option(`--period <${v.period}>`, h.options.period)
    .option(`--lang <${v.language}>`, help.langProject)
    .option(`--format <${v.format}>`, h.options.format, "md")
    .option(`-o, --output <${v.file}>`, h.options.output)
    .option("--json", h.options.json)
    .addHelpText("after", h.after)
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
