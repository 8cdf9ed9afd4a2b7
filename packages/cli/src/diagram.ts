import { writeFileSync } from "node:fs";
import { ruleTable, toMermaid } from "@miriam/trajectory";
import { Command } from "commander";
import { CliError, type Context, EXIT, parseChoice, wordsFor } from "./_io";

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
  const { help } = ctx.words;
  const h = help.commands.diagram;
  const v = help.values;
  return new Command("diagram")
    .summary(h.summary)
    .description(h.description)
    .option(`--format <${v.format}>`, h.options.format, "mermaid")
    .option("--markdown", h.options.markdown)
    .option("--rules", h.options.rules)
    .option(`--lang <${v.language}>`, help.lang)
    .option(`-o, --output <${v.file}>`, h.options.output)
    .addHelpText("after", h.after)
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
