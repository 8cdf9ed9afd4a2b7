import type { Labels, Language } from "@miriam/schemas";

// Texts that the scaffold writes into a project's files (calendars, the rights
// catalogue). Documents and their texts come from @miriam/documents; the CLI itself
// speaks English, the language of the tool's users (developers and coordinators alike
// read its short messages), while everything it writes for the project is translated.

const l = (nl: string, fr: string, de: string, en: string): Labels => ({ nl, fr, de, en });

export const messages = {
  sessionSummary: l(
    "MIRIAM groepssessie {n}/{total} · {group}",
    "MIRIAM séance de groupe {n}/{total} · {group}",
    "MIRIAM Gruppensitzung {n}/{total} · {group}",
    "MIRIAM group session {n}/{total} · {group}",
  ),
  sessionDescription: l(
    "Collectief luik van MIRIAM: de vrouwen beslissen mee over de inhoud. Noteer de aanwezigheden in events/group-{group}.jsonl (group-session.held) of op de aanwezigheidslijst.",
    "Accompagnement collectif MIRIAM : les femmes décident ensemble du contenu. Notez les présences dans events/group-{group}.jsonl (group-session.held) ou sur la liste de présences.",
    "Kollektive Begleitung von MIRIAM: die Frauen entscheiden über die Inhalte mit. Tragen Sie die Anwesenheit in events/group-{group}.jsonl (group-session.held) oder in die Anwesenheitsliste ein.",
    "MIRIAM collective track: the women co-decide the content. Record attendance in events/group-{group}.jsonl (group-session.held) or on the attendance register.",
  ),
  calendarName: l(
    "MIRIAM groepssessies · {group}",
    "MIRIAM séances de groupe · {group}",
    "MIRIAM Gruppensitzungen · {group}",
    "MIRIAM group sessions · {group}",
  ),
  groupLine: l(
    "eerste sessie op {start}, {sessions}, om de {cadence}",
    "première séance le {start}, {sessions}, tous les {cadence}",
    "erste Sitzung am {start}, {sessions}, alle {cadence}",
    "first session on {start}, {sessions}, every {cadence}",
  ),
  rightsTitle: l(
    "Rechtencatalogus · {region}",
    "Catalogue des droits · {region}",
    "Rechtekatalog · {region}",
    "Rights catalogue · {region}",
  ),
  rightsIntro: l(
    "Het leefloon is een laatste vangnet: deze rechten komen eerst. Overloop ze met elke deelneemster bij de rechtencheck en noteer de stand met right.updated.",
    "Le revenu d'intégration est un dernier filet : ces droits passent d'abord. Parcourez-les avec chaque participante lors du bilan des droits et notez leur état avec right.updated.",
    "Das Eingliederungseinkommen ist das letzte Netz: diese Ansprüche kommen zuerst. Gehen Sie sie mit jeder Teilnehmerin bei der Anspruchsprüfung durch und halten Sie den Stand mit right.updated fest.",
    "The living wage is a last resort: these rights come first. Go through them with every participant in the rights check and record their status with right.updated.",
  ),
  rightColumn: l("Recht", "Droit", "Anspruch", "Right"),
  codeColumn: l("Code", "Code", "Code", "Code"),
  providerColumn: l("Bij wie", "Auprès de", "Zuständig", "Handled by"),
  providerLocal: l(
    "federale of lokale dienst",
    "service fédéral ou local",
    "föderaler oder lokaler Dienst",
    "federal or local service",
  ),
} as const satisfies Record<string, Labels>;

type Forms = Readonly<Record<Language, { readonly one: string; readonly other: string }>>;

// Counts, with the form Intl.PluralRules picks in each language (never `n === 1 ? …`).
const counts = {
  sessions: {
    nl: { one: "{n} sessie", other: "{n} sessies" },
    fr: { one: "{n} séance", other: "{n} séances" },
    de: { one: "{n} Sitzung", other: "{n} Sitzungen" },
    en: { one: "{n} session", other: "{n} sessions" },
  },
  days: {
    nl: { one: "{n} dag", other: "{n} dagen" },
    fr: { one: "{n} jour", other: "{n} jours" },
    de: { one: "{n} Tag", other: "{n} Tage" },
    en: { one: "{n} day", other: "{n} days" },
  },
  entries: {
    nl: { one: "{n} item", other: "{n} items" },
    fr: { one: "{n} élément", other: "{n} éléments" },
    de: { one: "{n} Eintrag", other: "{n} Einträge" },
    en: { one: "{n} entry", other: "{n} entries" },
  },
} as const satisfies Record<string, Forms>;

/** `n` and its noun in a language, in the reader's Belgian locale (`1.234 sessies`). Pure. */
export function counted(key: keyof typeof counts, language: Language, n: number): string {
  const locale = `${language}-BE`;
  const forms = counts[key][language];
  return (new Intl.PluralRules(locale).select(n) === "one" ? forms.one : forms.other).replace(
    "{n}",
    new Intl.NumberFormat(locale).format(n),
  );
}

/** A calendar date (`YYYY-MM-DD`) in words, as the reader's Belgian locale writes it. Pure. */
export function longDate(date: string, language: Language): string {
  return new Intl.DateTimeFormat(`${language}-BE`, {
    dateStyle: "long",
    timeZone: "Europe/Brussels",
  }).format(new Date(`${date}T12:00:00+01:00`));
}

/** A message in a language with its `{name}` placeholders filled in. Pure. */
export function message(
  key: keyof typeof messages,
  language: Language,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return messages[key][language].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
