import { describe, expect, it } from "vitest";
import { LANGUAGES, type Labels } from "./_define";
import { CATALOGUE, type CatalogueEntry } from "./_rights-catalogue";
import { type Region, regions } from "./regions";
import {
  providerNames,
  type RegionalRight,
  type Right,
  rightProviders,
  rights,
  rightsCatalogue,
} from "./rights";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What is wrong with an entry's source, as short phrases; empty when nothing is. */
function sourceProblems(entry: Pick<CatalogueEntry, "source">): string[] {
  const problems: string[] = [];
  const { url, checkedOn } = entry.source ?? {};
  if (typeof url !== "string" || !/^https?:\/\/\S+$/.test(url)) problems.push("no source address");
  if (
    typeof checkedOn !== "string" ||
    !ISO_DATE.test(checkedOn) ||
    Number.isNaN(Date.parse(checkedOn))
  )
    problems.push("no check date");
  return problems;
}

/** Every catalogue entry with where it sits: "<right>" for federal, "<right>/<region>" otherwise. */
function everyEntry(): [string, CatalogueEntry][] {
  return (Object.entries(CATALOGUE) as [Right, (typeof CATALOGUE)[Right]][]).flatMap(
    ([code, scoped]) =>
      scoped.scope === "federal"
        ? [[code, scoped.entry] as [string, CatalogueEntry]]
        : regions.codes.map(
            (region) => [`${code}/${region}`, scoped.regions[region]] as [string, CatalogueEntry],
          ),
  );
}

/** Every text a reader can see in a region's catalogue, in one language. */
function textsOf(catalogue: readonly RegionalRight[], language: keyof Labels): string[] {
  return catalogue.flatMap((right) => [
    right.labels[language],
    ...right.providers.map((provider) => provider.name[language]),
    ...(right.note === undefined ? [] : [right.note[language]]),
  ]);
}

const blankLanguages = (text: Labels) =>
  LANGUAGES.filter((language) => (text[language] ?? "").trim() === "");

describe("the rights catalogue", () => {
  it.each(regions.codes.map((region) => [region]))(
    "of %s lists every right once, with providers and notes in NL, FR, DE and EN",
    (region) => {
      const catalogue = rightsCatalogue(region);
      expect(catalogue.map((right) => right.code)).toEqual([...rights.codes]);
      for (const right of catalogue) {
        expect(blankLanguages(right.labels)).toEqual([]);
        for (const provider of right.providers) expect(blankLanguages(provider.name)).toEqual([]);
        if (right.note !== undefined) expect(blankLanguages(right.note)).toEqual([]);
      }
    },
  );

  it("has an entry for every right of the vocabulary, and none beside", () => {
    expect(Object.keys(CATALOGUE).sort()).toEqual([...rights.codes].sort());
  });

  it("gives every entry the address of its source page and the date it was checked", () => {
    const missing = everyEntry().flatMap(([where, entry]) =>
      sourceProblems(entry).map((problem) => `${where}: ${problem}`),
    );
    expect(missing).toEqual([]);
    for (const region of regions.codes)
      for (const right of rightsCatalogue(region)) expect(sourceProblems(right)).toEqual([]);
  });

  it("notices an entry whose source address or check date is removed", () => {
    const [, entry] = everyEntry()[0] ?? [];
    if (entry === undefined) throw new Error("the catalogue is empty");
    const withoutUrl = { source: { ...entry.source, url: "" } };
    const withoutDate = { source: { url: entry.source.url } } as Pick<CatalogueEntry, "source">;
    expect(sourceProblems(withoutUrl)).toEqual(["no source address"]);
    expect(sourceProblems(withoutDate)).toEqual(["no check date"]);
  });

  it("never calls Brussels' family allowance, or anything in Brussels, Groeipakket", () => {
    const brussels = rightsCatalogue("brussels");
    for (const language of LANGUAGES)
      expect(textsOf(brussels, language).filter((text) => /groeipakket/i.test(text))).toEqual([]);
    // The check can fail: Flanders does say it.
    expect(
      textsOf(rightsCatalogue("flanders"), "nl").some((text) => /Groeipakket/.test(text)),
    ).toBe(true);
  });

  it("never uses the Dutch abbreviations DAVO or VT in German", () => {
    const dutchAbbreviation = /\b(?:DAVO|VT)\b/;
    for (const region of regions.codes)
      expect(
        textsOf(rightsCatalogue(region), "de").filter((text) => dutchAbbreviation.test(text)),
      ).toEqual([]);
    // The check can fail: the Dutch texts do use them.
    expect(
      textsOf(rightsCatalogue("flanders"), "nl").some((text) => dutchAbbreviation.test(text)),
    ).toBe(true);
  });

  it("names the maintenance-advance service once for all regions, in each language's own name", () => {
    const entries = regions.codes.map(
      (region) => rightsCatalogue(region).find((right) => right.code === "maintenance-advance")!,
    );
    expect(new Set(entries.map((entry) => entry.source.url)).size).toBe(1);
    expect(entries.every((entry) => entry.scope === "federal")).toBe(true);
    const [entry] = entries;
    expect(providerNames(entry!, "nl")).toMatch(/DAVO/);
    expect(providerNames(entry!, "fr")).toMatch(/SECAL/);
    expect(providerNames(entry!, "de")).toMatch(/Dienst für Unterhaltsforderungen \(DUFO\)/);
  });

  it("names each region's own family allowance payers", () => {
    const payers = (region: Region) =>
      providerNames(
        rightsCatalogue(region).find((right) => right.code === "family-allowance")!,
        "en",
      );
    expect(payers("flanders")).toMatch(/^FONS .*Infino.*KidsLife Vlaanderen.*MyFamily.*Parentia$/);
    expect(payers("wallonia")).toMatch(/^Famiwal .*Parentia.*Camille.*Kidslife.*Infino$/);
    expect(payers("brussels")).toMatch(/^Famiris .*Brussels Family/);
    expect(payers("german-speaking")).toBe("Ministry of the German-speaking Community");
  });

  it("names the employment service of each region", () => {
    expect(
      regions.codes.map((region) =>
        providerNames(
          rightsCatalogue(region).find(
            (right) => right.code === "employment-service-registration",
          )!,
          "nl",
        ),
      ),
    ).toEqual(["VDAB", "Le Forem", "Actiris", "ADG"]);
  });

  it("keeps the deprecated rightProviders for every regional right and every region", () => {
    for (const [code, byRegion] of Object.entries(rightProviders)) {
      expect(rights.has(code)).toBe(true);
      expect(CATALOGUE[code as Right].scope).toBe("regional");
      for (const region of regions.codes) expect(byRegion?.[region]?.trim()).toBeTruthy();
    }
    expect(rightProviders["employment-service-registration"]?.brussels).toBe("Actiris");
  });

  it("gives providerNames nothing to join when an entry names no provider", () => {
    expect(providerNames({ providers: [] }, "fr")).toBeUndefined();
  });
});
