import { type Language, labelAndValue, type SchemaKind } from "@miriam/schemas";

// The command's own sentences in NL, FR, DE and EN: one table per language, of one type,
// so a sentence added in one language does not compile until all four say it. Method
// terms (phases, outcomes, event types, document titles) are not here: they come from
// the vocabularies of @miriam/schemas. Counts are plural forms that `Words.count` picks
// with Intl.PluralRules; numbers and dates are formatted by the caller (`Words`).

/** @internal A count's forms: `{n}` stands for the number, written in the locale. */
export interface Plural {
  readonly one: string;
  readonly other: string;
}

/** @internal Everything the command writes itself, in one language. */
export interface CliMessages {
  // Usage and input errors
  readonly unknownLanguage: (found: string, choices: string) => string;
  readonly notADate: (option: string, found: string) => string;
  readonly notADateTime: (option: string, found: string) => string;
  readonly notAChoice: (option: string, choices: string, found: string) => string;
  readonly noSuchPath: (path: string) => string;
  readonly noSuchDirectory: (path: string) => string;
  readonly notADirectory: (path: string) => string;
  readonly unknownKind: (path: string, kinds: string) => string;
  readonly cannotRead: (path: string, code: string) => string;
  readonly invalidSettings: (path: string) => string;
  readonly nameALog: string;
  readonly changedWhileRead: (path: string) => string;
  readonly thresholdInvalid: (found: string) => string;
  readonly noFunderReport: string;
  readonly notAFunderReport: (path: string) => string;
  readonly basis: Readonly<
    Record<"counts-before-suppression" | "published-figures" | "mixed", string>
  >;
  readonly aggregated: (reports: string, projects: string, basis: string) => string;
  readonly reportCount: Plural;
  readonly projectCount: Plural;
  readonly groupOrFunder: string;
  readonly noGroupLog: (id: string, groups: string) => string;
  readonly needsGroupLog: string;
  readonly noGroups: string;
  readonly nameExport: string;
  readonly svgUnavailable: string;
  readonly renderNeedsSettings: string;
  readonly needsOption: (document: string, option: string) => string;
  readonly noProfile: (trajectory: string, file: string) => string;
  readonly giveData: (document: string) => string;
  readonly notJson: (path: string) => string;
  readonly invalidData: (document: string) => string;
  readonly invalidTemplate: (document: string) => string;
  // Files and progress
  readonly wrote: (file: string) => string;
  readonly wroteDocument: (file: string, title: string) => string;
  readonly reading: (file: string, lines: string, megabytes: string) => string;
  readonly linesLeftOut: Plural;
  readonly moreLeftOut: (more: string) => string;
  // validate
  readonly records: Readonly<Record<"event" | "profile" | "record", Plural>>;
  readonly kinds: Readonly<Record<SchemaKind, string>>;
  readonly valid: string;
  /** "what: how it is", with the language's colon (French: a space before it). */
  readonly stated: (what: string, how: string) => string;
  readonly problems: Plural;
  readonly moreProblems: Plural;
  readonly allValid: Plural;
  readonly problemsInFiles: (problems: string, files: string, of: string) => string;
  // replay
  readonly replayed: (trajectories: string, groups: string, events: string) => string;
  readonly trajectories: Plural;
  readonly groups: Plural;
  readonly eventsAndAttendances: Plural;
  readonly upTo: (date: string) => string;
  readonly from: (files: string) => string;
  readonly trajectoriesHeading: string;
  readonly refusedHeading: (n: string) => string;
  readonly signalsHeading: (n: string) => string;
  readonly dueHeading: (date: string, n: string) => string;
  readonly events: Plural;
  readonly refused: Plural;
  readonly noneRefused: string;
  readonly none: string;
  readonly nothingDue: string;
  readonly overdue: Plural;
  readonly inDays: Plural;
  readonly due: (what: string, date: string, when: string) => string;
  readonly subjects: Readonly<Record<"trajectory" | "group" | "project", string>>;
  // report
  readonly groupReportNote: string;
  // conformance
  readonly conformant: string;
  readonly notConformant: string;
  readonly requirementsSummary: (passed: string, failed: string, notApplicable: string) => string;
  // demo
  readonly demo: {
    readonly title: string;
    readonly cohort: string;
    readonly madeUp: string;
    readonly settings: string;
    readonly validate: string;
    readonly replay: string;
    readonly refused: string;
    readonly funder: string;
    readonly document: string;
    readonly diagram: string;
    readonly conformance: string;
    readonly written: string;
    readonly tryNext: string;
    readonly lines: Plural;
    readonly more: Plural;
    readonly moreIn: (more: string, file: string) => string;
    readonly exitCode: (code: string, expected: string) => string;
    readonly failed: Plural;
  };
}

const en: CliMessages = {
  unknownLanguage: (found, choices) => `--lang must be one of ${choices}; found "${found}".`,
  notADate: (option, found) => `${option} must be a date as YYYY-MM-DD; found "${found}".`,
  notADateTime: (option, found) =>
    `${option} must be a date-time, e.g. 2026-01-31T12:00:00Z; found "${found}".`,
  notAChoice: (option, choices, found) => `${option} must be one of ${choices}; found "${found}".`,
  noSuchPath: (path) => `${path}: no such file or directory.`,
  noSuchDirectory: (path) => `${path}: no such directory.`,
  notADirectory: (path) => `${path}: not a directory; conformance checks a whole export.`,
  unknownKind: (path, kinds) =>
    `${path}: cannot tell which kind of record this file holds. Pass --kind (one of ${kinds}), or give it a "$schema".`,
  cannotRead: (path, code) => `${path}: cannot be read (${code}).`,
  invalidSettings: (path) => `${path} is not valid project settings:`,
  nameALog: "Name at least one event log (a .jsonl file, an export directory, or - for stdin).",
  changedWhileRead: (path) =>
    `${path} changed while it was being read; run the command again on a file that is not being written.`,
  thresholdInvalid: (found) =>
    `--threshold must be a whole number of at least 3; found "${found}".`,
  noFunderReport: "No funder report among the inputs.",
  notAFunderReport: (path) => `${path}: not a funder report of format version 1; left out.`,
  basis: {
    "counts-before-suppression": "counts before suppression",
    "published-figures": "published figures only",
    mixed: "counts before suppression from some reports, published figures from others",
  },
  reportCount: { one: "{n} report", other: "{n} reports" },
  projectCount: { one: "{n} project", other: "{n} projects" },
  aggregated: (reports, projects, basis) => `${reports}, ${projects}; figures from ${basis}.`,
  groupOrFunder: "Choose --group or --funder, not both.",
  noGroupLog: (id, groups) =>
    `No group log of the group "${id}" among the inputs (groups: ${groups}).`,
  needsGroupLog: "A group report needs a group's log (group-<id>.jsonl).",
  noGroups: "none",
  nameExport: "Name the export directory to check (or pass --matrix).",
  svgUnavailable:
    "SVG is not available: rendering Mermaid needs a browser engine, which the kit does not ship. Use --format mermaid and render it where Mermaid is supported (GitHub, GitLab, the docs site).",
  renderNeedsSettings:
    "render needs the project settings: pass --config miriam.config.json (or --from an export).",
  needsOption: (document, option) => `${document} needs ${option}.`,
  noProfile: (trajectory, file) => `No profile of the trajectory ${trajectory} in ${file}.`,
  giveData: (document) =>
    `Give the data of ${document} as a JSON file, or --from an export with --trajectory.`,
  notJson: (path) => `${path}: expected one JSON document, found text that is not valid JSON.`,
  invalidData: (document) => `The data for ${document} are not valid:`,
  invalidTemplate: (document) => `The template for ${document} is not valid:`,
  wrote: (file) => `Wrote ${file}.`,
  wroteDocument: (file, title) => `Wrote ${file} (${title}).`,
  reading: (file, lines, mb) => `reading ${file}: ${lines} lines, ${mb} MB`,
  linesLeftOut: {
    one: "{n} problem in the logs; the line concerned was left out:",
    other: "{n} problems in the logs; the lines concerned were left out:",
  },
  moreLeftOut: (more) => `... and ${more} more: run \`miriam validate\` on these files.`,
  records: {
    event: { one: "{n} event", other: "{n} events" },
    profile: { one: "{n} profile", other: "{n} profiles" },
    record: { one: "{n} record", other: "{n} records" },
  },
  kinds: {
    event: "event",
    "trajectory-event": "trajectory event",
    "group-event": "group event",
    "participant-profile": "participant profile",
    "project-settings": "project settings",
    "domain-set": "set of life domains",
    "eligibility-rules": "eligibility rules",
    "eligibility-facts": "eligibility facts",
    "instrument-definition": "instrument definition",
    "funder-report": "funder report",
  },
  valid: "valid",
  stated: (what, how) => labelAndValue(what, how, "en"),
  problems: { one: "{n} problem", other: "{n} problems" },
  moreProblems: { one: "... and {n} more problem", other: "... and {n} more problems" },
  allValid: { one: "The file is valid.", other: "All {n} files are valid." },
  problemsInFiles: (problems, files, of) => `${problems} in ${files} of ${of} files.`,
  replayed: (trajectories, groups, events) => `Replayed ${trajectories} and ${groups} (${events})`,
  trajectories: { one: "{n} trajectory", other: "{n} trajectories" },
  groups: { one: "{n} group", other: "{n} groups" },
  eventsAndAttendances: {
    one: "{n} event or attendance",
    other: "{n} events and attendances",
  },
  upTo: (date) => ` up to ${date}`,
  from: (files) => ` from ${files}.`,
  trajectoriesHeading: "Trajectories",
  refusedHeading: (n) => `Refused events (${n})`,
  signalsHeading: (n) => `Fidelity signals (${n})`,
  dueHeading: (date, n) => `Due on ${date} (${n})`,
  events: { one: "{n} event", other: "{n} events" },
  refused: { one: "{n} refused", other: "{n} refused" },
  noneRefused: "none: every event follows the hard rules",
  none: "none",
  nothingDue: "nothing",
  overdue: { one: "{n} day overdue", other: "{n} days overdue" },
  inDays: { one: "in {n} day", other: "in {n} days" },
  due: (what, date, when) => `${what}: due ${date} (${when})`,
  subjects: { trajectory: "trajectory", group: "group", project: "project" },
  groupReportNote: "Note: a group report is for inside the OCMW only; use --funder for the funder.",
  conformant: "Conformant",
  notConformant: "Not conformant",
  requirementsSummary: (passed, failed, na) =>
    `${passed} requirements passed, ${failed} failed, ${na} not applicable.`,
  demo: {
    title: "MIRIAM kit demo",
    cohort:
      "The example cohort: OCMW Gent, one group of 14 mothers (Sep 2025 – Jun 2026), written as a vendor's export.",
    madeUp: "Every name in it is made up.",
    settings: "settings",
    validate: "Check every file against the schemas",
    replay: "Replay the trajectories: phases, refused events, fidelity signals, what is due",
    refused: "A refused event: a contact recorded after her trajectory was closed",
    funder: "The funder report: small counts hidden, because the figures leave the OCMW",
    document: "A document: her personal plan, from her events (HTML too)",
    diagram: "The trajectory statechart, as Mermaid",
    conformance: "Conformance: is this export what a vendor's software should produce?",
    written: "Written",
    tryNext: "Try next",
    lines: { one: "{n} line", other: "{n} lines" },
    more: { one: "... {n} more line", other: "... {n} more lines" },
    moreIn: (more, file) => `${more} in ${file}`,
    exitCode: (code, expected) => `exit code ${code}, expected ${expected}`,
    failed: {
      one: "{n} step of the demo did not go as expected.",
      other: "{n} steps of the demo did not go as expected.",
    },
  },
};

const nl: CliMessages = {
  unknownLanguage: (found, choices) => `--lang moet een van ${choices} zijn; gevonden "${found}".`,
  notADate: (option, found) => `${option} moet een datum zijn als JJJJ-MM-DD; gevonden "${found}".`,
  notADateTime: (option, found) =>
    `${option} moet een datum en tijd zijn, bv. 2026-01-31T12:00:00Z; gevonden "${found}".`,
  notAChoice: (option, choices, found) =>
    `${option} moet een van ${choices} zijn; gevonden "${found}".`,
  noSuchPath: (path) => `${path}: dit bestand of deze map bestaat niet.`,
  noSuchDirectory: (path) => `${path}: deze map bestaat niet.`,
  notADirectory: (path) =>
    `${path}: geen map; de conformiteitscontrole leest een volledige export.`,
  unknownKind: (path, kinds) =>
    `${path}: niet duidelijk welk soort record dit bestand bevat. Geef --kind (een van ${kinds}) of een "$schema" in het bestand.`,
  cannotRead: (path, code) => `${path}: kan niet gelezen worden (${code}).`,
  invalidSettings: (path) => `${path} bevat geen geldige projectinstellingen:`,
  nameALog:
    "Geef minstens één gebeurtenissenlogboek (een .jsonl-bestand, een exportmap, of - voor stdin).",
  changedWhileRead: (path) =>
    `${path} veranderde terwijl het gelezen werd; voer de opdracht opnieuw uit op een bestand waarin niet meer geschreven wordt.`,
  thresholdInvalid: (found) =>
    `--threshold moet een geheel getal van minstens 3 zijn; gevonden "${found}".`,
  noFunderReport: "Geen rapport voor de subsidiegever bij de invoer.",
  notAFunderReport: (path) =>
    `${path}: geen rapport voor de subsidiegever in formaatversie 1; weggelaten.`,
  basis: {
    "counts-before-suppression": "aantallen vóór afscherming",
    "published-figures": "alleen gepubliceerde cijfers",
    mixed: "aantallen vóór afscherming uit sommige rapporten, gepubliceerde cijfers uit andere",
  },
  reportCount: { one: "{n} rapport", other: "{n} rapporten" },
  projectCount: { one: "{n} project", other: "{n} projecten" },
  aggregated: (reports, projects, basis) => `${reports}, ${projects}; cijfers uit ${basis}.`,
  groupOrFunder: "Kies --group of --funder, niet allebei.",
  noGroupLog: (id, groups) =>
    `Geen groepslogboek van de groep "${id}" bij de invoer (groepen: ${groups}).`,
  needsGroupLog: "Een groepsrapport heeft het logboek van een groep nodig (group-<id>.jsonl).",
  noGroups: "geen",
  nameExport: "Geef de exportmap die gecontroleerd moet worden (of gebruik --matrix).",
  svgUnavailable:
    "SVG is niet beschikbaar: Mermaid tekenen vraagt een browser-engine, en die zit niet in de kit. Gebruik --format mermaid en laat het tekenen waar Mermaid werkt (GitHub, GitLab, de documentatiesite).",
  renderNeedsSettings:
    "render heeft de projectinstellingen nodig: geef --config miriam.config.json (of --from een export).",
  needsOption: (document, option) => `${document} heeft ${option} nodig.`,
  noProfile: (trajectory, file) => `Geen profiel van het traject ${trajectory} in ${file}.`,
  giveData: (document) =>
    `Geef de gegevens van ${document} als JSON-bestand, of --from een export met --trajectory.`,
  notJson: (path) =>
    `${path}: verwacht één JSON-document; gevonden tekst die geen geldige JSON is.`,
  invalidData: (document) => `De gegevens voor ${document} zijn niet geldig:`,
  invalidTemplate: (document) => `Het sjabloon voor ${document} is niet geldig:`,
  wrote: (file) => `${file} geschreven.`,
  wroteDocument: (file, title) => `${file} geschreven (${title}).`,
  reading: (file, lines, mb) => `${file} lezen: ${lines} regels, ${mb} MB`,
  linesLeftOut: {
    one: "{n} probleem in de logboeken; de regel in kwestie is weggelaten:",
    other: "{n} problemen in de logboeken; de regels in kwestie zijn weggelaten:",
  },
  moreLeftOut: (more) => `... en nog ${more}: voer \`miriam validate\` uit op deze bestanden.`,
  records: {
    event: { one: "{n} gebeurtenis", other: "{n} gebeurtenissen" },
    profile: { one: "{n} profiel", other: "{n} profielen" },
    record: { one: "{n} record", other: "{n} records" },
  },
  kinds: {
    event: "gebeurtenis",
    "trajectory-event": "gebeurtenis van een traject",
    "group-event": "gebeurtenis van een groep",
    "participant-profile": "profiel van een deelneemster",
    "project-settings": "projectinstellingen",
    "domain-set": "set levensdomeinen",
    "eligibility-rules": "toelatingsregels",
    "eligibility-facts": "gegevens voor de toelating",
    "instrument-definition": "beschrijving van een meetinstrument",
    "funder-report": "rapport voor de subsidiegever",
  },
  valid: "geldig",
  stated: (what, how) => labelAndValue(what, how, "nl"),
  problems: { one: "{n} probleem", other: "{n} problemen" },
  moreProblems: { one: "... en nog {n} probleem", other: "... en nog {n} problemen" },
  allValid: { one: "Het bestand is geldig.", other: "Alle {n} bestanden zijn geldig." },
  problemsInFiles: (problems, files, of) => `${problems} in ${files} van ${of} bestanden.`,
  replayed: (trajectories, groups, events) => `${trajectories} en ${groups} herspeeld (${events})`,
  trajectories: { one: "{n} traject", other: "{n} trajecten" },
  groups: { one: "{n} groep", other: "{n} groepen" },
  eventsAndAttendances: {
    one: "{n} gebeurtenis of aanwezigheid",
    other: "{n} gebeurtenissen en aanwezigheden",
  },
  upTo: (date) => ` tot en met ${date}`,
  from: (files) => ` uit ${files}.`,
  trajectoriesHeading: "Trajecten",
  refusedHeading: (n) => `Geweigerde gebeurtenissen (${n})`,
  signalsHeading: (n) => `Getrouwheidssignalen (${n})`,
  dueHeading: (date, n) => `Te doen op ${date} (${n})`,
  events: { one: "{n} gebeurtenis", other: "{n} gebeurtenissen" },
  refused: { one: "{n} geweigerd", other: "{n} geweigerd" },
  noneRefused: "geen: elke gebeurtenis volgt de harde regels",
  none: "geen",
  nothingDue: "niets",
  overdue: { one: "{n} dag te laat", other: "{n} dagen te laat" },
  inDays: { one: "over {n} dag", other: "over {n} dagen" },
  due: (what, date, when) => `${what}: uiterlijk ${date} (${when})`,
  subjects: { trajectory: "traject", group: "groep", project: "project" },
  groupReportNote:
    "Let op: een groepsrapport is alleen voor intern gebruik in het OCMW; gebruik --funder voor de subsidiërende overheid.",
  conformant: "Conform",
  notConformant: "Niet conform",
  requirementsSummary: (passed, failed, na) =>
    `${passed} vereisten voldaan, ${failed} niet voldaan, ${na} niet van toepassing.`,
  demo: {
    title: "Demo van de MIRIAM-kit",
    cohort:
      "Het voorbeeldcohort: OCMW Gent, één groep van 14 moeders (sep. 2025 – jun. 2026), geschreven als de export van een softwareleverancier.",
    madeUp: "Elke naam erin is verzonnen.",
    settings: "instellingen",
    validate: "Elk bestand controleren tegen de schema's",
    replay:
      "De trajecten herspelen: fasen, geweigerde gebeurtenissen, getrouwheidssignalen, wat te doen is",
    refused:
      "Een geweigerde gebeurtenis: een contact geregistreerd nadat haar traject afgesloten was",
    funder:
      "Het rapport voor de subsidiërende overheid: kleine aantallen verborgen, want de cijfers verlaten het OCMW",
    document: "Een document: haar persoonlijk plan, uit haar gebeurtenissen (ook in HTML)",
    diagram: "Het toestandsdiagram van het traject, in Mermaid",
    conformance: "Conformiteit: is deze export wat de software van een leverancier moet maken?",
    written: "Geschreven",
    tryNext: "Probeer ook",
    lines: { one: "{n} regel", other: "{n} regels" },
    more: { one: "... {n} regel meer", other: "... {n} regels meer" },
    moreIn: (more, file) => `${more} in ${file}`,
    exitCode: (code, expected) => `afsluitcode ${code}, verwacht ${expected}`,
    failed: {
      one: "{n} stap van de demo liep niet zoals verwacht.",
      other: "{n} stappen van de demo liepen niet zoals verwacht.",
    },
  },
};

const fr: CliMessages = {
  unknownLanguage: (found, choices) => `--lang doit valoir ${choices} ; trouvé « ${found} ».`,
  notADate: (option, found) =>
    `${option} doit être une date au format AAAA-MM-JJ ; trouvé « ${found} ».`,
  notADateTime: (option, found) =>
    `${option} doit être une date et une heure, p. ex. 2026-01-31T12:00:00Z ; trouvé « ${found} ».`,
  notAChoice: (option, choices, found) => `${option} doit valoir ${choices} ; trouvé « ${found} ».`,
  noSuchPath: (path) => `${path} : ce fichier ou ce dossier n'existe pas.`,
  noSuchDirectory: (path) => `${path} : ce dossier n'existe pas.`,
  notADirectory: (path) =>
    `${path} : ce n'est pas un dossier ; le contrôle de conformité lit un export complet.`,
  unknownKind: (path, kinds) =>
    `${path} : impossible de savoir quel type d'enregistrement contient ce fichier. Indiquez --kind (${kinds}) ou un « $schema » dans le fichier.`,
  cannotRead: (path, code) => `${path} : lecture impossible (${code}).`,
  invalidSettings: (path) => `${path} ne contient pas de paramètres de projet valides :`,
  nameALog:
    "Indiquez au moins un journal d'événements (un fichier .jsonl, un dossier d'export, ou - pour l'entrée standard).",
  changedWhileRead: (path) =>
    `${path} a changé pendant sa lecture ; relancez la commande sur un fichier dans lequel plus rien n'est écrit.`,
  thresholdInvalid: (found) =>
    `--threshold doit être un nombre entier d'au moins 3 ; trouvé « ${found} ».`,
  noFunderReport: "Aucun rapport pour le pouvoir subsidiant parmi les fichiers donnés.",
  notAFunderReport: (path) =>
    `${path} : pas un rapport pour le pouvoir subsidiant au format version 1 ; laissé de côté.`,
  basis: {
    "counts-before-suppression": "nombres avant masquage",
    "published-figures": "chiffres publiés uniquement",
    mixed: "nombres avant masquage de certains rapports, chiffres publiés des autres",
  },
  reportCount: { one: "{n} rapport", other: "{n} rapports" },
  projectCount: { one: "{n} projet", other: "{n} projets" },
  aggregated: (reports, projects, basis) => `${reports}, ${projects} ; chiffres : ${basis}.`,
  groupOrFunder: "Choisissez --group ou --funder, pas les deux.",
  noGroupLog: (id, groups) =>
    `Aucun journal du groupe « ${id} » parmi les fichiers indiqués (groupes : ${groups}).`,
  needsGroupLog: "Un rapport de groupe a besoin du journal d'un groupe (group-<id>.jsonl).",
  noGroups: "aucun",
  nameExport: "Indiquez le dossier d'export à contrôler (ou utilisez --matrix).",
  svgUnavailable:
    "Le SVG n'est pas disponible : dessiner un diagramme Mermaid demande un moteur de navigateur, que le kit ne fournit pas. Utilisez --format mermaid et affichez-le là où Mermaid est pris en charge (GitHub, GitLab, le site de documentation).",
  renderNeedsSettings:
    "render a besoin des paramètres du projet : indiquez --config miriam.config.json (ou --from un export).",
  needsOption: (document, option) => `${document} a besoin de ${option}.`,
  noProfile: (trajectory, file) => `Aucun profil du parcours ${trajectory} dans ${file}.`,
  giveData: (document) =>
    `Donnez les données de ${document} dans un fichier JSON, ou --from un export avec --trajectory.`,
  notJson: (path) =>
    `${path} : attendu un document JSON ; trouvé un texte qui n'est pas du JSON valide.`,
  invalidData: (document) => `Les données de ${document} ne sont pas valides :`,
  invalidTemplate: (document) => `Le modèle de ${document} n'est pas valide :`,
  wrote: (file) => `${file} écrit.`,
  wroteDocument: (file, title) => `${file} écrit (${title}).`,
  reading: (file, lines, mb) => `lecture de ${file} : ${lines} lignes, ${mb} Mo`,
  linesLeftOut: {
    one: "{n} problème dans les journaux ; la ligne concernée a été écartée :",
    other: "{n} problèmes dans les journaux ; les lignes concernées ont été écartées :",
  },
  moreLeftOut: (more) => `... et ${more} de plus : lancez \`miriam validate\` sur ces fichiers.`,
  records: {
    event: { one: "{n} événement", other: "{n} événements" },
    profile: { one: "{n} profil", other: "{n} profils" },
    record: { one: "{n} enregistrement", other: "{n} enregistrements" },
  },
  kinds: {
    event: "événement",
    "trajectory-event": "événement d'un parcours",
    "group-event": "événement d'un groupe",
    "participant-profile": "profil d'une participante",
    "project-settings": "paramètres du projet",
    "domain-set": "ensemble de domaines de vie",
    "eligibility-rules": "règles d'admission",
    "eligibility-facts": "données pour l'admission",
    "instrument-definition": "description d'un instrument de mesure",
    "funder-report": "rapport pour le pouvoir subsidiant",
  },
  valid: "valide",
  stated: (what, how) => labelAndValue(what, how, "fr"),
  problems: { one: "{n} problème", other: "{n} problèmes" },
  moreProblems: { one: "... et {n} problème de plus", other: "... et {n} problèmes de plus" },
  allValid: { one: "Le fichier est valide.", other: "Les {n} fichiers sont valides." },
  problemsInFiles: (problems, files, of) => `${problems} dans ${files} fichiers sur ${of}.`,
  replayed: (trajectories, groups, events) => `${trajectories} et ${groups} rejoués (${events})`,
  trajectories: { one: "{n} parcours", other: "{n} parcours" },
  groups: { one: "{n} groupe", other: "{n} groupes" },
  eventsAndAttendances: {
    one: "{n} événement ou présence",
    other: "{n} événements et présences",
  },
  upTo: (date) => ` jusqu'au ${date}`,
  from: (files) => ` à partir de ${files}.`,
  trajectoriesHeading: "Parcours",
  refusedHeading: (n) => `Événements refusés (${n})`,
  signalsHeading: (n) => `Signaux de fidélité à la méthode (${n})`,
  dueHeading: (date, n) => `À faire au ${date} (${n})`,
  events: { one: "{n} événement", other: "{n} événements" },
  refused: { one: "{n} refusé", other: "{n} refusés" },
  noneRefused: "aucun : chaque événement respecte les règles strictes",
  none: "aucun",
  nothingDue: "rien",
  overdue: { one: "{n} jour de retard", other: "{n} jours de retard" },
  inDays: { one: "dans {n} jour", other: "dans {n} jours" },
  due: (what, date, when) => `${what} : au plus tard le ${date} (${when})`,
  subjects: { trajectory: "parcours", group: "groupe", project: "projet" },
  groupReportNote:
    "Attention : un rapport de groupe est réservé à l'usage interne du CPAS ; utilisez --funder pour le pouvoir subsidiant.",
  conformant: "Conforme",
  notConformant: "Non conforme",
  requirementsSummary: (passed, failed, na) =>
    `exigences remplies : ${passed} ; non remplies : ${failed} ; sans objet : ${na}.`,
  demo: {
    title: "Démo du kit MIRIAM",
    cohort:
      "La cohorte d'exemple : CPAS de Gand, un groupe de 14 mères (sept. 2025 – juin 2026), écrite comme l'export d'un éditeur de logiciel.",
    madeUp: "Tous les noms y sont inventés.",
    settings: "paramètres",
    validate: "Contrôler chaque fichier par rapport aux schémas",
    replay:
      "Rejouer les parcours : phases, événements refusés, signaux de fidélité à la méthode, ce qui est à faire",
    refused: "Un événement refusé : un contact enregistré après la clôture de son parcours",
    funder:
      "Le rapport pour le pouvoir subsidiant : les petits effectifs masqués, car les chiffres quittent le CPAS",
    document: "Un document : son plan personnel, à partir de ses événements (aussi en HTML)",
    diagram: "Le diagramme d'états du parcours, en Mermaid",
    conformance: "Conformité : cet export est-il ce que le logiciel d'un éditeur doit produire ?",
    written: "Écrits",
    tryNext: "À essayer ensuite",
    lines: { one: "{n} ligne", other: "{n} lignes" },
    more: { one: "... {n} ligne de plus", other: "... {n} lignes de plus" },
    moreIn: (more, file) => `${more} dans ${file}`,
    exitCode: (code, expected) => `code de sortie ${code}, attendu ${expected}`,
    failed: {
      one: "{n} étape de la démo ne s'est pas déroulée comme prévu.",
      other: "{n} étapes de la démo ne se sont pas déroulées comme prévu.",
    },
  },
};

const de: CliMessages = {
  unknownLanguage: (found, choices) => `--lang muss ${choices} sein; gefunden „${found}“.`,
  notADate: (option, found) =>
    `${option} muss ein Datum im Format JJJJ-MM-TT sein; gefunden „${found}“.`,
  notADateTime: (option, found) =>
    `${option} muss Datum und Uhrzeit sein, z. B. 2026-01-31T12:00:00Z; gefunden „${found}“.`,
  notAChoice: (option, choices, found) => `${option} muss ${choices} sein; gefunden „${found}“.`,
  noSuchPath: (path) => `${path}: Diese Datei oder dieser Ordner existiert nicht.`,
  noSuchDirectory: (path) => `${path}: Dieser Ordner existiert nicht.`,
  notADirectory: (path) =>
    `${path}: kein Ordner; die Konformitätsprüfung liest einen vollständigen Export.`,
  unknownKind: (path, kinds) =>
    `${path}: Es ist nicht erkennbar, welche Art von Datensatz diese Datei enthält. Geben Sie --kind an (${kinds}) oder ein „$schema“ in der Datei.`,
  cannotRead: (path, code) => `${path}: kann nicht gelesen werden (${code}).`,
  invalidSettings: (path) => `${path} enthält keine gültigen Projekteinstellungen:`,
  nameALog:
    "Geben Sie mindestens ein Ereignisprotokoll an (eine .jsonl-Datei, einen Exportordner oder - für die Standardeingabe).",
  changedWhileRead: (path) =>
    `${path} hat sich beim Lesen geändert; führen Sie den Befehl erneut mit einer Datei aus, in die nicht mehr geschrieben wird.`,
  thresholdInvalid: (found) =>
    `--threshold muss eine ganze Zahl von mindestens 3 sein; gefunden „${found}“.`,
  noFunderReport: "Kein Bericht an den Zuschussgeber unter den Eingaben.",
  notAFunderReport: (path) =>
    `${path}: kein Bericht an den Zuschussgeber im Format Version 1; ausgelassen.`,
  basis: {
    "counts-before-suppression": "Zahlen vor der Ausblendung",
    "published-figures": "nur veröffentlichte Zahlen",
    mixed: "Zahlen vor der Ausblendung aus einigen Berichten, veröffentlichte Zahlen aus anderen",
  },
  reportCount: { one: "{n} Bericht", other: "{n} Berichte" },
  projectCount: { one: "{n} Projekt", other: "{n} Projekte" },
  aggregated: (reports, projects, basis) => `${reports}, ${projects}; Zahlen: ${basis}.`,
  groupOrFunder: "Wählen Sie --group oder --funder, nicht beides.",
  noGroupLog: (id, groups) =>
    `Kein Gruppenprotokoll der Gruppe „${id}“ unter den Eingaben (Gruppen: ${groups}).`,
  needsGroupLog: "Ein Gruppenbericht braucht das Protokoll einer Gruppe (group-<id>.jsonl).",
  noGroups: "keine",
  nameExport: "Geben Sie den zu prüfenden Exportordner an (oder --matrix).",
  svgUnavailable:
    "SVG ist nicht verfügbar: Zum Zeichnen von Mermaid braucht es eine Browser-Engine, die das Kit nicht mitliefert. Verwenden Sie --format mermaid und lassen Sie es dort zeichnen, wo Mermaid unterstützt wird (GitHub, GitLab, die Dokumentationsseite).",
  renderNeedsSettings:
    "render braucht die Projekteinstellungen: Geben Sie --config miriam.config.json an (oder --from einen Export).",
  needsOption: (document, option) => `${document} braucht ${option}.`,
  noProfile: (trajectory, file) => `Kein Profil der Begleitung ${trajectory} in ${file}.`,
  giveData: (document) =>
    `Geben Sie die Daten von ${document} als JSON-Datei an, oder --from einen Export mit --trajectory.`,
  notJson: (path) =>
    `${path}: erwartet ein JSON-Dokument; gefunden ein Text, der kein gültiges JSON ist.`,
  invalidData: (document) => `Die Daten für ${document} sind nicht gültig:`,
  invalidTemplate: (document) => `Die Vorlage für ${document} ist nicht gültig:`,
  wrote: (file) => `${file} geschrieben.`,
  wroteDocument: (file, title) => `${file} geschrieben (${title}).`,
  reading: (file, lines, mb) => `${file} wird gelesen: ${lines} Zeilen, ${mb} MB`,
  linesLeftOut: {
    one: "{n} Problem in den Protokollen; die betroffene Zeile wurde ausgelassen:",
    other: "{n} Probleme in den Protokollen; die betroffenen Zeilen wurden ausgelassen:",
  },
  moreLeftOut: (more) =>
    `... und ${more} weitere: Führen Sie \`miriam validate\` mit diesen Dateien aus.`,
  records: {
    event: { one: "{n} Ereignis", other: "{n} Ereignisse" },
    profile: { one: "{n} Profil", other: "{n} Profile" },
    record: { one: "{n} Datensatz", other: "{n} Datensätze" },
  },
  kinds: {
    event: "Ereignis",
    "trajectory-event": "Ereignis einer Begleitung",
    "group-event": "Ereignis einer Gruppe",
    "participant-profile": "Profil einer Teilnehmerin",
    "project-settings": "Projekteinstellungen",
    "domain-set": "Satz von Lebensbereichen",
    "eligibility-rules": "Aufnahmeregeln",
    "eligibility-facts": "Angaben zur Aufnahme",
    "instrument-definition": "Beschreibung eines Messinstruments",
    "funder-report": "Bericht an den Zuschussgeber",
  },
  valid: "gültig",
  stated: (what, how) => labelAndValue(what, how, "de"),
  problems: { one: "{n} Problem", other: "{n} Probleme" },
  moreProblems: { one: "... und {n} weiteres Problem", other: "... und {n} weitere Probleme" },
  allValid: { one: "Die Datei ist gültig.", other: "Alle {n} Dateien sind gültig." },
  problemsInFiles: (problems, files, of) => `${problems} in ${files} von ${of} Dateien.`,
  replayed: (trajectories, groups, events) =>
    `${trajectories} und ${groups} nachgespielt (${events})`,
  trajectories: { one: "{n} Begleitung", other: "{n} Begleitungen" },
  groups: { one: "{n} Gruppe", other: "{n} Gruppen" },
  eventsAndAttendances: {
    one: "{n} Ereignis oder Anwesenheit",
    other: "{n} Ereignisse und Anwesenheiten",
  },
  upTo: (date) => ` bis zum ${date}`,
  from: (files) => ` aus ${files}.`,
  trajectoriesHeading: "Begleitungen",
  refusedHeading: (n) => `Abgelehnte Ereignisse (${n})`,
  signalsHeading: (n) => `Signale zur Methodentreue (${n})`,
  dueHeading: (date, n) => `Fällig am ${date} (${n})`,
  events: { one: "{n} Ereignis", other: "{n} Ereignisse" },
  refused: { one: "{n} abgelehnt", other: "{n} abgelehnt" },
  noneRefused: "keine: Jedes Ereignis folgt den festen Regeln",
  none: "keine",
  nothingDue: "nichts",
  overdue: { one: "{n} Tag überfällig", other: "{n} Tage überfällig" },
  inDays: { one: "in {n} Tag", other: "in {n} Tagen" },
  due: (what, date, when) => `${what}: fällig am ${date} (${when})`,
  subjects: { trajectory: "Begleitung", group: "Gruppe", project: "Projekt" },
  groupReportNote:
    "Hinweis: Ein Gruppenbericht ist nur für den internen Gebrauch im ÖSHZ; verwenden Sie --funder für den Zuschussgeber.",
  conformant: "Konform",
  notConformant: "Nicht konform",
  requirementsSummary: (passed, failed, na) =>
    `${passed} Anforderungen erfüllt, ${failed} nicht erfüllt, ${na} nicht anwendbar.`,
  demo: {
    title: "Demo des MIRIAM-Kits",
    cohort:
      "Die Beispielkohorte: ÖSHZ Gent, eine Gruppe von 14 Müttern (Sept. 2025 – Juni 2026), geschrieben als Export eines Softwareanbieters.",
    madeUp: "Jeder Name darin ist erfunden.",
    settings: "Einstellungen",
    validate: "Jede Datei anhand der Schemas prüfen",
    replay:
      "Die Begleitungen nachspielen: Phasen, abgelehnte Ereignisse, Signale zur Methodentreue, was fällig ist",
    refused: "Ein abgelehntes Ereignis: ein Kontakt, erfasst nach dem Abschluss ihrer Begleitung",
    funder:
      "Der Bericht für den Zuschussgeber: kleine Zahlen verborgen, weil die Zahlen das ÖSHZ verlassen",
    document: "Ein Dokument: ihr persönlicher Plan, aus ihren Ereignissen (auch in HTML)",
    diagram: "Das Zustandsdiagramm der Begleitung, in Mermaid",
    conformance:
      "Konformität: Ist dieser Export das, was die Software eines Anbieters erzeugen soll?",
    written: "Geschrieben",
    tryNext: "Als Nächstes",
    lines: { one: "{n} Zeile", other: "{n} Zeilen" },
    more: { one: "... {n} weitere Zeile", other: "... {n} weitere Zeilen" },
    moreIn: (more, file) => `${more} in ${file}`,
    exitCode: (code, expected) => `Exit-Code ${code}, erwartet ${expected}`,
    failed: {
      one: "{n} Schritt der Demo verlief nicht wie erwartet.",
      other: "{n} Schritte der Demo verliefen nicht wie erwartet.",
    },
  },
};

/** @internal The command's sentences, by language. */
export const catalogue: Readonly<Record<Language, CliMessages>> = { nl, fr, de, en };

// ---------------------------------------------------------------------------------------
// `miriam research-export` (issue #21). Its sentences are kept in a block of their own,
// apart from the catalogue above, so that this command and the catalogue's other changes
// merge without touching each other.

/** @internal What `miriam research-export` writes itself, in one language. */
export interface ResearchExportMessages {
  /** The key file named by --key-file does not exist or cannot be read. */
  readonly keyMissing: (file: string) => string;
  /** The key file holds fewer bytes than the pseudonymisation needs. */
  readonly keyTooShort: (file: string, bytes: string, minimum: string) => string;
  /** How to make a key, said after a key problem. */
  readonly makeAKey: (file: string) => string;
  /** What a key file must be (a problem's `expected`). */
  readonly keyExpected: (minimum: string) => string;
  /** What was found instead (a problem's `found`). */
  readonly keyFound: Readonly<{ missing: string; bytes: (bytes: string) => string }>;
  /** --out or --codebook names a file of a format the command does not write. */
  readonly wrongExtension: (option: string, file: string, choices: string) => string;
  /** The export named is not a directory. */
  readonly needsExportFolder: (path: string) => string;
  /** What was written; `scope` is the research consent scope's label (vocabulary). */
  readonly wroteRows: (rows: string, trajectories: string, file: string, scope: string) => string;
  readonly rows: Plural;
}

const researchExportEn: ResearchExportMessages = {
  keyMissing: (file) => `The key file ${file} does not exist or cannot be read.`,
  keyTooShort: (file, bytes, minimum) =>
    `The key in ${file} is ${bytes} bytes long; the pseudonyms need at least ${minimum}.`,
  makeAKey: (file) =>
    `Make a key once and keep it inside the OCMW (the same key gives the same pseudonyms next year): openssl rand -hex 32 > ${file}`,
  keyExpected: (minimum) => `a key file of at least ${minimum} bytes`,
  keyFound: { missing: "no such file", bytes: (bytes) => `${bytes} bytes` },
  wrongExtension: (option, file, choices) =>
    `${option} ${file}: the file name must end in ${choices}.`,
  needsExportFolder: (path) => `${path}: name an export folder (miriam.config.json and its logs).`,
  wroteRows: (rows, trajectories, file, scope) =>
    `${rows} written to ${file}, of ${trajectories}: only mothers whose consent in force includes "${scope}".`,
  rows: { one: "{n} row", other: "{n} rows" },
};

const researchExportNl: ResearchExportMessages = {
  keyMissing: (file) => `Het sleutelbestand ${file} bestaat niet of kan niet gelezen worden.`,
  keyTooShort: (file, bytes, minimum) =>
    `De sleutel in ${file} is ${bytes} bytes lang; de pseudoniemen hebben er minstens ${minimum} nodig.`,
  makeAKey: (file) =>
    `Maak één keer een sleutel en houd hem in het OCMW (dezelfde sleutel geeft volgend jaar dezelfde pseudoniemen): openssl rand -hex 32 > ${file}`,
  keyExpected: (minimum) => `een sleutelbestand van minstens ${minimum} bytes`,
  keyFound: { missing: "geen bestand", bytes: (bytes) => `${bytes} bytes` },
  wrongExtension: (option, file, choices) =>
    `${option} ${file}: de bestandsnaam moet eindigen op ${choices}.`,
  needsExportFolder: (path) =>
    `${path}: geef een exportmap op (miriam.config.json en de logboeken).`,
  wroteRows: (rows, trajectories, file, scope) =>
    `${rows} geschreven naar ${file}, van ${trajectories}: alleen moeders wier geldende toestemming "${scope}" omvat.`,
  rows: { one: "{n} rij", other: "{n} rijen" },
};

const researchExportFr: ResearchExportMessages = {
  keyMissing: (file) => `Le fichier de clé ${file} n'existe pas ou ne peut pas être lu.`,
  keyTooShort: (file, bytes, minimum) =>
    `La clé de ${file} compte ${bytes} octets ; les pseudonymes en demandent au moins ${minimum}.`,
  makeAKey: (file) =>
    `Créez une clé une seule fois et gardez-la au CPAS (la même clé donne les mêmes pseudonymes l'an prochain) : openssl rand -hex 32 > ${file}`,
  keyExpected: (minimum) => `un fichier de clé d'au moins ${minimum} octets`,
  keyFound: { missing: "aucun fichier", bytes: (bytes) => `${bytes} octets` },
  wrongExtension: (option, file, choices) =>
    `${option} ${file} : le nom du fichier doit se terminer par ${choices}.`,
  needsExportFolder: (path) =>
    `${path} : indiquez un dossier d'export (miriam.config.json et ses journaux).`,
  wroteRows: (rows, trajectories, file, scope) =>
    `${rows} dans ${file}, sur ${trajectories} : seules les mères dont le consentement en vigueur inclut « ${scope} ».`,
  rows: { one: "{n} ligne écrite", other: "{n} lignes écrites" },
};

const researchExportDe: ResearchExportMessages = {
  keyMissing: (file) =>
    `Die Schlüsseldatei ${file} existiert nicht oder kann nicht gelesen werden.`,
  keyTooShort: (file, bytes, minimum) =>
    `Der Schlüssel in ${file} ist ${bytes} Bytes lang; die Pseudonyme brauchen mindestens ${minimum}.`,
  makeAKey: (file) =>
    `Erzeugen Sie einmal einen Schlüssel und behalten Sie ihn im ÖSHZ (derselbe Schlüssel ergibt im nächsten Jahr dieselben Pseudonyme): openssl rand -hex 32 > ${file}`,
  keyExpected: (minimum) => `eine Schlüsseldatei von mindestens ${minimum} Bytes`,
  keyFound: { missing: "keine Datei", bytes: (bytes) => `${bytes} Bytes` },
  wrongExtension: (option, file, choices) =>
    `${option} ${file}: Der Dateiname muss auf ${choices} enden.`,
  needsExportFolder: (path) =>
    `${path}: Geben Sie einen Exportordner an (miriam.config.json und seine Protokolle).`,
  wroteRows: (rows, trajectories, file, scope) =>
    `${rows} in ${file} geschrieben, von ${trajectories}: nur Mütter, deren geltende Einwilligung „${scope}“ umfasst.`,
  rows: { one: "{n} Zeile", other: "{n} Zeilen" },
};

/** @internal The sentences of `miriam research-export`, by language. */
export const researchExportCatalogue: Readonly<Record<Language, ResearchExportMessages>> = {
  nl: researchExportNl,
  fr: researchExportFr,
  de: researchExportDe,
  en: researchExportEn,
};
