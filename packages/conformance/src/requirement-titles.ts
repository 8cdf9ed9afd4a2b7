import type { Language } from "@miriam/schemas";
import { ruleById } from "@miriam/trajectory";
import { requirementById } from "./requirements";

// The requirements' titles in NL, FR and DE, for reports read by people (`miriam
// conformance --lang`). A hard rule's requirement takes the rule's own title from
// @miriam/trajectory; the others are here. A requirement without a translation yet is
// shown by its English title.
const TITLES: Readonly<Record<string, Readonly<Record<"nl" | "fr" | "de", string>>>> = {
  "MIR-EXPORT-001": {
    nl: "Projectinstellingen",
    fr: "Paramètres du projet",
    de: "Projekteinstellungen",
  },
  "MIR-EXPORT-002": {
    nl: "Logboek van de trajecten",
    fr: "Journal des parcours",
    de: "Protokoll der Begleitungen",
  },
  "MIR-EXPORT-003": {
    nl: "Eén logboek per groep",
    fr: "Un journal par groupe",
    de: "Ein Protokoll pro Gruppe",
  },
  "MIR-SCHEMA-001": { nl: "JSON Lines", fr: "JSON Lines", de: "JSON Lines" },
  "MIR-SCHEMA-002": {
    nl: "Gebeurtenissen volgen het gegevensformaat",
    fr: "Les événements suivent le format de données",
    de: "Ereignisse folgen dem Datenformat",
  },
  "MIR-SCHEMA-003": {
    nl: "Tijdstippen met tijdzone",
    fr: "Horodatages avec fuseau horaire",
    de: "Zeitstempel mit Zeitzone",
  },
  "MIR-SCHEMA-004": {
    nl: "Geen velden buiten het gegevensformaat",
    fr: "Aucun champ hors du format de données",
    de: "Keine Felder außerhalb des Datenformats",
  },
  "MIR-SCHEMA-005": {
    nl: "Levensdomeinen van het project",
    fr: "Domaines de vie du projet",
    de: "Lebensbereiche des Projekts",
  },
  "MIR-SCHEMA-006": {
    nl: "Unieke id's van gebeurtenissen",
    fr: "Identifiants d'événement uniques",
    de: "Eindeutige Ereignis-IDs",
  },
  "MIR-SCHEMA-007": {
    nl: "Profielen van deelneemsters",
    fr: "Profils des participantes",
    de: "Profile der Teilnehmerinnen",
  },
  "MIR-SCHEMA-008": {
    nl: "Gebeurtenissen in volgorde van tijd",
    fr: "Événements dans l'ordre chronologique",
    de: "Ereignisse in zeitlicher Reihenfolge",
  },
  "MIR-SCHEMA-009": { nl: "Plausibele datums", fr: "Dates plausibles", de: "Plausible Daten" },
  "MIR-SCHEMA-010": {
    nl: "Correcties wijzen naar gebeurtenissen van hetzelfde traject",
    fr: "Les corrections visent des événements du même parcours",
    de: "Korrekturen verweisen auf Ereignisse desselben Verlaufs",
  },
  "MIR-SCHEMA-011": {
    nl: "Een geschrapte gebeurtenis blijft geschrapt",
    fr: "Un événement annulé le reste",
    de: "Ein gestrichenes Ereignis bleibt gestrichen",
  },
  "MIR-SCHEMA-012": {
    nl: "Correcties houden het traject geldig",
    fr: "Les corrections gardent le parcours valide",
    de: "Korrekturen halten den Verlauf gültig",
  },
  "MIR-SCHEMA-013": {
    nl: "Correcties in het logboek van een groep houden de gebeurtenissen geldig",
    fr: "Les corrections du journal d'un groupe gardent ses événements valides",
    de: "Korrekturen im Protokoll einer Gruppe halten ihre Ereignisse gültig",
  },
  "MIR-PRIVACY-001": {
    nl: "Geen namen in gebeurtenissen",
    fr: "Aucun nom dans les événements",
    de: "Keine Namen in Ereignissen",
  },
  "MIR-PRIVACY-002": {
    nl: "Profielen pas na toestemming",
    fr: "Profils seulement après consentement",
    de: "Profile erst nach Einwilligung",
  },
  "MIR-REFERENCE-001": {
    nl: "Toeleidingen naar de groepen van het project",
    fr: "Orientations vers les groupes du projet",
    de: "Zuweisungen zu den Gruppen des Projekts",
  },
  "MIR-REFERENCE-002": {
    nl: "Aanwezigheid van de eigen moeders van de groep",
    fr: "Présence des mères du groupe",
    de: "Anwesenheit der Mütter der Gruppe",
  },
  "MIR-REFERENCE-003": {
    nl: "Groepen van het project",
    fr: "Groupes du projet",
    de: "Gruppen des Projekts",
  },
  "MIR-REFERENCE-004": {
    nl: "Antwoorden op haar eigen voorstellen",
    fr: "Réponses à ses propres propositions",
    de: "Antworten auf ihre eigenen Vorschläge",
  },
  "MIR-CALCULATION-001": { nl: "Eindtoestanden", fr: "États finaux", de: "Endzustände" },
  "MIR-CALCULATION-002": {
    nl: "Geweigerde gebeurtenissen",
    fr: "Événements refusés",
    de: "Abgelehnte Ereignisse",
  },
  "MIR-CALCULATION-003": {
    nl: "Getrouwheidssignalen",
    fr: "Signaux de fidélité à la méthode",
    de: "Signale zur Methodentreue",
  },
  "MIR-CALCULATION-004": { nl: "Indicatoren", fr: "Indicateurs", de: "Indikatoren" },
};

/**
 * A requirement's title in a language: a hard rule's from the rule itself, the others
 * from the kit's translations; its English title when there is none yet, and the id for
 * an unknown requirement. Pure.
 *
 * @example
 * ```ts
 * requirementTitle("MIR-SCHEMA-006", "fr"); // "Identifiants d'événement uniques"
 * ```
 */
export function requirementTitle(id: string, language: Language): string {
  const requirement = requirementById(id);
  if (requirement === undefined) return id;
  if (language === "en") return requirement.title;
  if (requirement.rule !== undefined) {
    const rule = ruleById(requirement.rule) as ReturnType<typeof ruleById> | undefined;
    if (rule !== undefined) return rule.title[language];
  }
  return TITLES[id]?.[language] ?? requirement.title;
}
