import { Command, CommanderError } from "commander";
import { commandLineLanguage, languageOption, localize, parserMessage } from "./_help";
import { wordsOf } from "./_i18n";
import { CliError, type CliIo, createContext, EXIT } from "./_io";
import { CLI_VERSION } from "./_version";
import { aggregateCommand } from "./aggregate";
import { conformanceCommand } from "./conformance";
import { demoCommand } from "./demo";
import { diagramCommand } from "./diagram";
import { renderCommand } from "./render";
import { replayCommand } from "./replay";
import { reportCommand } from "./report";
import { researchExportCommand } from "./research-export";
import { validateCommand } from "./validate";

function defaultIo(): CliIo {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  };
}

/**
 * Runs the `miriam` command with `argv` (the arguments after the command's name) and
 * returns its exit code: 0 ok, 1 findings (problems, refused events, failed requirements),
 * 2 usage or input error. Reads and writes only through `io` (default: the process's
 * streams, environment and working directory), so tests and other tools can embed it.
 * Never calls `process.exit`.
 *
 * @example
 * ```ts
 * const code = await run(["validate", "export/"]);
 * process.exitCode = code;
 * ```
 */
export async function run(argv: readonly string[], io: Partial<CliIo> = {}): Promise<number> {
  const full: CliIo = { ...defaultIo(), ...io };
  // The help and the parser's messages are written while parsing: their language is
  // read from the command line first (docs/decisions.md, "The language of the command line").
  const words = wordsOf(commandLineLanguage(argv, full.env));
  const ctx = createContext(full, words, languageOption(argv));
  const { help } = words;
  let code: number = EXIT.ok;
  const done = (result: number) => {
    code = result;
  };
  const output = {
    writeOut: (text: string) => full.stdout.write(text),
    writeErr: (text: string) => full.stderr.write(text),
    outputError: (text: string, write: (text: string) => void) =>
      write(ctx.color.red(parserMessage(text, words))),
  };
  const program = localize(
    new Command("miriam")
      .description(help.program.description)
      .version(CLI_VERSION, "-v, --version", help.versionOption)
      // Before the command too (`miriam --lang fr validate export/`): every command reads it.
      .option(`--lang <${help.values.language}>`, help.lang)
      .helpCommand(`help [${help.commandWord}]`, help.helpCommand)
      .exitOverride()
      .configureOutput(output)
      .addHelpText("after", help.program.after),
    words,
  );
  // Subcommands made with `new Command` inherit nothing: give them the same output, error
  // handling and language as the program.
  for (const command of [
    validateCommand(ctx, done),
    replayCommand(ctx, done),
    reportCommand(ctx, done),
    aggregateCommand(ctx, done),
    renderCommand(ctx, done),
    diagramCommand(ctx, done),
    demoCommand(ctx, done, run),
    conformanceCommand(ctx, done),
    researchExportCommand(ctx, done),
  ])
    program.addCommand(localize(command.exitOverride().configureOutput(output), words));
  try {
    await program.parseAsync([...argv], { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError)
      // Help and version exit 0; any misuse of the command line is a usage error.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (error instanceof CliError) {
      ctx.err(ctx.color.red(`miriam: ${error.message}`));
      return EXIT.usage;
    }
    throw error;
  }
}
