/** A command of the kit shown in a shell block of a docs page. */
export interface ShownCommand {
  /** Page path relative to docs/, e.g. `guides/new-ocmw.md`. */
  readonly page: string;
  /** 1-based line of the command on the page. */
  readonly line: number;
  /** The command as the page shows it (continuation lines joined). */
  readonly text: string;
  /** `miriam` (the CLI, `npx miriam` too) or `create-miriam` (`npm create miriam`...). */
  readonly tool: "miriam" | "create-miriam";
  /** The arguments the tool receives. */
  readonly args: readonly string[];
}

// ```sh, ```bash, ```shell, ```console, with or without more attributes.
const OPENING = /^(?<fence>`{3,}|~{3,})\s*(?:sh|bash|shell|console)\b/;

/**
 * Splits a shell line into words: single and double quotes group, `\` escapes the next
 * character, and an unquoted `#` after a space starts a comment. Enough for the commands
 * the guides show; pipes, redirections and `&&` end the command (the rest is not the
 * kit's). Pure.
 */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quote !== undefined) {
      if (char === quote) quote = undefined;
      else if (char === "\\" && quote === '"' && i + 1 < line.length) word += line[++i]!;
      else word += char;
      continue;
    }
    if (char === "'" || char === '"') {
      quote = char;
      word ??= "";
    } else if (char === "\\" && i + 1 < line.length) {
      word = (word ?? "") + line[++i]!;
    } else if (/\s/.test(char)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (
      word === undefined &&
      (char === "#" || char === "|" || char === ">" || char === "&")
    ) {
      break;
    } else {
      word = (word ?? "") + char;
    }
  }
  if (quote !== undefined) throw new Error(`unclosed ${quote} in: ${line}`);
  if (word !== undefined) words.push(word);
  return words;
}

/** What a command line runs, if it is one of the kit's tools. Pure. */
export function toolCommand(
  words: readonly string[],
): Pick<ShownCommand, "tool" | "args"> | undefined {
  const rest = words[0] === "npx" ? words.slice(1) : words;
  if (rest[0] === "miriam") return { tool: "miriam", args: rest.slice(1) };
  // npm create miriam[@version] [dir] -- [flags]; pnpm/yarn create miriam [dir] [flags]
  if (
    ["npm", "pnpm", "yarn"].includes(rest[0] ?? "") &&
    rest[1] === "create" &&
    /^miriam(@.+)?$/.test(rest[2] ?? "")
  )
    return { tool: "create-miriam", args: rest.slice(3).filter((word) => word !== "--") };
  return undefined;
}

/** The kit's commands shown in the shell blocks of one Markdown text, in order. Pure. */
export function commandsOf(page: string, markdown: string): ShownCommand[] {
  const commands: ShownCommand[] = [];
  const lines = markdown.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const match = OPENING.exec(lines[index]!);
    if (!match?.groups) {
      // Skip other fenced blocks whole, so a shell line inside them is not read.
      const other = /^(`{3,}|~{3,})/.exec(lines[index]!);
      if (other) {
        const end = lines.findIndex((line, i) => i > index && line.trimEnd() === other[1]);
        index = end === -1 ? lines.length : end;
      }
      continue;
    }
    const fence = match.groups.fence!;
    let i = index + 1;
    for (; i < lines.length && lines[i]!.trimEnd() !== fence; i++) {
      const start = i;
      let text = lines[i]!.replace(/^\$\s+/, "");
      while (text.endsWith("\\") && i + 1 < lines.length)
        text = `${text.slice(0, -1).trimEnd()} ${lines[++i]!.trim()}`;
      const command = toolCommand(shellWords(text));
      if (command !== undefined)
        commands.push({ page, line: start + 1, text: text.trim(), ...command });
    }
    index = i;
  }
  return commands;
}
