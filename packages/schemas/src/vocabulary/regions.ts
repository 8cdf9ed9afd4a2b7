import { type CodeOf, defineVocabulary, type Language, labels } from "./_define";

/**
 * The regions and community whose rules differ for MIRIAM: family allowance, employment
 * services and other rights are regional (METHODOLOGY.md §6).
 */
export const regions = defineVocabulary("region", labels("regio", "région", "Region", "region"), [
  { code: "flanders", labels: labels("Vlaanderen", "Flandre", "Flandern", "Flanders") },
  { code: "wallonia", labels: labels("Wallonië", "Wallonie", "Wallonien", "Wallonia") },
  { code: "brussels", labels: labels("Brussel", "Bruxelles", "Brüssel", "Brussels") },
  {
    code: "german-speaking",
    labels: labels(
      "Duitstalige Gemeenschap",
      "Communauté germanophone",
      "Deutschsprachige Gemeinschaft",
      "German-speaking Community",
    ),
  },
]);

/** A region (or the German-speaking Community). */
export type Region = CodeOf<typeof regions>;

/**
 * The official languages of a region, in which its project starts and its rights check
 * is read: Dutch in Flanders, French in Wallonia, both in Brussels, German in the
 * German-speaking Community. Pure.
 */
export function regionLanguages(region: Region): readonly Language[] {
  return REGION_LANGUAGES[region];
}

const REGION_LANGUAGES: Readonly<Record<Region, readonly Language[]>> = {
  flanders: ["nl"],
  wallonia: ["fr"],
  brussels: ["nl", "fr"],
  "german-speaking": ["de"],
};
