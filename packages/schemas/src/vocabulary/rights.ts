import type { Labels, Language } from "./_define";
import { type Right, rights } from "./_right-codes";
import {
  CATALOGUE,
  type CatalogueEntry,
  type RightContact,
  type RightProvider,
  type RightSource,
} from "./_rights-catalogue";
import { type Region, regions } from "./regions";

export type { RightContact, RightProvider, RightSource };
export { type Right, rights };

/** One right as a region's rights check shows it. */
export interface RegionalRight {
  /** The right's code. */
  readonly code: Right;
  /** Its labels. */
  readonly labels: Labels;
  /** Whether one federal entry holds for every region, or the region has its own. */
  readonly scope: "federal" | "regional";
  /** Who handles the right in this region; empty when the checked page names nobody. */
  readonly providers: readonly RightProvider[];
  /** A short note for the case manager: conditions, ceilings, what could not be checked. */
  readonly note?: Labels;
  /** How to reach the provider, when a public page gives it. */
  readonly contact?: RightContact;
  /** The public page this entry was checked against, and when. */
  readonly source: RightSource;
  /**
   * The providers' names joined with " / ", in English.
   *
   * @deprecated Use {@link RegionalRight.providers} or {@link providerNames} for the
   * names in the reader's language.
   */
  readonly provider?: string;
}

/**
 * The providers' names of a catalogue entry in one language, joined with " / ", or
 * `undefined` when the entry names no provider. Pure.
 *
 * @example
 * ```ts
 * providerNames(rightsCatalogue("german-speaking")[1], "de"); // "Dienst für Unterhaltsforderungen (DUFO), FÖD Finanzen"
 * ```
 */
export function providerNames(
  right: Pick<RegionalRight, "providers">,
  language: Language,
): string | undefined {
  return right.providers.length === 0
    ? undefined
    : right.providers.map((provider) => provider.name[language]).join(" / ");
}

function entryOf(code: Right, region: Region): CatalogueEntry {
  const scoped = CATALOGUE[code];
  return scoped.scope === "federal" ? scoped.entry : scoped.regions[region];
}

/**
 * The rights catalogue of a region: every right of the default catalogue, with who
 * handles it there, a note, and the public page it was checked against. Federal rights
 * have one entry valid for all regions. Pure.
 *
 * @example
 * ```ts
 * const allowance = rightsCatalogue("brussels").find((r) => r.code === "family-allowance");
 * providerNames(allowance!, "fr"); // "Famiris (caisse publique) / Infino / Parentia / Brussels Family / KidsLife"
 * allowance?.source.checkedOn; // "2026-12-04"
 * ```
 */
export function rightsCatalogue(region: Region): readonly RegionalRight[] {
  return rights.terms.map((term) => {
    const entry = entryOf(term.code, region);
    const provider = providerNames(entry, "en");
    return {
      code: term.code,
      labels: term.labels,
      scope: CATALOGUE[term.code].scope,
      providers: entry.providers,
      ...(entry.note === undefined ? {} : { note: entry.note }),
      ...(entry.contact === undefined ? {} : { contact: entry.contact }),
      source: entry.source,
      ...(provider === undefined ? {} : { provider }),
    };
  });
}

/**
 * The organisation that handles a right, for the rights whose entry differs by region,
 * as one English string per region.
 *
 * @deprecated Use {@link rightsCatalogue}: its entries carry every provider's name in
 * each language, a note and the source page. Kept for callers of 0.1.
 */
export const rightProviders: Readonly<Partial<Record<Right, Readonly<Record<Region, string>>>>> =
  Object.fromEntries(
    rights.codes.flatMap((code) => {
      const scoped = CATALOGUE[code];
      if (scoped.scope === "federal") return [];
      return [
        [
          code,
          Object.fromEntries(
            regions.codes.map((region) => [
              region,
              providerNames(scoped.regions[region], "en") ?? "—",
            ]),
          ) as Record<Region, string>,
        ],
      ];
    }),
  );
