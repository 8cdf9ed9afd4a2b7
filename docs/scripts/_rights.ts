import {
  providerNames,
  type RegionalRight,
  regionLanguages,
  regions,
  rightStatuses,
  rights,
  rightsCatalogue,
} from "@miriam/schemas";
import { anchorOf, code, heading, page, table, text } from "./_markdown";
import type { SiteLocale } from "./_vocabulary";
import { vocabularyTable } from "./_vocabulary";

const TABLE_LEGEND = {
  en: "—: the checked page names no organisation for this right in this region. Rights with the same entry in every region are federal.",
  nl: "—: de nagekeken pagina noemt voor dit recht in deze regio geen organisatie. Rechten met dezelfde vermelding in elke regio zijn federaal.",
  fr: "— : la page vérifiée ne cite aucun organisme pour ce droit dans cette région. Les droits qui ont la même mention dans chaque région sont fédéraux.",
} as const satisfies Record<SiteLocale, string>;

/** A link to a catalogue entry's source page, shown by its host name. */
function sourceLink(right: RegionalRight): string {
  const host = new URL(right.source.url).host.replace(/^www\./, "");
  return `[${text(host)}](${right.source.url})`;
}

/**
 * Right × region: who handles each right in each region. Included by the method pages of
 * every locale, so its words are in the locale's language.
 */
export function rightsByRegionTable(locale: SiteLocale): string {
  const catalogues = regions.codes.map((region) => rightsCatalogue(region));
  const rows = rights.terms.map((term, index) => [
    text(term.labels[locale]),
    ...catalogues.map((catalogue) => {
      const entry = catalogue[index];
      const provider = entry === undefined ? undefined : providerNames(entry, locale);
      return provider === undefined ? "—" : text(provider);
    }),
  ]);
  return `${table(
    [text(rights.title[locale]), ...regions.terms.map((region) => text(region.labels[locale]))],
    rows,
  )}\n\n<small>${text(TABLE_LEGEND[locale])}</small>`;
}

/** The snippet of {@link rightsByRegionTable} for one locale. */
export function rightsByRegionSnippet(locale: SiteLocale): string {
  return page({
    source: "rightsCatalogue() of @miriam/schemas",
    body: [rightsByRegionTable(locale)],
  });
}

/** The reference page: the rights catalogue of every region. */
export function rightsCataloguePage(): string {
  const sections = regions.terms.flatMap((region) => {
    const languages = regionLanguages(region.code);
    const catalogue = rightsCatalogue(region.code);
    return [
      heading(2, region.labels.en, anchorOf(region.code)),
      `${code(region.code)} · ${languages.map((language) => text(region.labels[language])).join(" / ")}`,
      table(
        [
          "code",
          ...languages.map((language) => `right (${language.toUpperCase()})`),
          "right (EN)",
          "handled by",
          "note",
          "source, checked on",
        ],
        catalogue.map((right) => [
          code(right.code),
          ...languages.map((language) => text(right.labels[language])),
          text(right.labels.en),
          text(providerNames(right, languages[0] ?? "en") ?? ""),
          right.note === undefined ? "" : text(right.note.en),
          `${sourceLink(right)}, ${right.source.checkedOn}${right.source.pageDate === undefined ? "" : ` (page of ${right.source.pageDate})`}`,
        ]),
      ),
    ];
  });
  return page({
    source: "rightsCatalogue() and the vocabularies of @miriam/schemas",
    body: [
      "# Rights catalogue by region",
      "The rights a rights check goes through before the living wage (*leefloon*, *revenu d'intégration*, *Eingliederungseinkommen*), which is a last resort. The codes are the same in every region; what differs is the organisation that handles a right. Each entry names its source: the public page it was checked against and the date of that check. Where a page did not give a fact, the note says so. Each region's list below is shown in the language(s) of that region and in English; the [vocabularies](./vocabularies.md#right) page has every right in all four languages.",
      heading(2, "Who handles what, by region", "providers"),
      rightsByRegionTable("en"),
      heading(2, "Status of a right in a rights check", "statuses"),
      "A rights check records one of these statuses per right (event `right.updated`).",
      vocabularyTable(rightStatuses),
      ...sections,
    ],
  });
}
