// Issue #17: every command writes nothing English in Dutch, French or German. The kit's
// terminology check (scripts/terminology.ts: avoided terms, its English interface words,
// raw codes) runs over what each command prints in each language, together with the
// command's own English sentences (every fixed text of the English catalogue) and a few
// English words of the command line.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { documentCatalogue } from "@miriam/documents";
import { type Language, schemaKinds, vocabularies } from "@miriam/schemas";
import { afterAll, describe, expect, it, vi } from "vitest";
import {
  englishProse,
  isoDateProblems,
  rawCodesOf,
  readableHtml,
  readableMarkdown,
  terminologyProblems,
} from "../../../scripts/terminology";
import { helpCatalogue } from "./_help-messages";
import { catalogue } from "./_messages";
import { cohortDir, lateContact, miriamInProcess } from "./_test-cli";

vi.setConfig({ testTimeout: 120_000 });

const RAW_CODES = rawCodesOf(vocabularies);
const { dir, exportDir, cleanup } = cohortDir();
afterAll(cleanup);

// An export with an invalid line and an event refused on replay.
const lines = readFileSync(join(exportDir, "trajectories.jsonl"), "utf8").trimEnd().split("\n");
const late = lateContact;
const bad = join(dir, "bad");
cpSync(exportDir, bad, { recursive: true });
writeFileSync(
  join(bad, "trajectories.jsonl"),
  `${[...lines, "{not json", JSON.stringify(late)].join("\n")}\n`,
);

// English words of the command line that are no Dutch, French or German words.
const CLI_ENGLISH = [
  "Wrote",
  "Replayed",
  "Trajectories",
  "trajectories",
  "events",
  "problems",
  "valid",
  "Fidelity signals",
  "Conformant",
  "requirements",
  "passed",
  "failed",
  "not applicable",
  "Due on",
  "days",
  "line",
  // The command line's chrome, as Commander and the English help say it.
  "Usage",
  "Options:",
  "Arguments:",
  "Commands",
  "Examples",
  "Exit codes",
  "display help",
  "show this help",
  "default",
  "error",
  "unknown",
  "missing",
  "too many",
  "Did you mean",
];
const wholeWord = (word: string) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}_-])${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}_-])`,
    "u",
  );
const englishSentences = Object.values(catalogue.en).filter(
  (value): value is string => typeof value === "string" && value.length > 12,
);

// File and directory names (`export/trajectories.jsonl`, `expected/{refused,signals}.json`,
// `expected/`) are names, not words.
const withoutFileNames = (text: string) =>
  text
    .replace(/[\w./{},-]+\.(jsonl|json|md|csv|html)\b/g, "<file>")
    .replace(/[\w.-]+\//g, "<dir>/");

function englishIn(given: string, language: Language): string[] {
  const text = withoutFileNames(given);
  const found = terminologyProblems(text, language, RAW_CODES).map(
    (p) => `${p.kind} "${p.found}" (line ${p.line}: ${text.split("\n")[p.line - 1]?.trim()})`,
  );
  for (const word of CLI_ENGLISH)
    if (wholeWord(word).test(text)) found.push(`english-word "${word}"`);
  for (const word of englishProse(text)) found.push(`english-word "${word}"`);
  for (const sentence of englishSentences)
    if (text.includes(sentence)) found.push(`untranslated "${sentence}"`);
  return found;
}

type Reading = "text" | "markdown" | "html";
const runs: [string, string[], Reading][] = [
  ["validate", ["validate", "export"], "text"],
  ["validate (problems)", ["validate", "bad"], "text"],
  ["replay", ["replay", "export", "--now", "2026-01-15"], "text"],
  ["replay (refused, invalid lines)", ["replay", "bad"], "text"],
  ["report (group)", ["report", "export"], "markdown"],
  ["report (funder)", ["report", "export", "--funder"], "markdown"],
  ["report (funder, html)", ["report", "export", "--funder", "--format", "html"], "html"],
  ["report (funder, file)", ["report", "bad", "--funder", "-o", "funder.md"], "text"],
  ["conformance", ["conformance", "export"], "markdown"],
  ["conformance (failed)", ["conformance", "bad"], "markdown"],
  ["conformance (summary)", ["conformance", "bad", "-o", "out"], "text"],
  ["diagram (rules)", ["diagram", "--rules"], "markdown"],
  [
    "render",
    ["render", "consent", "--from", "export", "--trajectory", "gent-2025-a-02"],
    "markdown",
  ],
  ["aggregate (an export)", ["aggregate", "export"], "markdown"],
  ["aggregate (no report)", ["aggregate", "bad/miriam.config.json"], "text"],
  ["a usage error", ["replay", "export", "--now", "soon"], "text"],
  ["a missing file", ["validate", "nowhere.jsonl"], "text"],
];

describe.each(["nl", "fr", "de"] as const)("in %s, nothing English", (language) => {
  it.each(runs)("in what `%s` writes", async (_name, args, reading) => {
    const result = await miriamInProcess([...args, "--lang", language], { cwd: dir });
    const readable =
      reading === "markdown"
        ? readableMarkdown
        : reading === "html"
          ? readableHtml
          : (t: string) => t;
    const stdout = readable(result.stdout);
    const text = `${stdout}\n${result.stderr}`;
    expect(text.trim().length).toBeGreaterThan(0);
    expect(englishIn(text, language)).toEqual([]);
  });
});

/** What a person reads as a report or a document: every date in it is in words. */
const DATED = new Set([
  "report (group)",
  "report (funder)",
  "report (funder, html)",
  "render",
  "aggregate (an export)",
]);

describe.each(["nl", "fr", "de", "en"] as const)("in %s, dates in words", (language) => {
  it.each(runs.filter(([name]) => DATED.has(name)))(
    "in what `%s` writes",
    async (_name, args, reading) => {
      const result = await miriamInProcess([...args, "--lang", language], { cwd: dir });
      const stdout =
        reading === "html" ? readableHtml(result.stdout) : readableMarkdown(result.stdout);
      expect(stdout.trim().length).toBeGreaterThan(0);
      expect(isoDateProblems(stdout).map((p) => `${p.found} (line ${p.line})`)).toEqual([]);
    },
  );
});

describe.each(["nl", "fr", "de"] as const)("the demo in %s", (language) => {
  it("tells what it does in that language, and runs every step in it", async () => {
    const result = await miriamInProcess(["demo", `demo-${language}`, "--lang", language], {
      cwd: dir,
    });
    expect(result.code, result.stderr).toBe(0);
    // Its own lines (the outputs of the commands, indented, are tested above; the
    // statechart's Mermaid text and the command lines are code).
    const own = result.stdout
      .split("\n")
      .filter((line) => !line.startsWith("  ") || line.trimStart().startsWith("..."))
      .filter((line) => !line.startsWith("$ "))
      .join("\n");
    expect(englishIn(own, language)).toEqual([]);
    expect(result.stdout).toContain(`--lang ${language}`);
    expect(result.stdout).not.toContain("--lang en");
  });
});

describe("the language of a run", () => {
  it("is MIRIAM_LANG, else the locale's, when --lang is not given", async () => {
    const byEnv = await miriamInProcess(["validate", "export"], {
      cwd: dir,
      env: { MIRIAM_LANG: "fr" },
    });
    expect(byEnv.stdout).toContain("Les 4 fichiers sont valides.");
    const byLocale = await miriamInProcess(["validate", "export"], {
      cwd: dir,
      env: { LANG: "de_BE.UTF-8" },
    });
    expect(byLocale.stdout).toContain("Alle 4 Dateien sind gültig.");
    const both = await miriamInProcess(["validate", "export", "--lang", "nl"], {
      cwd: dir,
      env: { MIRIAM_LANG: "fr", LANG: "de_BE.UTF-8" },
    });
    expect(both.stdout).toContain("Alle 4 bestanden zijn geldig.");
    const none = await miriamInProcess(["validate", "export"], {
      cwd: dir,
      env: { LANG: "C.UTF-8" },
    });
    expect(none.stdout).toContain("All 4 files are valid.");
  });

  it("is the project's first language for a report, unless MIRIAM_LANG or --lang says otherwise", async () => {
    const settings = JSON.parse(readFileSync(join(exportDir, "miriam.config.json"), "utf8"));
    const project = settings.languages[0] as Language;
    const report = await miriamInProcess(["report", "export", "--funder", "--json"], {
      cwd: dir,
      env: { LANG: "en_GB.UTF-8" },
    });
    expect(JSON.parse(report.stdout).language).toBe(project);
    const chosen = await miriamInProcess(["report", "export", "--funder", "--json"], {
      cwd: dir,
      env: { MIRIAM_LANG: "de" },
    });
    expect(JSON.parse(chosen.stdout).language).toBe("de");
  });

  it("refuses an unknown --lang with exit code 2", async () => {
    const result = await miriamInProcess(["validate", "export", "--lang", "es"], {
      cwd: dir,
      env: { MIRIAM_LANG: "nl" },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--lang moet een van nl, fr, de, en zijn; gevonden "es".');
  });

  it("counts with the language's plural rules: one is singular, zero is singular in French", async () => {
    const one = JSON.stringify({ ...JSON.parse(lines[0]!) });
    writeFileSync(join(dir, "one.jsonl"), `${one}\n`);
    const said = async (language: Language) =>
      (await miriamInProcess(["validate", "one.jsonl", "--lang", language], { cwd: dir })).stdout;
    expect(await said("nl")).toContain("1 gebeurtenis: geldig");
    expect(await said("fr")).toContain("1 événement\u202f: valide");
    expect(await said("de")).toContain("1 Ereignis: gültig");
    expect(await said("en")).toContain("1 event: valid");
  });
});

// What a reader types is code, as Markdown's backticks are: the example command lines of a
// help, and the values an option or argument takes (the kinds of record, the templates' ids).
const TYPED = [...schemaKinds, ...documentCatalogue.map((entry) => entry.id)].sort(
  (a, b) => b.length - a.length,
);
const readableHelp = (text: string) =>
  TYPED.reduce(
    (left, value) => left.replaceAll(value, "<value>"),
    text
      .split("\n")
      .filter((line) => !line.trimStart().startsWith("$ "))
      .join("\n"),
  );

const COMMANDS = Object.keys(helpCatalogue.en.commands);
/** What a command cannot run without, so that the parser goes on to the option it tests. */
const REQUIRED: Readonly<Record<string, readonly string[]>> = {
  "research-export": ["--key-file", "research.key", "--out", "research.csv"],
};

describe("the command line's help", () => {
  it("has the catalogue's help for every command it lists", async () => {
    const listed = (await miriamInProcess(["--help"], { cwd: dir })).stdout
      .split("\n")
      .map((line) => /^ {2}([a-z][a-z-]*) /.exec(line)?.[1])
      .filter((name) => name !== undefined && name !== "help");
    expect(listed.sort()).toEqual([...COMMANDS].sort());
  });

  it("in English is found English by the check (so the check can fail)", async () => {
    const help = await miriamInProcess(["validate", "--help"], { cwd: dir });
    expect(englishIn(readableHelp(help.stdout), "nl")).toContain('english-word "Usage"');
  });

  it("follows MIRIAM_LANG, then the locale, when --lang is not given", async () => {
    const byEnv = await miriamInProcess(["--help"], { cwd: dir, env: { MIRIAM_LANG: "fr" } });
    expect(byEnv.stdout).toContain("Utilisation : miriam [options] [commande]");
    const byLocale = await miriamInProcess(["replay", "--help"], {
      cwd: dir,
      env: { LANG: "de_BE.UTF-8" },
    });
    expect(byLocale.stdout).toContain("Aufruf: miriam replay [Optionen] <Protokolle...>");
    const aList = await miriamInProcess(["aggregate", "--help", "--lang=nl,fr"], { cwd: dir });
    expect(aList.stdout).toContain("Gebruik: miriam aggregate [opties] <invoer...>");
  });
});

describe.each(["nl", "fr", "de"] as const)("in %s, the command line's own words", (language) => {
  const h = helpCatalogue[language];
  // `--lang` before the rest, so that no option of the test takes it for its value.
  const miriamIn = ([first, ...rest]: string[]) =>
    miriamInProcess([first ?? "", "--lang", language, ...rest], { cwd: dir });

  it.each([
    ["miriam --help", ["--help"]],
    ["miriam help", ["help"]],
  ])("`%s` says nothing English", async (_name, args) => {
    const result = await miriamIn(args);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(h.program.description.slice(0, 30));
    expect(englishIn(readableHelp(result.stdout), language)).toEqual([]);
  });

  it.each(COMMANDS)("`miriam %s --help` says nothing English", async (command) => {
    const result = await miriamIn([command, "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(h.titles["Options:"]);
    expect(englishIn(readableHelp(result.stdout), language)).toEqual([]);
  });

  it.each(COMMANDS)("`miriam %s` refuses an unknown option in the language", async (command) => {
    const result = await miriamIn([command, ...(REQUIRED[command] ?? []), "--bogus"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`miriam: ${h.unknownOption("--bogus")}`);
    expect(result.stderr).toContain(h.afterError);
    expect(englishIn(result.stderr, language)).toEqual([]);
  });

  it.each<[string, string[], string]>([
    [
      "a missing required option",
      ["research-export", "export/", "--out", "research.csv"],
      h.requiredOptionMissing(`--key-file <${h.values.file}>`),
    ],
    [
      "a missing argument",
      ["validate"],
      h.missingArgument(h.commands.validate.args.files[0].replace("...", "")),
    ],
    ["too many arguments", ["diagram", "extra"], h.tooManyArguments("miriam diagram", "0", "1")],
    [
      "an unknown command",
      ["valdate"],
      `${h.unknownCommand("valdate")} ${h.didYouMean("validate")}`,
    ],
    [
      "an option without its value",
      ["report", "export", "--format"],
      h.optionMissingValue(`--format <${h.values.format}>`),
    ],
    [
      "an unknown option close to one",
      ["replay", "export", "--jsn"],
      `${h.unknownOption("--jsn")} ${h.didYouMean("--json")}`,
    ],
  ])("says %s in the language", async (_name, args, said) => {
    const result = await miriamIn(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`miriam: ${said}`);
    expect(englishIn(result.stderr, language)).toEqual([]);
  });
});
