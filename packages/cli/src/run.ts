import { Command, CommanderError } from "commander";
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
  const ctx = createContext(full);
  let code: number = EXIT.ok;
  const done = (result: number) => {
    code = result;
  };
  const program = new Command("miriam")
    .description(
      "The MIRIAM kit on the command line: validate logs, replay trajectories, write reports, render documents, draw the statechart, and check a vendor's export for conformance.",
    )
    .version(CLI_VERSION, "-v, --version")
    .exitOverride()
    .configureOutput({
      writeOut: (text) => full.stdout.write(text),
      writeErr: (text) => full.stderr.write(text),
      outputError: (text, write) => write(ctx.color.red(text)),
    })
    .showHelpAfterError("(run with --help for usage and examples)")
    .addHelpText(
      "after",
      `
Exit codes: 0 ok, 1 findings, 2 usage or input error. NO_COLOR turns colours off.

Start here:
  $ miriam demo                  # writes the example cohort and runs every command on it
  $ miriam validate export/
  $ miriam replay export/ --now 2026-01-15
  $ miriam report export/ --funder
  $ miriam conformance export/`,
    );
  // Subcommands made with `new Command` inherit nothing: give them the same output and
  // error handling as the program.
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
    program.addCommand(
      command
        .exitOverride()
        .configureOutput(program.configureOutput())
        .showHelpAfterError("(run with --help for usage and examples)"),
    );
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
