import type { Language } from "../vocabulary";
import type { Problem, ProblemExpectation, ProblemFinding } from "./problem-shape";

// The wording of problems in each language. Each language is one table of type
// `ProblemWording`, so a new kind of problem does not compile until all four languages
// say it. The English table must give exactly the `expected`, `found` and `message` that
// problems have always had: tests and conformance reports compare them.

/** Type names zod reports that the kit names in plain language. */
type TypeName = "string" | "number" | "int" | "boolean" | "object" | "array" | "null";
/** Formats the kit names in plain language; others are named by their zod name. */
type KnownFormat = "datetime" | "date" | "email";
/** What a minimum or maximum counts. */
type SizeOrigin = "array" | "string" | "number";
/** The custom messages of the kit's own schemas (regex messages and refinements). */
type SchemaRule =
  | "an id of letters, digits, '.', '_', ':' or '-' (no spaces), at most 128 characters"
  | "a life-domain code in kebab-case"
  | "scale.min must be below scale.max"
  | "each item id must appear once"
  | "each domain code must appear once"
  | "minAge must be at most maxAge"
  | "min must be at most max"
  | "each group id must appear once"
  | "trajectoryLengthMonths must lie within fidelity.trajectoryLengthMonths";

interface ProblemWording {
  readonly where: (line: number | undefined, path: string) => string;
  readonly sentence: (where: string, expected: string, found: string) => string;
  // What was expected
  readonly types: Readonly<Record<TypeName, string>>;
  readonly either: (names: readonly string[]) => string;
  readonly oneOf: (shown: readonly string[]) => string;
  readonly formats: Readonly<Record<KnownFormat, string>>;
  readonly otherFormat: (format: string) => string;
  readonly pattern: (pattern: string) => string;
  readonly atLeast: (origin: SizeOrigin, n: number) => string;
  readonly atMost: (origin: SizeOrigin, n: number) => string;
  readonly anyShape: string;
  readonly knownKey: string;
  readonly noSuchField: string;
  readonly jsonLine: string;
  readonly jsonDocument: string;
  readonly lifeDomain: (codes: readonly string[]) => string;
  readonly unusedId: (
    id: "event" | "trajectory",
    earlier: { readonly line?: number; readonly file?: string },
  ) => string;
  readonly inTimeOrder: (latestAt: string, latestLine: number) => string;
  readonly plausibleTime: (from: string, until: string) => string;
  readonly notInFuture: (latest: string, toleranceDays: number) => string;
  readonly correctableEvent: (
    because: "unknown" | "elsewhere" | "voided" | "correction",
    where: string | undefined,
  ) => string;
  readonly correctableGroupEvent: (
    because: "unknown" | "elsewhere" | "voided" | "correction",
    where: string | undefined,
  ) => string;
  readonly at: (line: number | undefined, file: string | undefined) => string | undefined;
  readonly rules: Readonly<Record<SchemaRule, string>>;
  // What was found
  readonly missing: string;
  readonly null: string;
  readonly list: (length: number) => string;
  readonly object: string;
  readonly privateText: (length: number) => string;
  readonly notAnId: (length: number) => string;
  readonly value: (type: string, text: string) => string;
  readonly unexpectedField: string;
  readonly invalidJson: (character: number | undefined) => string;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

const en: ProblemWording = {
  where: (line, path) => `${line === undefined ? "" : `line ${line}, `}${path}`,
  sentence: (where, expected, found) => `${where}: expected ${expected}, found ${found}.`,
  types: {
    string: "a text",
    number: "a number",
    int: "a whole number",
    boolean: "true or false",
    object: "an object",
    array: "a list",
    null: "null",
  },
  either: (names) => names.join(" or "),
  oneOf: (shown) => `one of ${shown.join(", ")}`,
  formats: {
    datetime: "a date-time with offset, e.g. 2025-09-15T10:00:00+02:00",
    date: "a date as YYYY-MM-DD",
    email: "an e-mail address",
  },
  otherFormat: (format) => `the ${format} format`,
  pattern: (pattern) => `text matching ${pattern}`,
  atLeast: (origin, n) =>
    origin === "array"
      ? `at least ${n} ${plural(n, "item", "items")}`
      : origin === "string"
        ? `at least ${n} ${plural(n, "character", "characters")}`
        : `a number of at least ${n}`,
  // Historical wording: no singular for maxima (tests and reports compare the text).
  atMost: (origin, n) =>
    origin === "array"
      ? `at most ${n} items`
      : origin === "string"
        ? `at most ${n} characters`
        : `a number of at most ${n}`,
  anyShape: "one of the allowed shapes",
  knownKey: "a known key",
  noSuchField: "no such field here",
  jsonLine: "one JSON object on the line",
  jsonDocument: "one JSON document",
  lifeDomain: (codes) => `a life domain of the project (${codes.join(", ")})`,
  unusedId: (id, { line, file }) =>
    `${id === "event" ? "an event id" : "a trajectory id"} not used before (already ${
      file === undefined
        ? `on line ${line}`
        : `in ${file}${line === undefined ? "" : `, line ${line}`}`
    })`,
  inTimeOrder: (latestAt, line) =>
    `a time no earlier than ${latestAt}, the time of an event before it (line ${line})`,
  plausibleTime: (from, until) => `a date from ${from} and before ${until}`,
  notInFuture: (latest, days) =>
    `a date no later than ${latest} (now plus the project's tolerance of ${days} ${plural(days, "day", "days")})`,
  correctableEvent: (because, where) =>
    ({
      unknown: "the id of an event of the same trajectory (no event of the export has this id)",
      elsewhere: `the id of an event of the same trajectory (this one is another trajectory's or a group's${where === undefined ? "" : `, ${where}`})`,
      voided: `the id of an event that is not voided (it was voided${where === undefined ? "" : `, ${where}`})`,
      correction: "the id of an event that is not itself a correction or a void",
    })[because],
  correctableGroupEvent: (because, where) =>
    ({
      unknown: "the id of an event of the same group's log (no event of the export has this id)",
      elsewhere: `the id of an event of the same group's log (this one is another group's or a trajectory's${where === undefined ? "" : `, ${where}`})`,
      voided: `the id of an event that is not voided (it was voided${where === undefined ? "" : `, ${where}`})`,
      correction: "the id of an event that is not itself a correction or a void",
    })[because],
  at: (line, file) =>
    line === undefined && file === undefined
      ? undefined
      : [
          file === undefined ? undefined : `in ${file}`,
          line === undefined ? undefined : `line ${line}`,
        ]
          .filter((part) => part !== undefined)
          .join(", "),
  rules: {
    "an id of letters, digits, '.', '_', ':' or '-' (no spaces), at most 128 characters":
      "an id of letters, digits, '.', '_', ':' or '-' (no spaces), at most 128 characters",
    "a life-domain code in kebab-case": "a life-domain code in kebab-case",
    "scale.min must be below scale.max": "scale.min must be below scale.max",
    "each item id must appear once": "each item id must appear once",
    "each domain code must appear once": "each domain code must appear once",
    "minAge must be at most maxAge": "minAge must be at most maxAge",
    "min must be at most max": "min must be at most max",
    "each group id must appear once": "each group id must appear once",
    "trajectoryLengthMonths must lie within fidelity.trajectoryLengthMonths":
      "trajectoryLengthMonths must lie within fidelity.trajectoryLengthMonths",
  },
  missing: "nothing (the field is missing)",
  null: "null",
  list: (n) => `a list of ${n}`,
  object: "an object",
  privateText: (n) => `a text of ${n} characters`,
  notAnId: (n) => `a text of ${n} characters that is not an id (not repeated: it may be a name)`,
  value: (type, text) => `${type} ${text}`,
  unexpectedField: "an unexpected field",
  invalidJson: (character) =>
    `text that is not valid JSON${character === undefined ? "" : ` (near character ${character})`}`,
};

const nl: ProblemWording = {
  where: (line, path) => `${line === undefined ? "" : `regel ${line}, `}${path}`,
  sentence: (where, expected, found) => `${where}: verwacht ${expected}; gevonden ${found}.`,
  types: {
    string: "een tekst",
    number: "een getal",
    int: "een geheel getal",
    boolean: "true of false",
    object: "een object",
    array: "een lijst",
    null: "null",
  },
  either: (names) => names.join(" of "),
  oneOf: (shown) => `één van ${shown.join(", ")}`,
  formats: {
    datetime: "een datum en tijd met tijdzone, bv. 2025-09-15T10:00:00+02:00",
    date: "een datum als JJJJ-MM-DD",
    email: "een e-mailadres",
  },
  otherFormat: (format) => `het formaat ${format}`,
  pattern: (pattern) => `tekst volgens het patroon ${pattern}`,
  atLeast: (origin, n) =>
    origin === "array"
      ? `minstens ${n} ${plural(n, "element", "elementen")}`
      : origin === "string"
        ? `minstens ${n} ${plural(n, "teken", "tekens")}`
        : `een getal van minstens ${n}`,
  atMost: (origin, n) =>
    origin === "array"
      ? `hoogstens ${n} ${plural(n, "element", "elementen")}`
      : origin === "string"
        ? `hoogstens ${n} ${plural(n, "teken", "tekens")}`
        : `een getal van hoogstens ${n}`,
  anyShape: "een van de toegelaten vormen",
  knownKey: "een bekende sleutel",
  noSuchField: "geen veld met deze naam op deze plaats",
  jsonLine: "één JSON-object op de regel",
  jsonDocument: "één JSON-document",
  lifeDomain: (codes) => `een levensdomein van het project (${codes.join(", ")})`,
  unusedId: (id, { line, file }) =>
    `${id === "event" ? "een gebeurtenis-id" : "een traject-id"} dat nog niet gebruikt is (al gebruikt ${
      file === undefined
        ? `op regel ${line}`
        : `in ${file}${line === undefined ? "" : `, regel ${line}`}`
    })`,
  inTimeOrder: (latestAt, line) =>
    `een tijdstip niet vroeger dan ${latestAt}, het tijdstip van een eerdere gebeurtenis (regel ${line})`,
  plausibleTime: (from, until) => `een datum vanaf ${from} en vóór ${until}`,
  notInFuture: (latest, days) =>
    `een datum niet later dan ${latest} (nu plus de marge van het project van ${days} ${plural(days, "dag", "dagen")})`,
  correctableEvent: (because, where) =>
    ({
      unknown:
        "het id van een gebeurtenis van hetzelfde traject (geen gebeurtenis van de export heeft dit id)",
      elsewhere: `het id van een gebeurtenis van hetzelfde traject (deze hoort bij een ander traject of bij een groep${where === undefined ? "" : `, ${where}`})`,
      voided: `het id van een gebeurtenis die niet geschrapt is (ze werd al geschrapt${where === undefined ? "" : `, ${where}`})`,
      correction: "het id van een gebeurtenis die zelf geen correctie of schrapping is",
    })[because],
  correctableGroupEvent: (because, where) =>
    ({
      unknown:
        "het id van een gebeurtenis uit het logboek van dezelfde groep (geen gebeurtenis van de export heeft dit id)",
      elsewhere: `het id van een gebeurtenis uit het logboek van dezelfde groep (deze hoort bij een andere groep of bij een traject${where === undefined ? "" : `, ${where}`})`,
      voided: `het id van een gebeurtenis die niet geschrapt is (ze werd al geschrapt${where === undefined ? "" : `, ${where}`})`,
      correction: "het id van een gebeurtenis die zelf geen correctie of schrapping is",
    })[because],
  at: (line, file) =>
    line === undefined && file === undefined
      ? undefined
      : [
          file === undefined ? undefined : `in ${file}`,
          line === undefined ? undefined : `regel ${line}`,
        ]
          .filter((part) => part !== undefined)
          .join(", "),
  rules: {
    "an id of letters, digits, '.', '_', ':' or '-' (no spaces), at most 128 characters":
      "een id van letters, cijfers, '.', '_', ':' of '-' (geen spaties), hoogstens 128 tekens",
    "a life-domain code in kebab-case":
      "de code van een levensdomein, in kleine letters met koppeltekens",
    "scale.min must be below scale.max": "scale.min moet kleiner zijn dan scale.max",
    "each item id must appear once": "elk item-id mag maar één keer voorkomen",
    "each domain code must appear once": "elke domeincode mag maar één keer voorkomen",
    "minAge must be at most maxAge": "minAge mag niet groter zijn dan maxAge",
    "min must be at most max": "min mag niet groter zijn dan max",
    "each group id must appear once": "elk groeps-id mag maar één keer voorkomen",
    "trajectoryLengthMonths must lie within fidelity.trajectoryLengthMonths":
      "trajectoryLengthMonths moet binnen fidelity.trajectoryLengthMonths liggen",
  },
  missing: "niets (het veld ontbreekt)",
  null: "null",
  list: (n) => `een lijst van ${n}`,
  object: "een object",
  privateText: (n) => `een tekst van ${n} ${plural(n, "teken", "tekens")}`,
  notAnId: (n) =>
    `een tekst van ${n} ${plural(n, "teken", "tekens")} die geen id is (niet herhaald: het kan een naam zijn)`,
  value: (type, text) =>
    type === "number"
      ? `het getal ${text}`
      : type === "boolean"
        ? `de waarde ${text}`
        : `${type} ${text}`,
  unexpectedField: "een veld dat hier niet hoort",
  invalidJson: (character) =>
    `tekst die geen geldige JSON is${character === undefined ? "" : ` (bij teken ${character})`}`,
};

const fr: ProblemWording = {
  where: (line, path) => `${line === undefined ? "" : `ligne ${line}, `}${path}`,
  sentence: (where, expected, found) => `${where} : attendu ${expected} ; trouvé ${found}.`,
  types: {
    string: "un texte",
    number: "un nombre",
    int: "un nombre entier",
    boolean: "true ou false",
    object: "un objet",
    array: "une liste",
    null: "null",
  },
  either: (names) => names.join(" ou "),
  oneOf: (shown) => `l'une des valeurs ${shown.join(", ")}`,
  formats: {
    datetime: "une date et une heure avec fuseau horaire, p. ex. 2025-09-15T10:00:00+02:00",
    date: "une date au format AAAA-MM-JJ",
    email: "une adresse e-mail",
  },
  otherFormat: (format) => `le format ${format}`,
  pattern: (pattern) => `un texte conforme au motif ${pattern}`,
  atLeast: (origin, n) =>
    origin === "array"
      ? `au moins ${n} ${plural(n, "élément", "éléments")}`
      : origin === "string"
        ? `au moins ${n} ${plural(n, "caractère", "caractères")}`
        : `un nombre d'au moins ${n}`,
  atMost: (origin, n) =>
    origin === "array"
      ? `au plus ${n} ${plural(n, "élément", "éléments")}`
      : origin === "string"
        ? `au plus ${n} ${plural(n, "caractère", "caractères")}`
        : `un nombre d'au plus ${n}`,
  anyShape: "l'une des formes autorisées",
  knownKey: "une clé connue",
  noSuchField: "aucun champ de ce nom à cet endroit",
  jsonLine: "un seul objet JSON sur la ligne",
  jsonDocument: "un seul document JSON",
  lifeDomain: (codes) => `un domaine de vie du projet (${codes.join(", ")})`,
  unusedId: (id, { line, file }) =>
    `${id === "event" ? "un identifiant d'événement" : "un identifiant de trajet"} pas encore utilisé (déjà utilisé ${
      file === undefined
        ? `à la ligne ${line}`
        : `dans ${file}${line === undefined ? "" : `, ligne ${line}`}`
    })`,
  inTimeOrder: (latestAt, line) =>
    `un moment qui n'est pas antérieur à ${latestAt}, le moment d'un événement précédent (ligne ${line})`,
  plausibleTime: (from, until) => `une date à partir du ${from} et avant le ${until}`,
  notInFuture: (latest, days) =>
    `une date qui ne dépasse pas ${latest} (maintenant plus la marge du projet de ${days} ${plural(days, "jour", "jours")})`,
  correctableEvent: (because, where) =>
    ({
      unknown:
        "l'identifiant d'un événement du même trajet (aucun événement de l'export n'a cet identifiant)",
      elsewhere: `l'identifiant d'un événement du même trajet (celui-ci appartient à un autre trajet ou à un groupe${where === undefined ? "" : `, ${where}`})`,
      voided: `l'identifiant d'un événement qui n'est pas annulé (il a déjà été annulé${where === undefined ? "" : `, ${where}`})`,
      correction:
        "l'identifiant d'un événement qui n'est pas lui-même une correction ou une annulation",
    })[because],
  correctableGroupEvent: (because, where) =>
    ({
      unknown:
        "l'identifiant d'un événement du journal du même groupe (aucun événement de l'export n'a cet identifiant)",
      elsewhere: `l'identifiant d'un événement du journal du même groupe (celui-ci appartient à un autre groupe ou à un trajet${where === undefined ? "" : `, ${where}`})`,
      voided: `l'identifiant d'un événement qui n'est pas annulé (il a déjà été annulé${where === undefined ? "" : `, ${where}`})`,
      correction:
        "l'identifiant d'un événement qui n'est pas lui-même une correction ou une annulation",
    })[because],
  at: (line, file) =>
    line === undefined && file === undefined
      ? undefined
      : [
          file === undefined ? undefined : `dans ${file}`,
          line === undefined ? undefined : `ligne ${line}`,
        ]
          .filter((part) => part !== undefined)
          .join(", "),
  rules: {
    "an id of letters, digits, '.', '_', ':' or '-' (no spaces), at most 128 characters":
      "un identifiant fait de lettres, de chiffres, '.', '_', ':' ou '-' (sans espaces), de 128 caractères au plus",
    "a life-domain code in kebab-case":
      "le code d'un domaine de vie, en minuscules avec des traits d'union",
    "scale.min must be below scale.max": "scale.min doit être inférieur à scale.max",
    "each item id must appear once": "chaque identifiant d'item ne doit apparaître qu'une fois",
    "each domain code must appear once": "chaque code de domaine ne doit apparaître qu'une fois",
    "minAge must be at most maxAge": "minAge ne doit pas dépasser maxAge",
    "min must be at most max": "min ne doit pas dépasser max",
    "each group id must appear once": "chaque identifiant de groupe ne doit apparaître qu'une fois",
    "trajectoryLengthMonths must lie within fidelity.trajectoryLengthMonths":
      "trajectoryLengthMonths doit se situer dans fidelity.trajectoryLengthMonths",
  },
  missing: "rien (le champ manque)",
  null: "null",
  list: (n) => `une liste de ${n}`,
  object: "un objet",
  privateText: (n) => `un texte de ${n} ${plural(n, "caractère", "caractères")}`,
  notAnId: (n) =>
    `un texte de ${n} ${plural(n, "caractère", "caractères")} qui n'est pas un identifiant (non répété : il peut s'agir d'un nom)`,
  value: (type, text) =>
    type === "number"
      ? `le nombre ${text}`
      : type === "boolean"
        ? `la valeur ${text}`
        : `${type} ${text}`,
  unexpectedField: "un champ inattendu",
  invalidJson: (character) =>
    `un texte qui n'est pas du JSON valide${character === undefined ? "" : ` (vers le caractère ${character})`}`,
};

const de: ProblemWording = {
  where: (line, path) => `${line === undefined ? "" : `Zeile ${line}, `}${path}`,
  sentence: (where, expected, found) => `${where}: erwartet ${expected}; gefunden ${found}.`,
  types: {
    string: "ein Text",
    number: "eine Zahl",
    int: "eine ganze Zahl",
    boolean: "true oder false",
    object: "ein Objekt",
    array: "eine Liste",
    null: "null",
  },
  either: (names) => names.join(" oder "),
  oneOf: (shown) => `einer der Werte ${shown.join(", ")}`,
  formats: {
    datetime: "ein Datum mit Uhrzeit und Zeitzone, z. B. 2025-09-15T10:00:00+02:00",
    date: "ein Datum als JJJJ-MM-TT",
    email: "eine E-Mail-Adresse",
  },
  otherFormat: (format) => `das Format ${format}`,
  pattern: (pattern) => `ein Text nach dem Muster ${pattern}`,
  atLeast: (origin, n) =>
    origin === "array"
      ? `mindestens ${n} ${plural(n, "Eintrag", "Einträge")}`
      : origin === "string"
        ? `mindestens ${n} Zeichen`
        : `eine Zahl von mindestens ${n}`,
  atMost: (origin, n) =>
    origin === "array"
      ? `höchstens ${n} ${plural(n, "Eintrag", "Einträge")}`
      : origin === "string"
        ? `höchstens ${n} Zeichen`
        : `eine Zahl von höchstens ${n}`,
  anyShape: "eine der erlaubten Formen",
  knownKey: "ein bekannter Schlüssel",
  noSuchField: "kein solches Feld an dieser Stelle",
  jsonLine: "ein einziges JSON-Objekt auf der Zeile",
  jsonDocument: "ein einziges JSON-Dokument",
  lifeDomain: (codes) => `ein Lebensbereich des Projekts (${codes.join(", ")})`,
  unusedId: (id, { line, file }) =>
    `eine noch nicht verwendete ${id === "event" ? "Ereignis-ID" : "Trajekt-ID"} (schon verwendet ${
      file === undefined
        ? `in Zeile ${line}`
        : `in ${file}${line === undefined ? "" : `, Zeile ${line}`}`
    })`,
  inTimeOrder: (latestAt, line) =>
    `ein Zeitpunkt nicht vor ${latestAt}, dem Zeitpunkt eines früheren Ereignisses (Zeile ${line})`,
  plausibleTime: (from, until) => `ein Datum ab dem ${from} und vor dem ${until}`,
  notInFuture: (latest, days) =>
    `ein Datum nicht nach ${latest} (jetzt plus die Toleranz des Projekts von ${days} ${plural(days, "Tag", "Tagen")})`,
  correctableEvent: (because, where) =>
    ({
      unknown:
        "die ID eines Ereignisses desselben Trajekts (kein Ereignis des Exports hat diese ID)",
      elsewhere: `die ID eines Ereignisses desselben Trajekts (diese gehört zu einem anderen Trajekt oder einer Gruppe${where === undefined ? "" : `, ${where}`})`,
      voided: `die ID eines nicht gestrichenen Ereignisses (es wurde schon gestrichen${where === undefined ? "" : `, ${where}`})`,
      correction: "die ID eines Ereignisses, das selbst keine Korrektur oder Streichung ist",
    })[because],
  correctableGroupEvent: (because, where) =>
    ({
      unknown:
        "die ID eines Ereignisses aus dem Protokoll derselben Gruppe (kein Ereignis des Exports hat diese ID)",
      elsewhere: `die ID eines Ereignisses aus dem Protokoll derselben Gruppe (diese gehört zu einer anderen Gruppe oder einem Trajekt${where === undefined ? "" : `, ${where}`})`,
      voided: `die ID eines nicht gestrichenen Ereignisses (es wurde schon gestrichen${where === undefined ? "" : `, ${where}`})`,
      correction: "die ID eines Ereignisses, das selbst keine Korrektur oder Streichung ist",
    })[because],
  at: (line, file) =>
    line === undefined && file === undefined
      ? undefined
      : [
          file === undefined ? undefined : `in ${file}`,
          line === undefined ? undefined : `Zeile ${line}`,
        ]
          .filter((part) => part !== undefined)
          .join(", "),
  rules: {
    "an id of letters, digits, '.', '_', ':' or '-' (no spaces), at most 128 characters":
      "eine ID aus Buchstaben, Ziffern, '.', '_', ':' oder '-' (ohne Leerzeichen), höchstens 128 Zeichen",
    "a life-domain code in kebab-case":
      "der Code eines Lebensbereichs, in Kleinbuchstaben mit Bindestrichen",
    "scale.min must be below scale.max": "scale.min muss kleiner als scale.max sein",
    "each item id must appear once": "jede Item-ID darf nur einmal vorkommen",
    "each domain code must appear once": "jeder Bereichscode darf nur einmal vorkommen",
    "minAge must be at most maxAge": "minAge darf nicht größer als maxAge sein",
    "min must be at most max": "min darf nicht größer als max sein",
    "each group id must appear once": "jede Gruppen-ID darf nur einmal vorkommen",
    "trajectoryLengthMonths must lie within fidelity.trajectoryLengthMonths":
      "trajectoryLengthMonths muss innerhalb von fidelity.trajectoryLengthMonths liegen",
  },
  missing: "nichts (das Feld fehlt)",
  null: "null",
  list: (n) => `eine Liste mit ${n} ${plural(n, "Eintrag", "Einträgen")}`,
  object: "ein Objekt",
  privateText: (n) => `ein Text mit ${n} Zeichen`,
  notAnId: (n) =>
    `ein Text mit ${n} Zeichen, der keine ID ist (nicht wiederholt: es kann ein Name sein)`,
  value: (type, text) =>
    type === "number"
      ? `die Zahl ${text}`
      : type === "boolean"
        ? `der Wert ${text}`
        : `${type} ${text}`,
  unexpectedField: "ein unerwartetes Feld",
  invalidJson: (character) =>
    `ein Text, der kein gültiges JSON ist${character === undefined ? "" : ` (bei Zeichen ${character})`}`,
};

const WORDINGS: Readonly<Record<Language, ProblemWording>> = { nl, fr, de, en };

const wordingOf = (language: Language): ProblemWording => WORDINGS[language] ?? en;

/** @internal Says what was expected, in the given language. Pure. */
export function describeExpectation(expected: ProblemExpectation, language: Language): string {
  const w = wordingOf(language);
  switch (expected.kind) {
    case "type":
      return w.either(
        expected.types.map((type) => (type in w.types ? w.types[type as TypeName] : type)),
      );
    case "one-of": {
      const shown = expected.values.map((value) => JSON.stringify(value));
      return shown.length === 1 ? shown[0]! : w.oneOf(shown);
    }
    case "format":
      return expected.format in w.formats
        ? w.formats[expected.format as KnownFormat]
        : w.otherFormat(expected.format);
    case "pattern":
      return w.pattern(expected.pattern);
    case "min":
      return w.atLeast(expected.origin, expected.minimum);
    case "max":
      return w.atMost(expected.origin, expected.maximum);
    case "any-shape":
      return w.anyShape;
    case "known-key":
      return w.knownKey;
    case "no-such-field":
      return w.noSuchField;
    case "json-line":
      return w.jsonLine;
    case "json-document":
      return w.jsonDocument;
    case "life-domain":
      return w.lifeDomain(expected.domains);
    case "unused-id":
      return w.unusedId(expected.id, {
        ...(expected.firstLine === undefined ? {} : { line: expected.firstLine }),
        ...(expected.firstFile === undefined ? {} : { file: expected.firstFile }),
      });
    case "in-time-order":
      return w.inTimeOrder(expected.latestAt, expected.latestLine);
    case "plausible-time":
      return w.plausibleTime(expected.from, expected.until);
    case "not-in-future":
      return w.notInFuture(expected.latest, expected.toleranceDays);
    case "correctable-event":
      return w.correctableEvent(expected.because, w.at(expected.line, expected.file));
    case "correctable-group-event":
      return w.correctableGroupEvent(expected.because, w.at(expected.line, expected.file));
    case "rule":
      return Object.hasOwn(w.rules, expected.text)
        ? w.rules[expected.text as SchemaRule]
        : expected.text;
    case "phrase":
      return expected.text;
  }
}

/** @internal Says what was found, in the given language. Pure. */
export function describeFinding(found: ProblemFinding, language: Language): string {
  const w = wordingOf(language);
  switch (found.kind) {
    case "missing":
      return w.missing;
    case "null":
      return w.null;
    case "list":
      return w.list(found.length);
    case "object":
      return w.object;
    case "private-text":
      return w.privateText(found.length);
    case "not-an-id":
      return w.notAnId(found.length);
    case "string":
      return JSON.stringify(found.value);
    case "value":
      return w.value(found.type, found.text);
    case "unexpected-field":
      return w.unexpectedField;
    case "invalid-json":
      return w.invalidJson(found.character);
    case "phrase":
      return found.text;
  }
}

/**
 * Writes a {@link Problem} as one sentence in the given language: where (line, JSON
 * path), what was expected and what was found. Pure. `problemMessage(problem, "en")` is
 * `problem.message`; like it, the sentence never repeats the value of a personal or
 * free-text field. Wording given by a program as plain English text (a `phrase`) stays
 * in English.
 *
 * @example
 * ```ts
 * const { problems } = parseEventLog(text);
 * for (const problem of problems) console.error(problemMessage(problem, "nl"));
 * // regel 12, $.data.mode: verwacht één van "home", "office", "phone", "online", "escort"; gevonden "visit".
 * ```
 */
export function problemMessage(
  problem: Pick<Problem, "line" | "path" | "detail">,
  language: Language,
): string {
  const w = wordingOf(language);
  return w.sentence(
    w.where(problem.line, problem.path),
    describeExpectation(problem.detail.expected, language),
    describeFinding(problem.detail.found, language),
  );
}

/**
 * The problem with its `expected`, `found` and `message` worded in the given language
 * (code, line, path and detail unchanged): what a program shows a person who reads NL, FR
 * or DE, e.g. `miriam validate --json --lang nl`. Pure; `"en"` gives the problem's own texts.
 *
 * @example
 * ```ts
 * const dutch = problemInLanguage(problem, "nl");
 * dutch.expected; // "een datum als JJJJ-MM-DD"
 * ```
 */
export function problemInLanguage<P extends Problem>(problem: P, language: Language): P {
  return {
    ...problem,
    expected: describeExpectation(problem.detail.expected, language),
    found: describeFinding(problem.detail.found, language),
    message: problemMessage(problem, language),
  };
}
