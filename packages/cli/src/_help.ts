import type { Language } from "@miriam/schemas";
import { type Command, Help } from "commander";
import type { HelpMessages } from "./_help-messages";
import { chooseLanguage, isLanguage, type Words } from "./_i18n";

// Commander parses the command line and lays out `--help`; this module makes it say
// everything in the reader's language (issue #17). The help's words come from the
// catalogue (_help-messages.ts) through Commander's public hooks: `configureHelp` for the
// headings, the usage line and an option's default, `helpOption` / `helpCommand` /
// `version` for its own options, and `configureOutput().outputError` for the parser's
// messages, which Commander words in English: they are matched and worded again here.

/**
 * @internal The `--lang` given on the command line, read before Commander parses it (the
 * help and the parser's messages are written while parsing). `--lang nl` and `--lang=nl`;
 * for a list (`aggregate --lang nl,fr`) its first language. Not after `--`.
 */
export function languageOption(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") break;
    if (arg === "--lang") found = argv[i + 1];
    else if (arg.startsWith("--lang=")) found = arg.slice("--lang=".length);
  }
  return found?.split(",")[0]?.trim();
}

/**
 * @internal The language of the help and of the parser's messages: `--lang` when it names
 * one of the kit's languages, else the environment's (`MIRIAM_LANG`, the locale), else
 * English. The project's language is not known before parsing, so it does not count here.
 */
export function commandLineLanguage(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Language {
  const option = languageOption(argv);
  return chooseLanguage(isLanguage(option) ? option : undefined, env);
}

/** @internal Gives a command (the program or a subcommand) its help in `words`' language. */
export function localize(command: Command, words: Words): Command {
  const h = words.help;
  const described = (description: string, value: unknown) =>
    value === undefined || typeof value === "boolean"
      ? description
      : `${description} ${h.defaultIs(Array.isArray(value) ? value.join(", ") : String(value))}`;
  const inWords = (usage: string) =>
    usage.replace("[options]", `[${h.optionsWord}]`).replace("[command]", `[${h.commandWord}]`);
  return command
    .helpOption("-h, --help", h.helpOption)
    .showHelpAfterError(h.afterError)
    .configureHelp({
      styleTitle: (title) => h.titles[title as keyof HelpMessages["titles"]] ?? title,
      commandUsage(this: Help, cmd: Command) {
        return inWords(Help.prototype.commandUsage.call(this, cmd));
      },
      subcommandTerm(this: Help, cmd: Command) {
        return inWords(Help.prototype.subcommandTerm.call(this, cmd));
      },
      // Commander adds `(default: "md")` in English; a default is said in the language,
      // and a boolean's (`--no-progress`) is for programmers, so it is left out.
      optionDescription: (option) =>
        described(option.description, option.defaultValueDescription ?? option.defaultValue),
      argumentDescription: (argument) =>
        described(argument.description, argument.defaultValueDescription ?? argument.defaultValue),
    });
}

// Commander 14's wording of the parser's errors (lib/command.js), with what they name.
const PARSER_ERRORS: readonly [
  RegExp,
  (h: HelpMessages, words: Words, m: RegExpExecArray) => string,
][] = [
  [/^error: unknown option '([^']*)'/, (h, _w, m) => h.unknownOption(m[1] ?? "")],
  [/^error: unknown command '([^']*)'/, (h, _w, m) => h.unknownCommand(m[1] ?? "")],
  [/^error: missing required argument '([^']*)'/, (h, _w, m) => h.missingArgument(m[1] ?? "")],
  [/^error: option '([^']*)' argument missing/, (h, _w, m) => h.optionMissingValue(m[1] ?? "")],
  [
    /^error: required option '([^']*)' not specified/,
    (h, _w, m) => h.requiredOptionMissing(m[1] ?? ""),
  ],
  [
    /^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\./,
    (h, w, m) =>
      h.tooManyArguments(
        `miriam${m[1] === undefined ? "" : ` ${m[1]}`}`,
        w.number(Number(m[2])),
        w.number(Number(m[3])),
      ),
  ],
];

/**
 * @internal A message of the argument parser, in `words`' language: `miriam: ` and the
 * sentence, with Commander's suggestion ("Did you mean --json?") said in the language too.
 * A message this does not know stays as Commander wrote it (the languages test fails then).
 */
export function parserMessage(text: string, words: Words): string {
  const h = words.help;
  const suggestion = /\(Did you mean (?:one of )?(.*)\?\)/.exec(text)?.[1];
  for (const [pattern, word] of PARSER_ERRORS) {
    const match = pattern.exec(text);
    if (match === null) continue;
    const said = `miriam: ${word(h, words, match)}`;
    return suggestion === undefined ? `${said}\n` : `${said} ${h.didYouMean(suggestion)}\n`;
  }
  return text;
}
