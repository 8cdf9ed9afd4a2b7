import type { Language } from "@miriam/schemas";

// The command line's own chrome in NL, FR, DE and EN (issue #17): `--help` of the program
// and of every command, and the argument parser's messages. Commander parses and lays out
// the help; it gets every word from here (see _help.ts). One table per language, of one
// type, so an option added to one language's help does not compile until all four have it.
// `{kinds}`, `{threshold}` and `{templates}` stand for lists and numbers the command fills in.

/** @internal The help of one command: its options are keyed by their long flag, without `--`. */
export interface CommandHelp<A extends string, O extends string> {
  readonly summary: string;
  readonly description: string;
  /** Each argument's name as the reader sees it in `<name>`, and what it is. */
  readonly args: Readonly<Record<A, readonly [name: string, description: string]>>;
  readonly options: Readonly<Record<O, string>>;
  /** Exit codes and examples, after the options. */
  readonly after: string;
}

/** @internal The placeholders of option values (`--config <file>`). */
export type ValueName =
  | "file"
  | "dir"
  | "n"
  | "date"
  | "timestamp"
  | "id"
  | "kind"
  | "format"
  | "language"
  | "languages"
  | "dialect"
  | "period";

/** @internal Everything the command line says about itself, in one language. */
export interface HelpMessages {
  /** Headings of the help, with the language's colon. */
  readonly titles: Readonly<Record<"Usage:" | "Arguments:" | "Options:" | "Commands:", string>>;
  /** `[options]` and `[command]` in the usage line. */
  readonly optionsWord: string;
  readonly commandWord: string;
  readonly helpOption: string;
  readonly helpCommand: string;
  readonly versionOption: string;
  /** An option's default, after its description. */
  readonly defaultIs: (value: string) => string;
  /** After a usage error. */
  readonly afterError: string;
  readonly values: Readonly<Record<ValueName, string>>;
  readonly lang: string;
  readonly langProject: string;
  readonly langDemo: string;
  readonly progress: string;
  readonly noProgress: string;
  readonly output: string;
  // The argument parser's messages
  readonly unknownOption: (flag: string) => string;
  readonly unknownCommand: (name: string) => string;
  readonly didYouMean: (candidates: string) => string;
  readonly missingArgument: (name: string) => string;
  readonly optionMissingValue: (flags: string) => string;
  readonly requiredOptionMissing: (flags: string) => string;
  readonly tooManyArguments: (command: string, expected: string, got: string) => string;
  readonly program: { readonly description: string; readonly after: string };
  readonly commands: {
    readonly validate: CommandHelp<"files", "kind" | "config" | "json" | "maxProblems" | "now">;
    readonly replay: CommandHelp<"logs", "config" | "now" | "trajectory" | "json">;
    readonly report: CommandHelp<
      "logs",
      | "group"
      | "funder"
      | "format"
      | "csvDialect"
      | "config"
      | "threshold"
      | "asOf"
      | "output"
      | "json"
    >;
    readonly aggregate: CommandHelp<
      "inputs",
      "format" | "lang" | "csvDialect" | "threshold" | "output" | "outDir"
    >;
    readonly render: CommandHelp<
      "template" | "data",
      "config" | "from" | "trajectory" | "session" | "period" | "format" | "output" | "json"
    >;
    readonly diagram: CommandHelp<never, "format" | "markdown" | "rules" | "output">;
    readonly demo: CommandHelp<"dir", "lines">;
    readonly conformance: CommandHelp<"dir", "output" | "json" | "matrix">;
    readonly "research-export": CommandHelp<
      "exportFolder",
      "keyFile" | "out" | "codebook" | "json"
    >;
  };
}

/** @internal The name of a command of `miriam` whose help is here. */
export type CommandName = keyof HelpMessages["commands"];

const en: HelpMessages = {
  titles: {
    "Usage:": "Usage:",
    "Arguments:": "Arguments:",
    "Options:": "Options:",
    "Commands:": "Commands:",
  },
  optionsWord: "options",
  commandWord: "command",
  helpOption: "show this help",
  helpCommand: "show the help of a command",
  versionOption: "show the version",
  defaultIs: (value) => `(default: ${value})`,
  afterError: "(run with --help for usage and examples)",
  values: {
    file: "file",
    dir: "dir",
    n: "n",
    date: "date",
    timestamp: "timestamp",
    id: "id",
    kind: "kind",
    format: "format",
    language: "language",
    languages: "languages",
    dialect: "dialect",
    period: "from..to",
  },
  lang: "language of the output: nl, fr, de or en (default: MIRIAM_LANG, else the locale's language, else en)",
  langProject:
    "language of the output: nl, fr, de or en (default: MIRIAM_LANG, else the project's first language, else the locale's, else en)",
  langDemo:
    "language of the output: nl, fr, de or en (default: MIRIAM_LANG, else the locale's language, else en); in English, some steps show the other languages",
  progress: "show progress on stderr (default: when stderr is a terminal)",
  noProgress: "never show progress",
  output: "write to a file instead of stdout",
  unknownOption: (flag) => `unknown option ${flag}.`,
  unknownCommand: (name) => `unknown command "${name}".`,
  didYouMean: (candidates) => `Did you mean ${candidates}?`,
  missingArgument: (name) => `missing argument <${name}>.`,
  optionMissingValue: (flags) => `${flags} needs a value.`,
  requiredOptionMissing: (flags) => `${flags} is required.`,
  tooManyArguments: (command, expected, got) =>
    `too many arguments for ${command}: it takes ${expected}, got ${got}.`,
  program: {
    description:
      "The MIRIAM kit on the command line: validate logs, replay trajectories, write reports, render documents, draw the statechart, and check a vendor's export for conformance.",
    after: `
Exit codes: 0 ok, 1 findings, 2 usage or input error. NO_COLOR turns colours off.

Start here:
  $ miriam demo                  # writes the example cohort and runs every command on it
  $ miriam validate export/
  $ miriam replay export/ --now 2026-01-15
  $ miriam report export/ --funder
  $ miriam conformance export/`,
  },
  commands: {
    validate: {
      summary: "check event logs and records against the schemas",
      description:
        "Checks event logs (JSON Lines: one event per line) and records (miriam.config.json, profiles, instruments...) against the schemas of @miriam/schemas. Every problem says where (file, line, JSON path), what was expected and what was found, and never repeats personal data. Logs are read line by line, so a file of any size is checked in little memory.",
      args: { files: ["files...", "files, export directories, or - for stdin"] },
      options: {
        kind: "what every file holds ({kinds})",
        config: "project settings whose life domains the logs use",
        json: "print the result as JSON (problems in the shape of cli-output.schema.json)",
        maxProblems: "problems listed per file",
        now: "the moment after which an event's time is in the future (default: the clock)",
      },
      after: `
Exit codes: 0 every file is valid, 1 problems found, 2 usage or input error.

Examples:
  $ miriam validate trajectories.jsonl group-gent-2025-a.jsonl
  $ miriam validate export/                      # settings, logs and profiles of an export

Across the files named, every event id must be unique, each trajectory's (and group's)
events must come in time order, and no event may lie in the future beyond the project's
futureToleranceDays (default 1).
  $ miriam validate --config miriam.config.json trajectories.jsonl
  $ cat trajectories.jsonl | miriam validate -
  $ miriam validate --kind instrument-definition my-instrument.json
  $ miriam validate --json trajectories.jsonl > problems.json`,
    },
    replay: {
      summary: "replay trajectories through the statechart",
      description:
        "Replays every trajectory of the logs through the MIRIAM statechart, with each mother's attendance taken from the group logs passed alongside, and shows each trajectory's phase, the events refused by a hard rule (which rule, why, what to do), the fidelity signals and, with --now, what is due or overdue on that date.",
      args: {
        logs: [
          "logs...",
          "event logs (trajectories and groups), export directories, or - for stdin",
        ],
      },
      options: {
        config: "project settings (fidelity thresholds, domains, trajectory length)",
        now: "replay the log as it stood on this date (YYYY-MM-DD; later events are left out) and list what is due then; never the clock",
        trajectory: "show only this trajectory",
        json: "print the result as JSON (problems in the shape of cli-output.schema.json)",
      },
      after: `
Exit codes: 0 no event refused, 1 refused events or invalid lines, 2 usage or input error.
Fidelity signals and due actions are information: they never change the exit code.

Examples:
  $ miriam replay trajectories.jsonl group-gent-2025-a.jsonl
  $ miriam replay export/ --now 2026-01-15 --lang nl
  $ miriam replay export/ --trajectory gent-2025-a-04
  $ miriam replay --json export/ | jq '.refused'`,
    },
    report: {
      summary: "write the group or funder report",
      description:
        "Writes the evaluation reports of @miriam/evaluation from the logs.\n\n" +
        "--group (the default): one report per group, every figure and each participant's " +
        "scores by pseudonymous id. For inside the OCMW only: never send it out as it is. " +
        "--funder: the report for the funder (POD MI / SPP IS), with small-cell suppression: " +
        "counts below the threshold are hidden, with every count that would give them away.",
      args: {
        logs: [
          "logs...",
          "event logs (trajectories and groups), export directories, or - for stdin",
        ],
      },
      options: {
        group: "the group report of every group, or of the group <id> (default)",
        funder: "the funder report, suppressed, for anything that leaves the OCMW",
        format: "md, json, csv or html",
        csvDialect:
          "csv: excel-be (`;`, decimal comma, UTF-8 BOM, headings in the language: for a spreadsheet in Belgium) or rfc4180 (`,`, codes: for programs); default excel-be for nl, fr and de, rfc4180 for en",
        config: "project settings (names, domains, fidelity thresholds)",
        threshold:
          "funder report: counts below n are hidden (default {threshold}, never lower than 3)",
        asOf: "count open trajectories up to this date (default: their last event)",
        output: "write the report to a file instead of stdout",
        json: "print the reports (as --format json) and the problems as JSON, in the shape of cli-output.schema.json",
      },
      after: `
Exit codes: 0 report written, 1 some lines were invalid and left out, 2 usage or input error.

Examples:
  $ miriam report export/                                    # group report, Markdown
  $ miriam report export/ --group gent-2025-a --format csv --lang nl -o groep-a.csv
  $ miriam report export/ --funder --format html --lang fr -o rapport.html
  $ miriam report export/ --funder --format csv --lang nl --csv-dialect rfc4180
  $ miriam report export/ --funder --format json -o funder-2026.json
  $ miriam report trajectories.jsonl group-*.jsonl --config miriam.config.json --funder`,
    },
    aggregate: {
      summary: "add funder reports (or exports) up into the programme report",
      description:
        "Adds the funder reports of many projects and years up into the programme report " +
        "for the funder: the programme, each region and each programme year, with " +
        "small-cell suppression that stays sound across levels (no figure lets anyone " +
        "work out a count an OCMW hid), the policy-signals annex, and charts.\n\n" +
        "Inputs: funder reports as JSON (`miriam report --funder --format json`), " +
        "directories of them, or export directories (then every trajectory is replayed " +
        "and the change per life domain is measured on the mothers themselves).",
      args: {
        inputs: ["inputs...", "funder reports (.json), directories of them, or export directories"],
      },
      options: {
        format: "md, json, csv or html (with -o or stdout)",
        lang: "language of the labels (nl, fr, de or en); with --out-dir a comma-separated list (default nl,fr,en)",
        csvDialect: "csv: excel-be or rfc4180 (default: excel-be except for en)",
        threshold: "counts below n are hidden (default {threshold}, never lower than a report's)",
        output: "write the report to a file instead of stdout",
        outDir:
          "write every format in every language, the charts (SVG) and programme-report.json into this directory",
      },
      after: `
Exit codes: 0 report written, 1 some inputs had problems and were left out, 2 usage or input error.

Examples:
  $ miriam aggregate reports/ --out-dir programme/          # NL, FR and EN, md, html, csv
  $ miriam aggregate reports/*.json --format html --lang fr -o programme.html
  $ miriam aggregate export-gent/ export-namur/ --format json`,
    },
    render: {
      summary: "render a document in NL, FR, DE or EN",
      description:
        "Renders a document of @miriam/documents to Markdown or to standalone HTML that prints on A4. The data comes from a JSON file (the template's data), or from an export's events with --from and --trajectory (--session for a group session, --period for the annual report).\n\n" +
        "Templates: {templates}.",
      args: {
        template: ["template", "the template's id"],
        data: ["data", "the template's data as JSON, or - for stdin"],
      },
      options: {
        config: "project settings (OCMW name, region, languages, domains)",
        from: "an export directory to take the data from",
        trajectory: "with --from: the mother's trajectory",
        session: "with --from: the group session's event id (group-session)",
        period: "with --from: the annual report's period, e.g. 2025-09-01..2026-08-31",
        format: "md or html",
        output: "write the document to a file instead of stdout",
        json: "print the problems as JSON when the data is refused",
      },
      after: `
The document holds personal data (her name): write it to a file with -o, keep it inside the
OCMW, and never paste it in an issue. Problems with the data never repeat its values.
Exit codes: 0 rendered, 2 usage error or data that the template refuses.

Examples:
  $ miriam render information-sheet --config miriam.config.json --lang fr
  $ miriam render personal-plan plan.json --config miriam.config.json --format html -o plan.html
  $ miriam render personal-plan --from export/ --trajectory gent-2025-a-01 --lang nl
  $ miriam render group-session --from export/ --session gent-2025-a.002 --format html -o session.html
  $ miriam render annual-report --from export/ --period 2025-09-01..2026-08-31`,
    },
    diagram: {
      summary: "draw the trajectory statechart (Mermaid)",
      description:
        "Prints the MIRIAM trajectory statechart as a Mermaid state diagram, generated from the statechart itself, or with --rules the table of hard rules.\n\n" +
        "SVG: drawing Mermaid needs a browser engine, and the kit does not ship one. --format svg " +
        "therefore stops with exit code 2 and says so; paste the Mermaid text into anything that " +
        "renders it (GitHub, GitLab and the kit's docs site render ```mermaid blocks).",
      args: {},
      options: {
        format: "mermaid (svg: see above)",
        markdown: "wrap the diagram in a ```mermaid block, for a Markdown page",
        rules: "print the hard rules as a Markdown table instead",
        output: "write to a file instead of stdout",
      },
      after: `
Examples:
  $ miriam diagram > trajectory.mmd
  $ miriam diagram --markdown >> docs/method/trajectory.md
  $ miriam diagram --rules --lang fr`,
    },
    demo: {
      summary: "write the example cohort and run every command on it",
      description:
        "Writes the kit's example cohort (one OCMW, one group of 14 mothers, laid out as a vendor's export) into a directory, then runs validate, replay, report, render, diagram and conformance on it, printing what each shows. The full outputs are written beside the export. Every name in the example is made up.",
      args: {
        dir: ["dir", "where to write (default: a new temporary directory); must be empty or new"],
      },
      options: { lines: "lines shown of each long output" },
      after: `
Examples:
  $ miriam demo
  $ miriam demo ./miriam-demo && ls ./miriam-demo`,
    },
    "research-export": {
      summary: "write the pseudonymised research export and its codebook",
      description:
        "Writes the data for the researchers' one-year follow-up: one row per mother whose " +
        "consent in force includes research (a withdrawal of that scope takes her out), " +
        "with a pseudonym instead of her trajectory id (HMAC-SHA-256 with the OCMW's key), " +
        "months instead of dates, codes and scores, and never a name, a note or free text.\n\n" +
        "The key stays inside the OCMW: keep the same key from year to year so that a " +
        "mother keeps her pseudonym, and never send it with the export.",
      args: {
        exportFolder: ["export-folder", "an export folder (miriam.config.json and its logs)"],
      },
      options: {
        keyFile:
          "the OCMW's secret key: a file of at least {bytes} bytes (a final line break is not part of the key)",
        out: "where to write the rows: .csv (RFC 4180, codes, for R, SPSS, Stata) or .jsonl (JSON Lines)",
        codebook:
          "also write the codebook: .md (in --lang) or .json (with the codes' labels in NL, FR and EN)",
        json: "print what was written and the problems as JSON, in the shape of cli-output.schema.json",
      },
      after: `
Exit codes: 0 written, 1 some lines were invalid and left out, 2 usage or input error (a missing or short key).

Examples:
  $ openssl rand -hex 32 > research.key        # once; keep it inside the OCMW
  $ miriam research-export export/ --key-file research.key --out research.csv --codebook codebook.md --lang nl
  $ miriam research-export export/ --key-file research.key --out research.jsonl --codebook codebook.json`,
    },
    conformance: {
      summary: "check a vendor's export against the method",
      description:
        "Checks a vendor's export directory against every requirement of the MIRIAM method (@miriam/conformance): layout, schemas, privacy, references, each hard rule of the statechart and, when the export has expected/, the vendor's own results. Prints the report in Markdown (or JSON), and with -o writes conformance-report.md and .json.\n\n" +
        "The export: miriam.config.json, trajectories.jsonl, group-<groupId>.jsonl, optionally profiles.jsonl and expected/{trajectories,refused,signals,indicators}.json.",
      args: { dir: ["dir", "the export directory"] },
      options: {
        output: "write conformance-report.md and conformance-report.json into this directory",
        json: "print the report as JSON, with its findings as problems in the shape of cli-output.schema.json",
        matrix: "print the conformance matrix (every requirement, its method section and fixtures)",
      },
      after: `
Exit codes: 0 conformant, 1 a requirement failed, 2 usage or input error.

Examples:
  $ miriam conformance export/
  $ miriam conformance export/ -o reports/        # for CI artefacts
  $ miriam conformance export/ --json | jq '.requirements[] | select(.status == "failed")'
  $ miriam conformance --matrix > docs/conformance-matrix.md`,
    },
  },
};

const nl: HelpMessages = {
  titles: {
    "Usage:": "Gebruik:",
    "Arguments:": "Argumenten:",
    "Options:": "Opties:",
    "Commands:": "Opdrachten:",
  },
  optionsWord: "opties",
  commandWord: "opdracht",
  helpOption: "toon deze hulp",
  helpCommand: "toon de hulp bij een opdracht",
  versionOption: "toon de versie",
  defaultIs: (value) => `(standaard: ${value})`,
  afterError: "(voer uit met --help voor het gebruik en voorbeelden)",
  values: {
    file: "bestand",
    dir: "map",
    n: "n",
    date: "datum",
    timestamp: "tijdstip",
    id: "id",
    kind: "soort",
    format: "formaat",
    language: "taal",
    languages: "talen",
    dialect: "dialect",
    period: "van..tot",
  },
  lang: "taal van de uitvoer: nl, fr, de of en (standaard: MIRIAM_LANG, anders de taal van de locale, anders en)",
  langProject:
    "taal van de uitvoer: nl, fr, de of en (standaard: MIRIAM_LANG, anders de eerste taal van het project, anders die van de locale, anders en)",
  langDemo:
    "taal van de uitvoer: nl, fr, de of en (standaard: MIRIAM_LANG, anders de taal van de locale, anders en); in het Engels tonen sommige stappen de andere talen",
  progress: "toon de voortgang op stderr (standaard: als stderr een terminal is)",
  noProgress: "toon nooit de voortgang",
  output: "schrijf naar een bestand in plaats van naar stdout",
  unknownOption: (flag) => `onbekende optie ${flag}.`,
  unknownCommand: (name) => `onbekende opdracht "${name}".`,
  didYouMean: (candidates) => `Bedoelde u ${candidates}?`,
  missingArgument: (name) => `argument <${name}> ontbreekt.`,
  optionMissingValue: (flags) => `${flags} heeft een waarde nodig.`,
  requiredOptionMissing: (flags) => `${flags} is verplicht.`,
  tooManyArguments: (command, expected, got) =>
    `te veel argumenten voor ${command}: die neemt er ${expected}, gekregen ${got}.`,
  program: {
    description:
      "De MIRIAM-kit op de opdrachtregel: logboeken controleren, trajecten herspelen, rapporten schrijven, documenten opmaken, het toestandsdiagram tekenen en de export van een softwareleverancier op conformiteit controleren.",
    after: `
Afsluitcodes: 0 in orde, 1 bevindingen, 2 fout in het gebruik of de invoer. NO_COLOR zet de kleuren uit.

Begin hier:
  $ miriam demo                  # schrijft het voorbeeldcohort en voert er elke opdracht op uit
  $ miriam validate export/
  $ miriam replay export/ --now 2026-01-15
  $ miriam report export/ --funder
  $ miriam conformance export/`,
  },
  commands: {
    validate: {
      summary: "controleer gebeurtenissenlogboeken en records aan de hand van de schema's",
      description:
        "Controleert gebeurtenissenlogboeken (JSON Lines: één gebeurtenis per regel) en records (miriam.config.json, profielen, meetinstrumenten...) aan de hand van de schema's van @miriam/schemas. Elk probleem zegt waar (bestand, regel, JSON-pad), wat verwacht werd en wat gevonden werd, en herhaalt nooit persoonsgegevens. Logboeken worden regel per regel gelezen, zodat een bestand van elke grootte met weinig geheugen gecontroleerd wordt.",
      args: { files: ["bestanden...", "bestanden, exportmappen, of - voor stdin"] },
      options: {
        kind: "wat elk bestand bevat ({kinds})",
        config: "projectinstellingen met de levensdomeinen die de logboeken gebruiken",
        json: "schrijf het resultaat als JSON (problemen in de vorm van cli-output.schema.json)",
        maxProblems: "getoonde problemen per bestand",
        now: "het moment waarna de tijd van een gebeurtenis in de toekomst ligt (standaard: de klok)",
      },
      after: `
Afsluitcodes: 0 elk bestand is geldig, 1 problemen gevonden, 2 fout in het gebruik of de invoer.

Voorbeelden:
  $ miriam validate trajectories.jsonl group-gent-2025-a.jsonl
  $ miriam validate export/                      # instellingen, logboeken en profielen van een export

Over alle genoemde bestanden heen moet elke id van een gebeurtenis uniek zijn, moeten de
gebeurtenissen van elk traject (en elke groep) in volgorde van tijd staan, en mag geen
gebeurtenis verder in de toekomst liggen dan futureToleranceDays van het project (standaard 1).
  $ miriam validate --config miriam.config.json trajectories.jsonl
  $ cat trajectories.jsonl | miriam validate -
  $ miriam validate --kind instrument-definition mijn-instrument.json
  $ miriam validate --json trajectories.jsonl > problemen.json`,
    },
    replay: {
      summary: "herspeel trajecten door het toestandsdiagram",
      description:
        "Herspeelt elk traject van de logboeken door het toestandsdiagram van MIRIAM, met de aanwezigheid van elke moeder uit de groepslogboeken die mee gegeven worden, en toont de fase van elk traject, de gebeurtenissen die een harde regel weigert (welke regel, waarom, wat te doen), de getrouwheidssignalen en, met --now, wat op die datum te doen of te laat is.",
      args: {
        logs: [
          "logboeken...",
          "gebeurtenissenlogboeken (trajecten en groepen), exportmappen, of - voor stdin",
        ],
      },
      options: {
        config:
          "projectinstellingen (drempels voor de getrouwheid, domeinen, duur van een traject)",
        now: "herspeel het logboek zoals het op deze datum was (JJJJ-MM-DD; latere gebeurtenissen worden weggelaten) en toon wat dan te doen is; nooit de klok",
        trajectory: "toon alleen dit traject",
        json: "schrijf het resultaat als JSON (problemen in de vorm van cli-output.schema.json)",
      },
      after: `
Afsluitcodes: 0 geen gebeurtenis geweigerd, 1 geweigerde gebeurtenissen of ongeldige regels, 2 fout in het gebruik of de invoer.
Getrouwheidssignalen en wat te doen is zijn informatie: ze veranderen de afsluitcode nooit.

Voorbeelden:
  $ miriam replay trajectories.jsonl group-gent-2025-a.jsonl
  $ miriam replay export/ --now 2026-01-15 --lang nl
  $ miriam replay export/ --trajectory gent-2025-a-04
  $ miriam replay --json export/ | jq '.refused'`,
    },
    report: {
      summary: "schrijf het groepsrapport of het rapport voor de subsidiegever",
      description:
        "Schrijft de evaluatierapporten van @miriam/evaluation uit de logboeken.\n\n" +
        "--group (standaard): één rapport per groep, met elk cijfer en de scores van elke " +
        "deelneemster onder haar pseudoniem. Alleen voor intern gebruik in het OCMW: stuur het " +
        "nooit zo naar buiten. --funder: het rapport voor de subsidiegever (POD MI / SPP IS), " +
        "met afscherming van kleine aantallen: aantallen onder de drempel worden verborgen, " +
        "samen met elk aantal dat ze zou verraden.",
      args: {
        logs: [
          "logboeken...",
          "gebeurtenissenlogboeken (trajecten en groepen), exportmappen, of - voor stdin",
        ],
      },
      options: {
        group: "het groepsrapport van elke groep, of van de groep <id> (standaard)",
        funder: "het rapport voor de subsidiegever, afgeschermd, voor alles wat het OCMW verlaat",
        format: "md, json, csv of html",
        csvDialect:
          "csv: excel-be (`;`, decimale komma, UTF-8-BOM, koppen in de taal: voor een rekenblad in België) of rfc4180 (`,`, codes: voor programma's); standaard excel-be voor nl, fr en de, rfc4180 voor en",
        config: "projectinstellingen (namen, domeinen, drempels voor de getrouwheid)",
        threshold:
          "rapport voor de subsidiegever: aantallen onder n worden verborgen (standaard {threshold}, nooit lager dan 3)",
        asOf: "tel lopende trajecten tot deze datum (standaard: hun laatste gebeurtenis)",
        output: "schrijf het rapport naar een bestand in plaats van naar stdout",
        json: "schrijf de rapporten (zoals --format json) en de problemen als JSON, in de vorm van cli-output.schema.json",
      },
      after: `
Afsluitcodes: 0 rapport geschreven, 1 sommige regels waren ongeldig en zijn weggelaten, 2 fout in het gebruik of de invoer.

Voorbeelden:
  $ miriam report export/                                    # groepsrapport, Markdown
  $ miriam report export/ --group gent-2025-a --format csv --lang nl -o groep-a.csv
  $ miriam report export/ --funder --format html --lang fr -o rapport.html
  $ miriam report export/ --funder --format csv --lang nl --csv-dialect rfc4180
  $ miriam report export/ --funder --format json -o subsidiegever-2026.json
  $ miriam report trajectories.jsonl group-*.jsonl --config miriam.config.json --funder`,
    },
    aggregate: {
      summary: "tel rapporten voor de subsidiegever (of exports) op tot het programmarapport",
      description:
        "Telt de rapporten voor de subsidiegever van vele projecten en jaren op tot het " +
        "programmarapport voor de subsidiegever: het programma, elke regio en elk " +
        "programmajaar, met een afscherming van kleine aantallen die over de niveaus heen " +
        "sluitend blijft (geen cijfer laat iemand een aantal afleiden dat een OCMW verborg), " +
        "de bijlage met beleidssignalen, en grafieken.\n\n" +
        "Invoer: rapporten voor de subsidiegever als JSON (`miriam report --funder --format json`), " +
        "mappen daarvan, of exportmappen (dan wordt elk traject herspeeld en wordt de " +
        "verandering per levensdomein bij de moeders zelf gemeten).",
      args: {
        inputs: [
          "invoer...",
          "rapporten voor de subsidiegever (.json), mappen daarvan, of exportmappen",
        ],
      },
      options: {
        format: "md, json, csv of html (met -o of naar stdout)",
        lang: "taal van de labels (nl, fr, de of en); met --out-dir een lijst, gescheiden door komma's (standaard nl,fr,en)",
        csvDialect: "csv: excel-be of rfc4180 (standaard: excel-be behalve voor en)",
        threshold:
          "aantallen onder n worden verborgen (standaard {threshold}, nooit lager dan die van een rapport)",
        output: "schrijf het rapport naar een bestand in plaats van naar stdout",
        outDir:
          "schrijf elk formaat in elke taal, de grafieken (SVG) en programme-report.json in deze map",
      },
      after: `
Afsluitcodes: 0 rapport geschreven, 1 sommige invoer had problemen en is weggelaten, 2 fout in het gebruik of de invoer.

Voorbeelden:
  $ miriam aggregate rapporten/ --out-dir programma/        # NL, FR en EN, md, html, csv
  $ miriam aggregate rapporten/*.json --format html --lang fr -o programma.html
  $ miriam aggregate export-gent/ export-namen/ --format json`,
    },
    render: {
      summary: "maak een document op in het NL, FR, DE of EN",
      description:
        "Maakt een document van @miriam/documents op in Markdown of in losstaande HTML die op A4 afdrukt. De gegevens komen uit een JSON-bestand (de gegevens van het sjabloon), of uit de gebeurtenissen van een export met --from en --trajectory (--session voor een groepssessie, --period voor het jaarverslag).\n\n" +
        "Sjablonen: {templates}.",
      args: {
        template: ["sjabloon", "de id van het sjabloon"],
        data: ["gegevens", "de gegevens van het sjabloon als JSON, of - voor stdin"],
      },
      options: {
        config: "projectinstellingen (naam van het OCMW, regio, talen, domeinen)",
        from: "een exportmap waaruit de gegevens komen",
        trajectory: "met --from: het traject van de moeder",
        session: "met --from: de id van de gebeurtenis van de groepssessie (group-session)",
        period: "met --from: de periode van het jaarverslag, bv. 2025-09-01..2026-08-31",
        format: "md of html",
        output: "schrijf het document naar een bestand in plaats van naar stdout",
        json: "schrijf de problemen als JSON wanneer de gegevens geweigerd worden",
      },
      after: `
Het document bevat persoonsgegevens (haar naam): schrijf het met -o naar een bestand, houd het
binnen het OCMW en plak het nooit in een issue. Problemen met de gegevens herhalen nooit hun waarden.
Afsluitcodes: 0 opgemaakt, 2 fout in het gebruik of gegevens die het sjabloon weigert.

Voorbeelden:
  $ miriam render information-sheet --config miriam.config.json --lang fr
  $ miriam render personal-plan plan.json --config miriam.config.json --format html -o plan.html
  $ miriam render personal-plan --from export/ --trajectory gent-2025-a-01 --lang nl
  $ miriam render group-session --from export/ --session gent-2025-a.002 --format html -o sessie.html
  $ miriam render annual-report --from export/ --period 2025-09-01..2026-08-31`,
    },
    diagram: {
      summary: "teken het toestandsdiagram van een traject (Mermaid)",
      description:
        "Schrijft het toestandsdiagram van een MIRIAM-traject als Mermaid-diagram, gemaakt uit het toestandsdiagram zelf, of met --rules de tabel van de harde regels.\n\n" +
        "SVG: Mermaid tekenen vraagt een browser-engine, en die zit niet in de kit. --format svg " +
        "stopt daarom met afsluitcode 2 en zegt dat; plak de Mermaid-tekst in iets dat hem " +
        "tekent (GitHub, GitLab en de documentatiesite van de kit tekenen ```mermaid-blokken).",
      args: {},
      options: {
        format: "mermaid (svg: zie hierboven)",
        markdown: "zet het diagram in een ```mermaid-blok, voor een Markdown-pagina",
        rules: "schrijf in de plaats de harde regels als Markdown-tabel",
        output: "schrijf naar een bestand in plaats van naar stdout",
      },
      after: `
Voorbeelden:
  $ miriam diagram > traject.mmd
  $ miriam diagram --markdown >> docs/method/trajectory.md
  $ miriam diagram --rules --lang fr`,
    },
    demo: {
      summary: "schrijf het voorbeeldcohort en voer er elke opdracht op uit",
      description:
        "Schrijft het voorbeeldcohort van de kit (één OCMW, één groep van 14 moeders, als de export van een softwareleverancier) in een map en voert er daarna validate, replay, report, render, diagram en conformance op uit, met wat elk toont. De volledige uitvoer komt naast de export. Elke naam in het voorbeeld is verzonnen.",
      args: {
        dir: [
          "map",
          "waar te schrijven (standaard: een nieuwe tijdelijke map); moet leeg of nieuw zijn",
        ],
      },
      options: { lines: "getoonde regels van elke lange uitvoer" },
      after: `
Voorbeelden:
  $ miriam demo
  $ miriam demo ./miriam-demo && ls ./miriam-demo`,
    },
    "research-export": {
      summary: "schrijf de gepseudonimiseerde export voor onderzoek en het codeboek",
      description:
        "Schrijft de gegevens voor de opvolging na één jaar door de onderzoekers: één rij " +
        "per moeder van wie de geldende toestemming onderzoek omvat (wie die toestemming " +
        "intrekt, valt weg), met een pseudoniem in plaats van het nummer van haar traject " +
        "(HMAC-SHA-256 met de sleutel van het OCMW), maanden in plaats van datums, codes en " +
        "scores, en nooit een naam, een notitie of vrije tekst.\n\n" +
        "De sleutel blijft in het OCMW: gebruik elk jaar dezelfde sleutel, zodat een moeder " +
        "haar pseudoniem houdt, en stuur hem nooit mee met de export.",
      args: { exportFolder: ["exportmap", "een exportmap (miriam.config.json en de logboeken)"] },
      options: {
        keyFile:
          "de geheime sleutel van het OCMW: een bestand van minstens {bytes} bytes (een regeleinde op het einde hoort niet bij de sleutel)",
        out: "waar de rijen komen: .csv (RFC 4180, codes, voor R, SPSS, Stata) of .jsonl (JSON Lines)",
        codebook:
          "schrijf ook het codeboek: .md (in de taal van --lang) of .json (met de labels van de codes in het Nederlands, Frans en Engels)",
        json: "toon wat geschreven is en de problemen als JSON, in de vorm van cli-output.schema.json",
      },
      after: `
Afsluitcodes: 0 geschreven, 1 sommige regels waren ongeldig en zijn weggelaten, 2 fout in het gebruik of de invoer (een ontbrekende of te korte sleutel).

Voorbeelden:
  $ openssl rand -hex 32 > onderzoek.key        # één keer; bewaar hem in het OCMW
  $ miriam research-export export/ --key-file onderzoek.key --out onderzoek.csv --codebook codeboek.md --lang nl
  $ miriam research-export export/ --key-file onderzoek.key --out onderzoek.jsonl --codebook codeboek.json`,
    },
    conformance: {
      summary: "controleer de export van een softwareleverancier aan de hand van de methode",
      description:
        "Controleert de exportmap van een softwareleverancier aan de hand van elke vereiste van de MIRIAM-methode (@miriam/conformance): indeling, schema's, privacy, verwijzingen, elke harde regel van het toestandsdiagram en, als de export expected/ heeft, de eigen resultaten van de leverancier. Schrijft het rapport in Markdown (of JSON), en met -o conformance-report.md en .json.\n\n" +
        "De export: miriam.config.json, trajectories.jsonl, group-<groupId>.jsonl, eventueel profiles.jsonl en expected/{trajectories,refused,signals,indicators}.json.",
      args: { dir: ["map", "de exportmap"] },
      options: {
        output: "schrijf conformance-report.md en conformance-report.json in deze map",
        json: "schrijf het rapport als JSON, met de bevindingen als problemen in de vorm van cli-output.schema.json",
        matrix:
          "schrijf de conformiteitsmatrix (elke vereiste, het deel van de methode en de fixtures)",
      },
      after: `
Afsluitcodes: 0 conform, 1 een vereiste is niet vervuld, 2 fout in het gebruik of de invoer.

Voorbeelden:
  $ miriam conformance export/
  $ miriam conformance export/ -o rapporten/      # voor de artefacten van CI
  $ miriam conformance export/ --json | jq '.requirements[] | select(.status == "failed")'
  $ miriam conformance --matrix > docs/conformance-matrix.md`,
    },
  },
};

const fr: HelpMessages = {
  titles: {
    "Usage:": "Utilisation :",
    "Arguments:": "Arguments :",
    "Options:": "Options :",
    "Commands:": "Commandes :",
  },
  optionsWord: "options",
  commandWord: "commande",
  helpOption: "afficher cette aide",
  helpCommand: "afficher l'aide d'une commande",
  versionOption: "afficher la version",
  defaultIs: (value) => `(par défaut : ${value})`,
  afterError: "(lancez avec --help pour l'utilisation et des exemples)",
  values: {
    file: "fichier",
    dir: "dossier",
    n: "n",
    date: "date",
    timestamp: "moment",
    id: "id",
    kind: "type",
    format: "format",
    language: "langue",
    languages: "langues",
    dialect: "dialecte",
    period: "début..fin",
  },
  lang: "langue de la sortie : nl, fr, de ou en (par défaut : MIRIAM_LANG, sinon la langue de la locale, sinon en)",
  langProject:
    "langue de la sortie : nl, fr, de ou en (par défaut : MIRIAM_LANG, sinon la première langue du projet, sinon celle de la locale, sinon en)",
  langDemo:
    "langue de la sortie : nl, fr, de ou en (par défaut : MIRIAM_LANG, sinon la langue de la locale, sinon en) ; en anglais, certaines étapes montrent les autres langues",
  progress: "afficher l'avancement sur stderr (par défaut : quand stderr est un terminal)",
  noProgress: "ne jamais afficher l'avancement",
  output: "écrire dans un fichier plutôt que sur stdout",
  unknownOption: (flag) => `option inconnue ${flag}.`,
  unknownCommand: (name) => `commande inconnue « ${name} ».`,
  didYouMean: (candidates) => `Vouliez-vous dire ${candidates} ?`,
  missingArgument: (name) => `argument <${name}> manquant.`,
  optionMissingValue: (flags) => `${flags} a besoin d'une valeur.`,
  requiredOptionMissing: (flags) => `${flags} est obligatoire.`,
  tooManyArguments: (command, expected, got) =>
    `trop d'arguments pour ${command} : elle en prend ${expected}, reçu ${got}.`,
  program: {
    description:
      "Le kit MIRIAM en ligne de commande : contrôler des journaux, rejouer des parcours, écrire des rapports, mettre en page des documents, dessiner le diagramme d'états et contrôler la conformité de l'export d'un éditeur de logiciel.",
    after: `
Codes de sortie : 0 tout va bien, 1 constats, 2 erreur d'utilisation ou de données. NO_COLOR désactive les couleurs.

Pour commencer :
  $ miriam demo                  # écrit la cohorte d'exemple et y lance chaque commande
  $ miriam validate export/
  $ miriam replay export/ --now 2026-01-15
  $ miriam report export/ --funder
  $ miriam conformance export/`,
  },
  commands: {
    validate: {
      summary: "contrôler des journaux d'événements et des enregistrements par rapport aux schémas",
      description:
        "Contrôle des journaux d'événements (JSON Lines : un événement par ligne) et des enregistrements (miriam.config.json, profils, instruments de mesure...) par rapport aux schémas de @miriam/schemas. Chaque problème dit où (fichier, ligne, chemin JSON), ce qui était attendu et ce qui a été trouvé, et ne répète jamais de données personnelles. Les journaux sont lus ligne par ligne : un fichier de toute taille est contrôlé avec peu de mémoire.",
      args: {
        files: ["fichiers...", "fichiers, dossiers d'export, ou - pour l'entrée standard"],
      },
      options: {
        kind: "ce que contient chaque fichier ({kinds})",
        config: "paramètres du projet dont les journaux utilisent les domaines de vie",
        json: "écrire le résultat en JSON (problèmes sous la forme de cli-output.schema.json)",
        maxProblems: "problèmes affichés par fichier",
        now: "le moment après lequel l'heure d'un événement est dans le futur (par défaut : l'horloge)",
      },
      after: `
Codes de sortie : 0 chaque fichier est valide, 1 problèmes trouvés, 2 erreur d'utilisation ou de données.

Exemples :
  $ miriam validate trajectories.jsonl group-gent-2025-a.jsonl
  $ miriam validate export/                      # paramètres, journaux et profils d'un export

Sur l'ensemble des fichiers indiqués, chaque id d'événement doit être unique, les
événements de chaque parcours (et de chaque groupe) doivent se suivre dans le temps, et aucun
événement ne peut être plus loin dans le futur que futureToleranceDays du projet (par défaut 1).
  $ miriam validate --config miriam.config.json trajectories.jsonl
  $ cat trajectories.jsonl | miriam validate -
  $ miriam validate --kind instrument-definition mon-instrument.json
  $ miriam validate --json trajectories.jsonl > problemes.json`,
    },
    replay: {
      summary: "rejouer des parcours dans le diagramme d'états",
      description:
        "Rejoue chaque parcours des journaux dans le diagramme d'états de MIRIAM, avec la présence de chaque mère tirée des journaux de groupe donnés en même temps, et montre la phase de chaque parcours, les événements refusés par une règle stricte (quelle règle, pourquoi, que faire), les signaux de fidélité à la méthode et, avec --now, ce qui est à faire ou en retard à cette date.",
      args: {
        logs: [
          "journaux...",
          "journaux d'événements (parcours et groupes), dossiers d'export, ou - pour l'entrée standard",
        ],
      },
      options: {
        config: "paramètres du projet (seuils de fidélité, domaines, durée d'un parcours)",
        now: "rejouer le journal tel qu'il était à cette date (AAAA-MM-JJ ; les événements ultérieurs sont écartés) et afficher ce qui est alors à faire ; jamais l'horloge",
        trajectory: "n'afficher que ce parcours",
        json: "écrire le résultat en JSON (problèmes sous la forme de cli-output.schema.json)",
      },
      after: `
Codes de sortie : 0 aucun événement refusé, 1 événements refusés ou lignes non valides, 2 erreur d'utilisation ou de données.
Les signaux de fidélité et ce qui est à faire sont des informations : ils ne changent jamais le code de sortie.

Exemples :
  $ miriam replay trajectories.jsonl group-gent-2025-a.jsonl
  $ miriam replay export/ --now 2026-01-15 --lang nl
  $ miriam replay export/ --trajectory gent-2025-a-04
  $ miriam replay --json export/ | jq '.refused'`,
    },
    report: {
      summary: "écrire le rapport de groupe ou le rapport pour le pouvoir subsidiant",
      description:
        "Écrit les rapports d'évaluation de @miriam/evaluation à partir des journaux.\n\n" +
        "--group (par défaut) : un rapport par groupe, avec chaque chiffre et les scores de " +
        "chaque participante sous son pseudonyme. Réservé à l'usage interne du CPAS : ne " +
        "jamais l'envoyer tel quel. --funder : le rapport pour le pouvoir subsidiant (SPP IS / " +
        "POD MI), avec masquage des petits effectifs : les nombres sous le seuil sont masqués, " +
        "avec chaque nombre qui permettrait de les retrouver.",
      args: {
        logs: [
          "journaux...",
          "journaux d'événements (parcours et groupes), dossiers d'export, ou - pour l'entrée standard",
        ],
      },
      options: {
        group: "le rapport de chaque groupe, ou du groupe <id> (par défaut)",
        funder: "le rapport pour le pouvoir subsidiant, masqué, pour tout ce qui quitte le CPAS",
        format: "md, json, csv ou html",
        csvDialect:
          "csv : excel-be (`;`, virgule décimale, BOM UTF-8, en-têtes dans la langue : pour un tableur en Belgique) ou rfc4180 (`,`, codes : pour des programmes) ; par défaut excel-be pour nl, fr et de, rfc4180 pour en",
        config: "paramètres du projet (noms, domaines, seuils de fidélité)",
        threshold:
          "rapport pour le pouvoir subsidiant : les nombres sous n sont masqués (par défaut {threshold}, jamais moins de 3)",
        asOf: "compter les parcours en cours jusqu'à cette date (par défaut : leur dernier événement)",
        output: "écrire le rapport dans un fichier plutôt que sur stdout",
        json: "écrire les rapports (comme --format json) et les problèmes en JSON, sous la forme de cli-output.schema.json",
      },
      after: `
Codes de sortie : 0 rapport écrit, 1 des lignes non valides ont été écartées, 2 erreur d'utilisation ou de données.

Exemples :
  $ miriam report export/                                    # rapport de groupe, Markdown
  $ miriam report export/ --group gent-2025-a --format csv --lang nl -o groep-a.csv
  $ miriam report export/ --funder --format html --lang fr -o rapport.html
  $ miriam report export/ --funder --format csv --lang nl --csv-dialect rfc4180
  $ miriam report export/ --funder --format json -o pouvoir-subsidiant-2026.json
  $ miriam report trajectories.jsonl group-*.jsonl --config miriam.config.json --funder`,
    },
    aggregate: {
      summary:
        "additionner des rapports pour le pouvoir subsidiant (ou des exports) en un rapport de programme",
      description:
        "Additionne les rapports pour le pouvoir subsidiant de nombreux projets et années en " +
        "un rapport de programme pour le pouvoir subsidiant : le programme, chaque région et " +
        "chaque année du programme, avec un masquage des petits effectifs qui reste sûr d'un " +
        "niveau à l'autre (aucun chiffre ne permet de retrouver un nombre qu'un CPAS a masqué), " +
        "l'annexe des signaux pour les politiques, et des graphiques.\n\n" +
        "Données : des rapports pour le pouvoir subsidiant en JSON (`miriam report --funder --format json`), " +
        "des dossiers qui en contiennent, ou des dossiers d'export (chaque parcours est alors " +
        "rejoué et l'évolution par domaine de vie est mesurée chez les mères elles-mêmes).",
      args: {
        inputs: [
          "données...",
          "rapports pour le pouvoir subsidiant (.json), dossiers qui en contiennent, ou dossiers d'export",
        ],
      },
      options: {
        format: "md, json, csv ou html (avec -o ou sur stdout)",
        lang: "langue des libellés (nl, fr, de ou en) ; avec --out-dir une liste séparée par des virgules (par défaut nl,fr,en)",
        csvDialect: "csv : excel-be ou rfc4180 (par défaut : excel-be sauf pour en)",
        threshold:
          "les nombres sous n sont masqués (par défaut {threshold}, jamais moins que celui d'un rapport)",
        output: "écrire le rapport dans un fichier plutôt que sur stdout",
        outDir:
          "écrire chaque format dans chaque langue, les graphiques (SVG) et programme-report.json dans ce dossier",
      },
      after: `
Codes de sortie : 0 rapport écrit, 1 des données avaient des problèmes et ont été écartées, 2 erreur d'utilisation ou de données.

Exemples :
  $ miriam aggregate rapports/ --out-dir programme/         # NL, FR et EN, md, html, csv
  $ miriam aggregate rapports/*.json --format html --lang fr -o programme.html
  $ miriam aggregate export-gent/ export-namur/ --format json`,
    },
    render: {
      summary: "mettre en page un document en NL, FR, DE ou EN",
      description:
        "Met en page un document de @miriam/documents en Markdown ou en HTML autonome qui s'imprime sur A4. Les données viennent d'un fichier JSON (les données du modèle), ou des événements d'un export avec --from et --trajectory (--session pour une séance de groupe, --period pour le rapport annuel).\n\n" +
        "Modèles : {templates}.",
      args: {
        template: ["modèle", "l'id du modèle"],
        data: ["données", "les données du modèle en JSON, ou - pour l'entrée standard"],
      },
      options: {
        config: "paramètres du projet (nom du CPAS, région, langues, domaines)",
        from: "un dossier d'export d'où prendre les données",
        trajectory: "avec --from : le parcours de la mère",
        session: "avec --from : l'id de l'événement de la séance de groupe (group-session)",
        period: "avec --from : la période du rapport annuel, p. ex. 2025-09-01..2026-08-31",
        format: "md ou html",
        output: "écrire le document dans un fichier plutôt que sur stdout",
        json: "écrire les problèmes en JSON quand les données sont refusées",
      },
      after: `
Le document contient des données personnelles (son nom) : écrivez-le dans un fichier avec -o,
gardez-le au sein du CPAS et ne le collez jamais dans un ticket. Les problèmes des données ne
répètent jamais leurs valeurs.
Codes de sortie : 0 mis en page, 2 erreur d'utilisation ou données refusées par le modèle.

Exemples :
  $ miriam render information-sheet --config miriam.config.json --lang fr
  $ miriam render personal-plan plan.json --config miriam.config.json --format html -o plan.html
  $ miriam render personal-plan --from export/ --trajectory gent-2025-a-01 --lang nl
  $ miriam render group-session --from export/ --session gent-2025-a.002 --format html -o seance.html
  $ miriam render annual-report --from export/ --period 2025-09-01..2026-08-31`,
    },
    diagram: {
      summary: "dessiner le diagramme d'états du parcours (Mermaid)",
      description:
        "Écrit le diagramme d'états du parcours MIRIAM en diagramme Mermaid, produit à partir du diagramme d'états lui-même, ou avec --rules le tableau des règles strictes.\n\n" +
        "SVG : dessiner un diagramme Mermaid demande un moteur de navigateur, que le kit ne " +
        "fournit pas. --format svg s'arrête donc avec le code de sortie 2 et le dit ; collez le " +
        "texte Mermaid là où il est dessiné (GitHub, GitLab et le site de documentation du kit " +
        "dessinent les blocs ```mermaid).",
      args: {},
      options: {
        format: "mermaid (svg : voir plus haut)",
        markdown: "placer le diagramme dans un bloc ```mermaid, pour une page Markdown",
        rules: "écrire à la place les règles strictes en tableau Markdown",
        output: "écrire dans un fichier plutôt que sur stdout",
      },
      after: `
Exemples :
  $ miriam diagram > parcours.mmd
  $ miriam diagram --markdown >> docs/method/trajectory.md
  $ miriam diagram --rules --lang fr`,
    },
    demo: {
      summary: "écrire la cohorte d'exemple et y lancer chaque commande",
      description:
        "Écrit la cohorte d'exemple du kit (un CPAS, un groupe de 14 mères, sous la forme de l'export d'un éditeur de logiciel) dans un dossier, puis y lance validate, replay, report, render, diagram et conformance, en affichant ce que chacune montre. Les sorties complètes sont écrites à côté de l'export. Tous les noms de l'exemple sont inventés.",
      args: {
        dir: [
          "dossier",
          "où écrire (par défaut : un nouveau dossier temporaire) ; doit être vide ou nouveau",
        ],
      },
      options: { lines: "lignes affichées de chaque longue sortie" },
      after: `
Exemples :
  $ miriam demo
  $ miriam demo ./miriam-demo && ls ./miriam-demo`,
    },
    "research-export": {
      summary: "écrire l'export pseudonymisé pour la recherche et son livre de codes",
      description:
        "Écrit les données du suivi à un an par les chercheurs : une ligne par mère dont " +
        "le consentement en vigueur couvre la recherche (un retrait de ce consentement la " +
        "retire), avec un pseudonyme à la place du numéro de son trajet (HMAC-SHA-256 avec la " +
        "clé du CPAS), des mois au lieu des dates, des codes et des scores, et jamais un nom, " +
        "une note ou un texte libre.\n\n" +
        "La clé reste au CPAS : gardez la même clé d'une année à l'autre pour qu'une mère " +
        "garde son pseudonyme, et ne l'envoyez jamais avec l'export.",
      args: {
        exportFolder: [
          "dossier-export",
          "un dossier d'export (miriam.config.json et ses journaux)",
        ],
      },
      options: {
        keyFile:
          "la clé secrète du CPAS : un fichier d'au moins {bytes} octets (un saut de ligne final ne fait pas partie de la clé)",
        out: "où écrire les lignes : .csv (RFC 4180, codes, pour R, SPSS, Stata) ou .jsonl (JSON Lines)",
        codebook:
          "écrire aussi le livre de codes : .md (dans la langue de --lang) ou .json (avec les libellés des codes en néerlandais, français et anglais)",
        json: "afficher ce qui a été écrit et les problèmes en JSON, sous la forme de cli-output.schema.json",
      },
      after: `
Codes de sortie : 0 écrit, 1 des lignes non valides ont été laissées de côté, 2 erreur d'utilisation ou de données (une clé manquante ou trop courte).

Exemples :
  $ openssl rand -hex 32 > recherche.key        # une fois ; gardez-la au CPAS
  $ miriam research-export export/ --key-file recherche.key --out recherche.csv --codebook codes.md --lang fr
  $ miriam research-export export/ --key-file recherche.key --out recherche.jsonl --codebook codes.json`,
    },
    conformance: {
      summary: "contrôler l'export d'un éditeur de logiciel par rapport à la méthode",
      description:
        "Contrôle le dossier d'export d'un éditeur de logiciel par rapport à chaque exigence de la méthode MIRIAM (@miriam/conformance) : structure, schémas, vie privée, références, chaque règle stricte du diagramme d'états et, si l'export contient expected/, les résultats propres à l'éditeur. Écrit le rapport en Markdown (ou en JSON), et avec -o écrit conformance-report.md et .json.\n\n" +
        "L'export : miriam.config.json, trajectories.jsonl, group-<groupId>.jsonl, éventuellement profiles.jsonl et expected/{trajectories,refused,signals,indicators}.json.",
      args: { dir: ["dossier", "le dossier d'export"] },
      options: {
        output: "écrire conformance-report.md et conformance-report.json dans ce dossier",
        json: "écrire le rapport en JSON, avec ses constats comme problèmes sous la forme de cli-output.schema.json",
        matrix:
          "écrire la matrice de conformité (chaque exigence, sa section de la méthode et ses jeux de test)",
      },
      after: `
Codes de sortie : 0 conforme, 1 une exigence n'est pas remplie, 2 erreur d'utilisation ou de données.

Exemples :
  $ miriam conformance export/
  $ miriam conformance export/ -o rapports/       # pour les artefacts de la CI
  $ miriam conformance export/ --json | jq '.requirements[] | select(.status == "failed")'
  $ miriam conformance --matrix > docs/conformance-matrix.md`,
    },
  },
};

const de: HelpMessages = {
  titles: {
    "Usage:": "Aufruf:",
    "Arguments:": "Argumente:",
    "Options:": "Optionen:",
    "Commands:": "Befehle:",
  },
  optionsWord: "Optionen",
  commandWord: "Befehl",
  helpOption: "diese Hilfe anzeigen",
  helpCommand: "die Hilfe zu einem Befehl anzeigen",
  versionOption: "die Version anzeigen",
  defaultIs: (value) => `(Standard: ${value})`,
  afterError: "(mit --help aufrufen für Aufruf und Beispiele)",
  values: {
    file: "Datei",
    dir: "Ordner",
    n: "n",
    date: "Datum",
    timestamp: "Zeitpunkt",
    id: "ID",
    kind: "Art",
    format: "Format",
    language: "Sprache",
    languages: "Sprachen",
    dialect: "Dialekt",
    period: "von..bis",
  },
  lang: "Sprache der Ausgabe: nl, fr, de oder en (Standard: MIRIAM_LANG, sonst die Sprache der Locale, sonst en)",
  langProject:
    "Sprache der Ausgabe: nl, fr, de oder en (Standard: MIRIAM_LANG, sonst die erste Sprache des Projekts, sonst die der Locale, sonst en)",
  langDemo:
    "Sprache der Ausgabe: nl, fr, de oder en (Standard: MIRIAM_LANG, sonst die Sprache der Locale, sonst en); auf Englisch zeigen einige Schritte die anderen Sprachen",
  progress: "den Fortschritt auf stderr anzeigen (Standard: wenn stderr ein Terminal ist)",
  noProgress: "den Fortschritt nie anzeigen",
  output: "in eine Datei statt auf stdout schreiben",
  unknownOption: (flag) => `unbekannte Option ${flag}.`,
  unknownCommand: (name) => `unbekannter Befehl „${name}“.`,
  didYouMean: (candidates) => `Meinten Sie ${candidates}?`,
  missingArgument: (name) => `Argument <${name}> fehlt.`,
  optionMissingValue: (flags) => `${flags} braucht einen Wert.`,
  requiredOptionMissing: (flags) => `${flags} ist erforderlich.`,
  tooManyArguments: (command, expected, got) =>
    `zu viele Argumente für ${command}: erwartet ${expected}, erhalten ${got}.`,
  program: {
    description:
      "Das MIRIAM-Kit auf der Kommandozeile: Protokolle prüfen, Begleitungen nachspielen, Berichte schreiben, Dokumente setzen, das Zustandsdiagramm zeichnen und den Export eines Softwareanbieters auf Konformität prüfen.",
    after: `
Exit-Codes: 0 in Ordnung, 1 Befunde, 2 Fehler beim Aufruf oder in der Eingabe. NO_COLOR schaltet die Farben aus.

Hier beginnen:
  $ miriam demo                  # schreibt die Beispielkohorte und führt jeden Befehl darauf aus
  $ miriam validate export/
  $ miriam replay export/ --now 2026-01-15
  $ miriam report export/ --funder
  $ miriam conformance export/`,
  },
  commands: {
    validate: {
      summary: "Ereignisprotokolle und Datensätze anhand der Schemas prüfen",
      description:
        "Prüft Ereignisprotokolle (JSON Lines: ein Ereignis pro Zeile) und Datensätze (miriam.config.json, Profile, Messinstrumente...) anhand der Schemas von @miriam/schemas. Jedes Problem sagt, wo (Datei, Zeile, JSON-Pfad), was erwartet und was gefunden wurde, und wiederholt nie personenbezogene Daten. Protokolle werden Zeile für Zeile gelesen, so wird eine Datei jeder Größe mit wenig Speicher geprüft.",
      args: { files: ["Dateien...", "Dateien, Exportordner oder - für die Standardeingabe"] },
      options: {
        kind: "was jede Datei enthält ({kinds})",
        config: "Projekteinstellungen mit den Lebensbereichen, die die Protokolle verwenden",
        json: "das Ergebnis als JSON ausgeben (Probleme in der Form von cli-output.schema.json)",
        maxProblems: "angezeigte Probleme pro Datei",
        now: "der Zeitpunkt, nach dem die Zeit eines Ereignisses in der Zukunft liegt (Standard: die Uhr)",
      },
      after: `
Exit-Codes: 0 jede Datei ist gültig, 1 Probleme gefunden, 2 Fehler beim Aufruf oder in der Eingabe.

Beispiele:
  $ miriam validate trajectories.jsonl group-gent-2025-a.jsonl
  $ miriam validate export/                      # Einstellungen, Protokolle und Profile eines Exports

Über alle genannten Dateien hinweg muss jede ID eines Ereignisses eindeutig sein, müssen die
Ereignisse jeder Begleitung (und jeder Gruppe) zeitlich geordnet sein, und kein Ereignis darf
weiter in der Zukunft liegen als futureToleranceDays des Projekts (Standard 1).
  $ miriam validate --config miriam.config.json trajectories.jsonl
  $ cat trajectories.jsonl | miriam validate -
  $ miriam validate --kind instrument-definition mein-instrument.json
  $ miriam validate --json trajectories.jsonl > probleme.json`,
    },
    replay: {
      summary: "Begleitungen durch das Zustandsdiagramm nachspielen",
      description:
        "Spielt jede Begleitung der Protokolle durch das Zustandsdiagramm von MIRIAM nach, mit der Anwesenheit jeder Mutter aus den mitgegebenen Gruppenprotokollen, und zeigt die Phase jeder Begleitung, die von einer festen Regel abgelehnten Ereignisse (welche Regel, warum, was zu tun ist), die Signale zur Methodentreue und, mit --now, was an diesem Datum fällig oder überfällig ist.",
      args: {
        logs: [
          "Protokolle...",
          "Ereignisprotokolle (Begleitungen und Gruppen), Exportordner oder - für die Standardeingabe",
        ],
      },
      options: {
        config:
          "Projekteinstellungen (Schwellen der Methodentreue, Bereiche, Dauer einer Begleitung)",
        now: "das Protokoll so nachspielen, wie es an diesem Datum war (JJJJ-MM-TT; spätere Ereignisse werden ausgelassen), und zeigen, was dann fällig ist; nie die Uhr",
        trajectory: "nur diese Begleitung zeigen",
        json: "das Ergebnis als JSON ausgeben (Probleme in der Form von cli-output.schema.json)",
      },
      after: `
Exit-Codes: 0 kein Ereignis abgelehnt, 1 abgelehnte Ereignisse oder ungültige Zeilen, 2 Fehler beim Aufruf oder in der Eingabe.
Signale zur Methodentreue und Fälliges sind Informationen: Sie ändern den Exit-Code nie.

Beispiele:
  $ miriam replay trajectories.jsonl group-gent-2025-a.jsonl
  $ miriam replay export/ --now 2026-01-15 --lang nl
  $ miriam replay export/ --trajectory gent-2025-a-04
  $ miriam replay --json export/ | jq '.refused'`,
    },
    report: {
      summary: "den Gruppenbericht oder den Bericht an den Zuschussgeber schreiben",
      description:
        "Schreibt die Evaluationsberichte von @miriam/evaluation aus den Protokollen.\n\n" +
        "--group (Standard): ein Bericht pro Gruppe, mit jeder Zahl und den Werten jeder " +
        "Teilnehmerin unter ihrem Pseudonym. Nur für den internen Gebrauch im ÖSHZ: nie so " +
        "weitergeben. --funder: der Bericht an den Zuschussgeber (ÖPD SI / POD MI), mit " +
        "Ausblendung kleiner Zahlen: Zahlen unter der Schwelle werden verborgen, zusammen mit " +
        "jeder Zahl, die sie verraten würde.",
      args: {
        logs: [
          "Protokolle...",
          "Ereignisprotokolle (Begleitungen und Gruppen), Exportordner oder - für die Standardeingabe",
        ],
      },
      options: {
        group: "der Gruppenbericht jeder Gruppe oder der Gruppe <ID> (Standard)",
        funder: "der Bericht an den Zuschussgeber, ausgeblendet, für alles, was das ÖSHZ verlässt",
        format: "md, json, csv oder html",
        csvDialect:
          "csv: excel-be (`;`, Dezimalkomma, UTF-8-BOM, Überschriften in der Sprache: für eine Tabellenkalkulation in Belgien) oder rfc4180 (`,`, Codes: für Programme); Standard excel-be für nl, fr und de, rfc4180 für en",
        config: "Projekteinstellungen (Namen, Bereiche, Schwellen der Methodentreue)",
        threshold:
          "Bericht an den Zuschussgeber: Zahlen unter n werden verborgen (Standard {threshold}, nie weniger als 3)",
        asOf: "laufende Begleitungen bis zu diesem Datum zählen (Standard: ihr letztes Ereignis)",
        output: "den Bericht in eine Datei statt auf stdout schreiben",
        json: "die Berichte (wie --format json) und die Probleme als JSON ausgeben, in der Form von cli-output.schema.json",
      },
      after: `
Exit-Codes: 0 Bericht geschrieben, 1 einige Zeilen waren ungültig und wurden ausgelassen, 2 Fehler beim Aufruf oder in der Eingabe.

Beispiele:
  $ miriam report export/                                    # Gruppenbericht, Markdown
  $ miriam report export/ --group gent-2025-a --format csv --lang nl -o groep-a.csv
  $ miriam report export/ --funder --format html --lang fr -o rapport.html
  $ miriam report export/ --funder --format csv --lang nl --csv-dialect rfc4180
  $ miriam report export/ --funder --format json -o zuschussgeber-2026.json
  $ miriam report trajectories.jsonl group-*.jsonl --config miriam.config.json --funder`,
    },
    aggregate: {
      summary: "Berichte an den Zuschussgeber (oder Exporte) zum Programmbericht zusammenzählen",
      description:
        "Zählt die Berichte an den Zuschussgeber vieler Projekte und Jahre zum Programmbericht " +
        "für den Zuschussgeber zusammen: das Programm, jede Region und jedes Programmjahr, mit " +
        "einer Ausblendung kleiner Zahlen, die über die Ebenen hinweg sicher bleibt (keine Zahl " +
        "lässt jemanden eine Zahl erschließen, die ein ÖSHZ verborgen hat), dem Anhang der " +
        "Signale für die Politik und Grafiken.\n\n" +
        "Eingaben: Berichte an den Zuschussgeber als JSON (`miriam report --funder --format json`), " +
        "Ordner mit solchen Berichten oder Exportordner (dann wird jede Begleitung nachgespielt " +
        "und die Veränderung pro Lebensbereich bei den Müttern selbst gemessen).",
      args: {
        inputs: [
          "Eingaben...",
          "Berichte an den Zuschussgeber (.json), Ordner mit solchen Berichten oder Exportordner",
        ],
      },
      options: {
        format: "md, json, csv oder html (mit -o oder auf stdout)",
        lang: "Sprache der Bezeichnungen (nl, fr, de oder en); mit --out-dir eine durch Kommas getrennte Liste (Standard nl,fr,en)",
        csvDialect: "csv: excel-be oder rfc4180 (Standard: excel-be außer für en)",
        threshold:
          "Zahlen unter n werden verborgen (Standard {threshold}, nie weniger als die Schwelle eines Berichts)",
        output: "den Bericht in eine Datei statt auf stdout schreiben",
        outDir:
          "jedes Format in jeder Sprache, die Grafiken (SVG) und programme-report.json in diesen Ordner schreiben",
      },
      after: `
Exit-Codes: 0 Bericht geschrieben, 1 einige Eingaben hatten Probleme und wurden ausgelassen, 2 Fehler beim Aufruf oder in der Eingabe.

Beispiele:
  $ miriam aggregate berichte/ --out-dir programm/          # NL, FR und EN, md, html, csv
  $ miriam aggregate berichte/*.json --format html --lang fr -o programm.html
  $ miriam aggregate export-gent/ export-namur/ --format json`,
    },
    render: {
      summary: "ein Dokument auf NL, FR, DE oder EN setzen",
      description:
        "Setzt ein Dokument von @miriam/documents als Markdown oder als eigenständiges HTML, das auf A4 druckt. Die Daten kommen aus einer JSON-Datei (den Daten der Vorlage) oder aus den Ereignissen eines Exports mit --from und --trajectory (--session für eine Gruppensitzung, --period für den Jahresbericht).\n\n" +
        "Vorlagen: {templates}.",
      args: {
        template: ["Vorlage", "die ID der Vorlage"],
        data: ["Daten", "die Daten der Vorlage als JSON oder - für die Standardeingabe"],
      },
      options: {
        config: "Projekteinstellungen (Name des ÖSHZ, Region, Sprachen, Bereiche)",
        from: "ein Exportordner, aus dem die Daten kommen",
        trajectory: "mit --from: die Begleitung der Mutter",
        session: "mit --from: die ID des Ereignisses der Gruppensitzung (group-session)",
        period: "mit --from: der Zeitraum des Jahresberichts, z. B. 2025-09-01..2026-08-31",
        format: "md oder html",
        output: "das Dokument in eine Datei statt auf stdout schreiben",
        json: "die Probleme als JSON ausgeben, wenn die Daten abgelehnt werden",
      },
      after: `
Das Dokument enthält personenbezogene Daten (ihren Namen): Schreiben Sie es mit -o in eine Datei,
behalten Sie es im ÖSHZ und fügen Sie es nie in ein Ticket ein. Probleme mit den Daten
wiederholen nie deren Werte.
Exit-Codes: 0 gesetzt, 2 Fehler beim Aufruf oder Daten, die die Vorlage ablehnt.

Beispiele:
  $ miriam render information-sheet --config miriam.config.json --lang fr
  $ miriam render personal-plan plan.json --config miriam.config.json --format html -o plan.html
  $ miriam render personal-plan --from export/ --trajectory gent-2025-a-01 --lang nl
  $ miriam render group-session --from export/ --session gent-2025-a.002 --format html -o sitzung.html
  $ miriam render annual-report --from export/ --period 2025-09-01..2026-08-31`,
    },
    diagram: {
      summary: "das Zustandsdiagramm der Begleitung zeichnen (Mermaid)",
      description:
        "Gibt das Zustandsdiagramm der MIRIAM-Begleitung als Mermaid-Diagramm aus, erzeugt aus dem Zustandsdiagramm selbst, oder mit --rules die Tabelle der festen Regeln.\n\n" +
        "SVG: Zum Zeichnen von Mermaid braucht es eine Browser-Engine, die das Kit nicht " +
        "mitliefert. --format svg endet daher mit Exit-Code 2 und sagt das; fügen Sie den " +
        "Mermaid-Text dort ein, wo er gezeichnet wird (GitHub, GitLab und die Dokumentationsseite " +
        "des Kits zeichnen ```mermaid-Blöcke).",
      args: {},
      options: {
        format: "mermaid (svg: siehe oben)",
        markdown: "das Diagramm in einen ```mermaid-Block setzen, für eine Markdown-Seite",
        rules: "stattdessen die festen Regeln als Markdown-Tabelle ausgeben",
        output: "in eine Datei statt auf stdout schreiben",
      },
      after: `
Beispiele:
  $ miriam diagram > begleitung.mmd
  $ miriam diagram --markdown >> docs/method/trajectory.md
  $ miriam diagram --rules --lang fr`,
    },
    demo: {
      summary: "die Beispielkohorte schreiben und jeden Befehl darauf ausführen",
      description:
        "Schreibt die Beispielkohorte des Kits (ein ÖSHZ, eine Gruppe von 14 Müttern, als Export eines Softwareanbieters) in einen Ordner und führt dann validate, replay, report, render, diagram und conformance darauf aus, mit dem, was jeder Befehl zeigt. Die vollständigen Ausgaben stehen neben dem Export. Jeder Name im Beispiel ist erfunden.",
      args: {
        dir: [
          "Ordner",
          "wohin geschrieben wird (Standard: ein neuer temporärer Ordner); muss leer oder neu sein",
        ],
      },
      options: { lines: "angezeigte Zeilen jeder langen Ausgabe" },
      after: `
Beispiele:
  $ miriam demo
  $ miriam demo ./miriam-demo && ls ./miriam-demo`,
    },
    "research-export": {
      summary: "den pseudonymisierten Export für die Forschung und sein Codebuch schreiben",
      description:
        "Schreibt die Daten für die Nachbefragung nach einem Jahr durch die Forschenden: " +
        "eine Zeile je Mutter, deren geltende Einwilligung die Forschung umfasst (ein " +
        "Widerruf dieser Einwilligung nimmt sie heraus), mit einem Pseudonym statt der " +
        "Nummer ihrer Begleitung (HMAC-SHA-256 mit dem Schlüssel des ÖSHZ), Monaten statt " +
        "Daten, Codes und Werten, und nie einem Namen, einer Notiz oder freiem Text.\n\n" +
        "Der Schlüssel bleibt im ÖSHZ: Behalten Sie von Jahr zu Jahr denselben Schlüssel, " +
        "damit eine Mutter ihr Pseudonym behält, und senden Sie ihn nie mit dem Export.",
      args: {
        exportFolder: [
          "exportordner",
          "ein Exportordner (miriam.config.json und seine Protokolle)",
        ],
      },
      options: {
        keyFile:
          "der geheime Schlüssel des ÖSHZ: eine Datei von mindestens {bytes} Bytes (ein Zeilenumbruch am Ende gehört nicht zum Schlüssel)",
        out: "wohin die Zeilen geschrieben werden: .csv (RFC 4180, Codes, für R, SPSS, Stata) oder .jsonl (JSON Lines)",
        codebook:
          "auch das Codebuch schreiben: .md (in der Sprache von --lang) oder .json (mit den Bezeichnungen der Codes auf Niederländisch, Französisch und Englisch)",
        json: "das Geschriebene und die Probleme als JSON ausgeben, in der Form von cli-output.schema.json",
      },
      after: `
Exit-Codes: 0 geschrieben, 1 einige Zeilen waren ungültig und wurden ausgelassen, 2 Fehler in der Verwendung oder den Daten (ein fehlender oder zu kurzer Schlüssel).

Beispiele:
  $ openssl rand -hex 32 > forschung.key        # einmal; bewahren Sie ihn im ÖSHZ auf
  $ miriam research-export export/ --key-file forschung.key --out forschung.csv --codebook codebuch.md --lang de
  $ miriam research-export export/ --key-file forschung.key --out forschung.jsonl --codebook codebuch.json`,
    },
    conformance: {
      summary: "den Export eines Softwareanbieters anhand der Methode prüfen",
      description:
        "Prüft den Exportordner eines Softwareanbieters anhand jeder Anforderung der MIRIAM-Methode (@miriam/conformance): Aufbau, Schemas, Datenschutz, Verweise, jede feste Regel des Zustandsdiagramms und, wenn der Export expected/ enthält, die eigenen Ergebnisse des Anbieters. Gibt den Bericht als Markdown (oder JSON) aus und schreibt mit -o conformance-report.md und .json.\n\n" +
        "Der Export: miriam.config.json, trajectories.jsonl, group-<groupId>.jsonl, gegebenenfalls profiles.jsonl und expected/{trajectories,refused,signals,indicators}.json.",
      args: { dir: ["Ordner", "der Exportordner"] },
      options: {
        output: "conformance-report.md und conformance-report.json in diesen Ordner schreiben",
        json: "den Bericht als JSON ausgeben, mit den Befunden als Probleme in der Form von cli-output.schema.json",
        matrix:
          "die Konformitätsmatrix ausgeben (jede Anforderung, ihr Abschnitt der Methode und ihre Testdaten)",
      },
      after: `
Exit-Codes: 0 konform, 1 eine Anforderung ist nicht erfüllt, 2 Fehler beim Aufruf oder in der Eingabe.

Beispiele:
  $ miriam conformance export/
  $ miriam conformance export/ -o berichte/       # für die Artefakte der CI
  $ miriam conformance export/ --json | jq '.requirements[] | select(.status == "failed")'
  $ miriam conformance --matrix > docs/conformance-matrix.md`,
    },
  },
};

/** @internal The command line's chrome, by language. */
export const helpCatalogue: Readonly<Record<Language, HelpMessages>> = { nl, fr, de, en };
