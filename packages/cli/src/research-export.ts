import { readFileSync, statSync, writeFileSync } from "node:fs";
import { extname } from "node:path";
import {
  MIN_RESEARCH_KEY_BYTES,
  type ResearchRow,
  researchCodebook,
  researchCsv,
  researchExport,
  researchJsonLines,
} from "@miriam/evaluation";
import { consentScopes, type Language } from "@miriam/schemas";
import { Command } from "commander";
import type { Words } from "./_i18n";
import { loadSettings, reportLoadProblems, requireLogs, resolveInputs } from "./_inputs";
import { CliError, type Context, EXIT, wordsFor } from "./_io";
import { indexLogs } from "./_log-index";
import { type ResearchExportMessages, researchExportCatalogue } from "./_messages";
import { type CliProblem, cliProblem, jsonOutput } from "./_output";

const ROW_FORMATS = { ".csv": researchCsv, ".jsonl": researchJsonLines } as const;
const CODEBOOK_FORMATS = [".md", ".json"] as const;

interface ResearchExportOptions {
  readonly keyFile: string;
  readonly out: string;
  readonly codebook?: string;
  readonly lang?: string;
  readonly json?: boolean;
}

/** @internal `miriam research-export <export-folder>`. */
export function researchExportCommand(ctx: Context, done: (code: number) => void): Command {
  const { help } = ctx.words;
  const h = help.commands["research-export"];
  const v = help.values;
  return new Command("research-export")
    .summary(h.summary)
    .description(h.description)
    .argument(`<${h.args.exportFolder[0]}>`, h.args.exportFolder[1])
    .requiredOption(
      `--key-file <${v.file}>`,
      h.options.keyFile.replace("{bytes}", String(MIN_RESEARCH_KEY_BYTES)),
    )
    .requiredOption(`--out <${v.file}>`, h.options.out)
    .option(`--codebook <${v.file}>`, h.options.codebook)
    .option(`--lang <${v.language}>`, help.langProject)
    .option("--json", h.options.json)
    .addHelpText("after", h.after)
    .action(async (folder: string, options: ResearchExportOptions) => {
      done(await researchExportRun(ctx, folder, options));
    });
}

/** The key's bytes, or the problem with it (never its content). */
function readKey(
  ctx: Context,
  words: Words,
  said: ResearchExportMessages,
  file: string,
): { key: Uint8Array } | { problem: CliProblem } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(ctx.path(file));
  } catch {
    return {
      problem: keyProblem(words, said, file, "research-key-missing", said.keyMissing(file)),
    };
  }
  // `openssl rand -hex 32 > key` and editors end the file with a line break.
  let end = bytes.length;
  if (bytes[end - 1] === 0x0a) end--;
  if (bytes[end - 1] === 0x0d) end--;
  const key = bytes.subarray(0, end);
  if (key.length < MIN_RESEARCH_KEY_BYTES)
    return {
      problem: keyProblem(
        words,
        said,
        file,
        "research-key-too-short",
        said.keyTooShort(file, words.number(key.length), words.number(MIN_RESEARCH_KEY_BYTES)),
        key.length,
      ),
    };
  return { key };
}

function keyProblem(
  words: Words,
  said: ResearchExportMessages,
  file: string,
  code: "research-key-missing" | "research-key-too-short",
  message: string,
  bytes?: number,
): CliProblem {
  return {
    code,
    file,
    path: "$",
    expected: said.keyExpected(words.number(MIN_RESEARCH_KEY_BYTES)),
    found: bytes === undefined ? said.keyFound.missing : said.keyFound.bytes(words.number(bytes)),
    message,
  };
}

function extensionOf(
  said: ResearchExportMessages,
  option: string,
  file: string,
  choices: readonly string[],
): string {
  const extension = extname(file).toLowerCase();
  if (!choices.includes(extension))
    throw new CliError(said.wrongExtension(option, file, choices.join(", ")));
  return extension;
}

async function researchExportRun(
  ctx: Context,
  folder: string,
  options: ResearchExportOptions,
): Promise<number> {
  const early = wordsFor(ctx, options.lang);
  const earlySaid = researchExportCatalogue[early.language];
  const rowFormat = extensionOf(earlySaid, "--out", options.out, Object.keys(ROW_FORMATS));
  if (options.codebook !== undefined)
    extensionOf(earlySaid, "--codebook", options.codebook, CODEBOOK_FORMATS);
  const path = ctx.path(folder);
  let isFolder = false;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    throw new CliError(early.m.noSuchPath(folder));
  }
  if (!isFolder) throw new CliError(earlySaid.needsExportFolder(folder));
  const inputs = resolveInputs(ctx, early, [folder]);
  requireLogs(early, inputs);
  const settings = loadSettings(ctx, early, inputs, undefined);
  const words = wordsFor(ctx, options.lang, settings?.languages[0]);
  const language: Language = words.language;
  const said = researchExportCatalogue[language];

  const read = readKey(ctx, words, said, options.keyFile);
  if ("problem" in read) {
    if (options.json)
      ctx.io.stdout.write(
        jsonOutput({ command: "research-export", language, ok: false, problems: [read.problem] }),
      );
    else {
      ctx.err(ctx.color.red(`miriam: ${read.problem.message}`));
      ctx.err(said.makeAKey(options.keyFile));
    }
    return EXIT.usage;
  }

  const index = await indexLogs(ctx, words, inputs, settings);
  if (!options.json) reportLoadProblems(ctx, words, index);
  const rows: ResearchRow[] = [];
  let trajectories = 0;
  try {
    const evaluation = { key: read.key, ...(settings === undefined ? {} : { settings }) };
    for await (const trajectory of index.trajectories()) {
      if (trajectory.entries.length === 0) continue;
      trajectories++;
      rows.push(...researchExport([trajectory.entries.map((e) => e.event)], evaluation));
    }
  } finally {
    index.close();
  }
  writeFileSync(ctx.path(options.out), ROW_FORMATS[rowFormat as keyof typeof ROW_FORMATS](rows));
  if (options.codebook !== undefined) {
    const codebook = researchCodebook(language);
    writeFileSync(
      ctx.path(options.codebook),
      extname(options.codebook).toLowerCase() === ".json"
        ? `${JSON.stringify(codebook.json, null, 2)}\n`
        : codebook.markdown,
    );
  }
  const problems = index.problems.map(({ file, problem }) => cliProblem(file, problem, language));
  if (options.json)
    ctx.io.stdout.write(
      jsonOutput({
        command: "research-export",
        language,
        ok: problems.length === 0,
        rows: rows.length,
        trajectories,
        out: options.out,
        codebook: options.codebook ?? null,
        problems,
      }),
    );
  else {
    const scope = consentScopes.label("research", language);
    ctx.err(
      said.wroteRows(
        words.count(rows.length, said.rows),
        words.count(trajectories, words.m.trajectories),
        options.out,
        scope,
      ),
    );
    if (options.codebook !== undefined) ctx.err(words.m.wrote(options.codebook));
  }
  return problems.length > 0 ? EXIT.findings : EXIT.ok;
}
