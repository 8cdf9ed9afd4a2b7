import { writeFileSync } from "node:fs";
import { ruleTable, toMermaid } from "@miriam/trajectory";
import { Command } from "commander";
import { CliError, type Context, EXIT, LANG_HELP, parseChoice, wordsFor } from "./_io";

const FORMATS = ["mermaid", "svg"] as const;

interface DiagramOptions {
  readonly format: string;
  readonly markdown?: boolean;
  readonly rules?: boolean;
  readonly lang?: string;
  readonly output?: string;
}

/** @internal `miriam diagram`. */
export function diagramCommand(ctx: Context, done: (code: number) => void): Command {
  return new Command("diagram")
    .summary("draw the trajectory statechart (Mermaid)")
    .description(
      "Prints the MIRIAM trajectory statechart as a Mermaid state diagram, generated from the statechart itself, or with --rules the table of hard rules.\n\n" +
        "SVG: drawing Mermaid needs a browser engine, and the kit does not ship one. --format svg " +
        "therefore stops with exit code 2 and says so; paste the Mermaid text into anything that " +
        "renders it (GitHub, GitLab and the kit's docs site render ```mermaid blocks).",
    )
    .option("--format <format>", "mermaid (svg: see above)", "mermaid")
    .option("--markdown", "wrap the diagram in a ```mermaid block, for a Markdown page")
    .option("--rules", "print the hard rules as a Markdown table instead")
    .option("--lang <language>", LANG_HELP)
    .option("-o, --output <file>", "write to a file instead of stdout")
    .addHelpText(
      "after",
      `
Examples:
  $ miriam diagram > trajectory.mmd
  $ miriam diagram --markdown >> docs/method/trajectory.md
  $ miriam diagram --rules --lang fr`,
    )
    .action((options: DiagramOptions) => {
      done(diagram(ctx, options));
    });
}

function diagram(ctx: Context, options: DiagramOptions): number {
  const words = wordsFor(ctx, options.lang);
  const { language } = words;
  const format = parseChoice(words, "--format", options.format, FORMATS);
  if (format === "svg") throw new CliError(words.m.svgUnavailable);
  let text = options.rules ? ruleTable(language) : toMermaid();
  if (!options.rules && options.markdown) text = `\`\`\`mermaid\n${text.trimEnd()}\n\`\`\``;
  if (!text.endsWith("\n")) text += "\n";
  if (options.output !== undefined) {
    writeFileSync(ctx.path(options.output), text);
    ctx.err(words.m.wrote(options.output));
  } else ctx.io.stdout.write(text);
  return EXIT.ok;
}
