import { type CodeOf, defineVocabulary, type Labels, labels } from "./_define";
import type { Region } from "./regions";

/**
 * The helplines a case manager can give at intake after the safety question on partner
 * violence (issue #16), by their own names. Each is checked against a public page (see
 * {@link helplineDirectory}); the kit never prints a number it did not check.
 */
export const helplines = defineVocabulary(
  "helpline",
  labels("hulplijn", "ligne d'écoute", "Hilfetelefon", "helpline"),
  [
    {
      code: "hulplijn-1712",
      labels: labels(
        "1712, hulplijn voor geweld, misbruik en kindermishandeling",
        "1712, ligne d'aide flamande (violence, abus, maltraitance d'enfants)",
        "1712, flämisches Hilfetelefon bei Gewalt, Missbrauch und Kindesmisshandlung",
        "1712, the Flemish helpline for violence, abuse and child abuse",
      ),
    },
    {
      code: "ecoute-violences-conjugales",
      labels: labels(
        "Écoute violences conjugales (Franstalig)",
        "Écoute violences conjugales",
        "Écoute violences conjugales (französischsprachig)",
        "Écoute violences conjugales (French-speaking)",
      ),
    },
    {
      code: "telefonhilfe-108",
      labels: labels(
        "Telefonhilfe 108 (Duitstalig)",
        "Telefonhilfe 108 (germanophone)",
        "Telefonhilfe 108",
        "Telefonhilfe 108 (German-speaking)",
      ),
    },
  ],
);

/** A helpline's code. */
export type Helpline = CodeOf<typeof helplines>;

/** The date every entry of {@link helplineDirectory} was checked against its page. */
export const HELPLINES_CHECKED_ON = "2026-12-04";

/** One helpline: its number, where it serves, and the page it was checked against. */
export interface HelplineEntry {
  /** The number to call, as the service writes it. */
  readonly phone: string;
  /** The regions whose mothers it serves, by language of the service. */
  readonly regions: readonly Region[];
  /** What the page says about it, for the case manager. */
  readonly note: Labels;
  /** The public pages it was checked against, with the date of that check. */
  readonly sources: readonly { readonly url: string; readonly checkedOn: string }[];
}

const checked = (...urls: string[]) =>
  urls.map((url) => ({ url, checkedOn: HELPLINES_CHECKED_ON }));

/**
 * The helplines with their numbers and sources. Facts come only from the cited pages.
 * There is no helpline specific to partner violence for the German-speaking Community in
 * the pages checked: Telefonhilfe 108 is its general, anonymous listening line, and the
 * note says so rather than present it as more.
 */
export const helplineDirectory: Readonly<Record<Helpline, HelplineEntry>> = {
  "hulplijn-1712": {
    phone: "1712",
    regions: ["flanders"],
    note: labels(
      "Voor elke vraag over geweld, ook partnergeweld; anoniem. Geen noodnummer: bij gevaar 101 (politie) of 112.",
      "Pour toute question sur la violence, y compris entre partenaires ; anonyme. Pas un numéro d'urgence : en cas de danger, 101 (police) ou 112.",
      "Für jede Frage zu Gewalt, auch in der Partnerschaft; anonym. Keine Notrufnummer: bei Gefahr 101 (Polizei) oder 112.",
      "For any question about violence, partner violence included; anonymous. Not an emergency number: in danger, call 101 (police) or 112.",
    ),
    sources: checked("https://www.1712.be/nl/over-1712"),
  },
  "ecoute-violences-conjugales": {
    phone: "0800 30 030",
    regions: ["wallonia", "brussels"],
    note: labels(
      "Gratis, anoniem, 24 op 24 en 7 op 7, voor wie met geweld tussen partners te maken heeft. Geen noodnummer.",
      "Gratuit, anonyme, 24 h/24 et 7 j/7, pour toute personne confrontée à des violences entre partenaires. Pas une ligne d'urgence.",
      "Kostenlos, anonym, rund um die Uhr, für alle, die von Gewalt in der Partnerschaft betroffen sind. Keine Notrufnummer.",
      "Free, anonymous, day and night, for anyone facing violence between partners. Not an emergency line.",
    ),
    sources: checked(
      "https://www.ecouteviolencesconjugales.be/qui-sommes-nous/presentation/",
      "http://actionsociale.wallonie.be/actualites/Ligne_Ecoute_Violences_Conjugales_80_pourcent_appels_en_plus_en_2017",
    ),
  },
  "telefonhilfe-108": {
    phone: "108",
    regions: ["german-speaking"],
    note: labels(
      "Algemene, anonieme luisterlijn in Oost-België, dag en nacht; geen lijn specifiek voor partnergeweld. Ze helpt de juiste dienst te vinden.",
      "Ligne d'écoute générale et anonyme en Belgique de l'Est, jour et nuit ; pas une ligne spécifique aux violences conjugales. Elle aide à trouver le bon service.",
      "Allgemeines, anonymes Hilfetelefon in Ostbelgien, Tag und Nacht; keine Linie speziell für Gewalt in der Partnerschaft. Sie hilft, die richtige Fachstelle zu finden.",
      "General, anonymous listening line in East Belgium, day and night; not a line specific to partner violence. It helps find the right service.",
    ),
    sources: checked("https://telefonhilfe.be/uber-uns"),
  },
};

/** The helplines for mothers in a region, in the vocabulary's order. Pure. */
export function helplinesFor(region: Region): Helpline[] {
  return helplines.codes.filter((code) => helplineDirectory[code].regions.includes(region));
}

/**
 * What the intake records of the safety question on partner violence: that it was asked
 * (only when she is alone) and that she was given a helpline or referred. Never her
 * answer (issue #16).
 */
export const intakeSafety = defineVocabulary(
  "intake-safety",
  labels("veiligheidsvraag", "question de sécurité", "Sicherheitsfrage", "safety question"),
  [
    {
      code: "asked",
      labels: labels(
        "veiligheidsvraag over partnergeweld gesteld, toen zij alleen was",
        "question de sécurité sur les violences conjugales posée, quand elle était seule",
        "Sicherheitsfrage zu Gewalt in der Partnerschaft gestellt, als sie allein war",
        "safety question on partner violence asked, when she was alone",
      ),
    },
    {
      code: "referred",
      labels: labels(
        "hulplijn meegegeven of doorverwezen",
        "ligne d'écoute communiquée ou orientation faite",
        "Hilfetelefon genannt oder weitervermittelt",
        "helpline given or referred",
      ),
    },
  ],
);
