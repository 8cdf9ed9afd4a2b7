import {
  type Helpline,
  helplineDirectory,
  helplines,
  LANGUAGES,
  type Language,
  regions,
  rights,
  rightsCatalogue,
  type Vocabulary,
  vocabularies,
} from "@miriam/schemas";
import { anchorOf, code, heading, page, table, text } from "./_markdown";

/** The site's locales that have a method section (and so a glossary). */
export type SiteLocale = "en" | "nl" | "fr";

const LANGUAGE_NAMES = { nl: "NL", fr: "FR", de: "DE", en: "EN" } as const satisfies Record<
  Language,
  string
>;

/** Event types are the data format's words, not the method's: the glossary leaves them out. */
const TECHNICAL_VOCABULARIES = new Set(["trajectory-event-type", "group-event-type"]);

/** `| code | NL | FR | DE | EN |` for one vocabulary, in its canonical order. */
export function vocabularyTable(vocabulary: Vocabulary): string {
  const headers = ["code", ...LANGUAGES.map((language) => LANGUAGE_NAMES[language])];
  const rows = vocabulary.terms.map((term) => [
    code(term.code),
    ...LANGUAGES.map((language) =>
      term.description === undefined
        ? text(term.labels[language])
        : `${text(term.labels[language])}<br><small>${text(term.description[language])}</small>`,
    ),
  ]);
  return table(headers, rows);
}

/** A snippet (included by written pages) with one vocabulary's table. */
export function vocabularySnippet(vocabulary: Vocabulary): string {
  return page({
    source: `the vocabulary \`${vocabulary.id}\` of @miriam/schemas`,
    body: [vocabularyTable(vocabulary)],
  });
}

/** The reference page with every vocabulary of the kit. */
export function vocabulariesPage(): string {
  const sections = vocabularies.flatMap((vocabulary) => [
    heading(2, vocabulary.title.en, anchorOf(vocabulary.id)),
    `${code(vocabulary.id)} · ${LANGUAGES.map(
      (language) => `${LANGUAGE_NAMES[language]} *${text(vocabulary.title[language])}*`,
    ).join(" · ")} · ${vocabulary.terms.length} terms`,
    vocabularyTable(vocabulary as Vocabulary),
  ]);
  return page({
    source: "the vocabularies of @miriam/schemas",
    body: [
      "# Vocabularies",
      "Every closed list of the method, with its stable code and its labels in Dutch, French, German and English. Data always carries the **code**; people always read a **label**. A project may replace the default set of life domains with its own (see [project settings](./schemas/project-settings.md)); every other list is fixed by the interchange format.",
      `The kit has ${vocabularies.length} vocabularies: ${vocabularies
        .map((vocabulary) => `[${text(vocabulary.title.en)}](#${anchorOf(vocabulary.id)})`)
        .join(", ")}.`,
      ...sections,
    ],
  });
}

interface GlossaryEntry {
  readonly labels: Readonly<Record<Language, string>>;
  readonly categories: string[];
}

const GLOSSARY_TEXT = {
  en: {
    title: "Glossary",
    intro:
      "The method's words in Dutch, French, German and English, sorted by the English term. The list is generated from the kit's vocabularies: the same words appear in the data, the documents and the software. The code in the last column is what data files carry.",
    category: "list",
    source: "official page",
    sources:
      "The names of rights, benefits and helplines are the official ones of the federal and regional administrations; the last column links the pages they were checked against (the dates are in the [rights catalogue](./rights.md)).",
    reference:
      "All lists in their canonical order, with their codes: [vocabularies](../reference/vocabularies.md).",
  },
  nl: {
    title: "Woordenlijst",
    intro:
      "De woorden van de methode in het Nederlands, Frans, Duits en Engels, gesorteerd op de Nederlandse term. De lijst wordt gegenereerd uit de vocabularia van de kit: dezelfde woorden staan in de gegevens, de documenten en de software. De code in de laatste kolom is wat databestanden bevatten.",
    category: "lijst",
    source: "officiële pagina",
    sources:
      "De namen van rechten, uitkeringen en hulplijnen zijn de officiële namen van de federale en regionale overheden; de laatste kolom linkt naar de pagina's waaraan ze getoetst zijn (de data staan in de [rechtencatalogus](./rights.md)).",
    reference:
      "Alle lijsten in hun vaste volgorde, met hun codes (in het Engels): [vocabularies](../../reference/vocabularies.md).",
  },
  fr: {
    title: "Glossaire",
    intro:
      "Les mots de la méthode en néerlandais, français, allemand et anglais, triés selon le terme français. La liste est générée à partir des vocabulaires du kit : les mêmes mots figurent dans les données, les documents et les logiciels. Le code de la dernière colonne est ce que contiennent les fichiers de données.",
    category: "liste",
    source: "page officielle",
    sources:
      "Les noms des droits, prestations et lignes d'aide sont les noms officiels des administrations fédérales et régionales ; la dernière colonne renvoie aux pages consultées pour les vérifier (les dates figurent dans le [catalogue des droits](./rights.md)).",
    reference:
      "Toutes les listes dans leur ordre de référence, avec leurs codes (en anglais) : [vocabularies](../../reference/vocabularies.md).",
  },
} as const satisfies Record<SiteLocale, Record<string, string>>;

/** An official page a legal or benefit name was checked against. */
interface OfficialSource {
  readonly url: string;
  readonly checkedOn: string;
}

/**
 * The official pages behind the names of rights (the rights catalogue, every region) and
 * helplines, by `<vocabulary id>:<code>`: the glossary cites them next to the name.
 */
function officialSources(): ReadonlyMap<string, readonly OfficialSource[]> {
  const sources = new Map<string, OfficialSource[]>();
  const add = (key: string, source: OfficialSource) => {
    const list = sources.get(key) ?? [];
    if (!list.some((known) => known.url === source.url)) list.push(source);
    sources.set(key, list);
  };
  for (const region of regions.codes)
    for (const right of rightsCatalogue(region)) add(`${rights.id}:${right.code}`, right.source);
  for (const code of helplines.codes as readonly Helpline[])
    for (const source of helplineDirectory[code].sources) add(`${helplines.id}:${code}`, source);
  return sources;
}

/** A link to an official page, named by its site ("socialsecurity.be"). */
function sourceLink(source: OfficialSource): string {
  const host = new URL(source.url).hostname.replace(/^www\./, "");
  return `[${host}](${source.url})`;
}

/**
 * The glossary of a locale: every term and every vocabulary title, with identical
 * translations merged, sorted by the locale's own word.
 */
export function glossaryPage(locale: SiteLocale): string {
  const entries = new Map<
    string,
    GlossaryEntry & { codes: Set<string>; sources: OfficialSource[] }
  >();
  const official = officialSources();
  const add = (
    labels: Readonly<Record<Language, string>>,
    category: string,
    termCode: string,
    sources: readonly OfficialSource[] = [],
  ) => {
    const key = LANGUAGES.map((language) => labels[language].toLowerCase()).join("\u0000");
    const entry = entries.get(key) ?? {
      labels,
      categories: [],
      codes: new Set<string>(),
      sources: [],
    };
    if (!entry.categories.includes(category)) entry.categories.push(category);
    entry.codes.add(termCode);
    for (const source of sources)
      if (!entry.sources.some((known) => known.url === source.url)) entry.sources.push(source);
    entries.set(key, entry);
  };
  for (const vocabulary of vocabularies) {
    if (TECHNICAL_VOCABULARIES.has(vocabulary.id)) continue;
    add(vocabulary.title, vocabulary.title[locale], vocabulary.id);
    for (const term of vocabulary.terms)
      add(term.labels, vocabulary.title[locale], term.code, [
        ...(term.sources ?? []),
        ...(official.get(`${vocabulary.id}:${term.code}`) ?? []),
      ]);
  }
  const collator = new Intl.Collator(locale, { sensitivity: "base" });
  const sorted = [...entries.values()].sort((a, b) =>
    collator.compare(a.labels[locale], b.labels[locale]),
  );
  const order: Language[] = [locale, ...LANGUAGES.filter((language) => language !== locale)];
  const t = GLOSSARY_TEXT[locale];
  const rows = sorted.map((entry) => [
    `**${text(entry.labels[locale])}**`,
    ...order.slice(1).map((language) => text(entry.labels[language])),
    text(entry.categories.join(", ")),
    [...entry.codes].map(code).join(", "),
    entry.sources.map(sourceLink).join(", "),
  ]);
  return page({
    source: "the vocabularies of @miriam/schemas",
    // One wide table and no sections: the page needs the width more than an outline.
    frontmatter: { aside: false },
    body: [
      `# ${t.title}`,
      t.intro,
      t.reference,
      t.sources,
      table(
        [...order.map((language) => LANGUAGE_NAMES[language]), t.category, "code", t.source],
        rows,
      ),
    ],
  });
}
