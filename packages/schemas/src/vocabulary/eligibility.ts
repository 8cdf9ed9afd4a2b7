import { type CodeOf, defineVocabulary, labels } from "./_define";

/**
 * The criteria an eligibility rule set can hold (`EligibilityRules`), one per field, so a
 * refusal can name the criterion a mother does not meet in the reader's language.
 */
export const eligibilityCriteria = defineVocabulary(
  "eligibility-criterion",
  labels(
    "toelatingsvoorwaarde",
    "condition d'accès",
    "Teilnahmebedingung",
    "eligibility criterion",
  ),
  [
    {
      code: "single-mother",
      labels: labels(
        "alleenstaande moeder",
        "mère seule",
        "alleinerziehende Mutter",
        "single mother",
      ),
    },
    {
      code: "service",
      labels: labels("dienst van het OCMW", "service du CPAS", "Dienst des ÖSHZ", "OCMW service"),
    },
    {
      code: "youngest-child-age",
      labels: labels(
        "leeftijd van het jongste kind",
        "âge du plus jeune enfant",
        "Alter des jüngsten Kindes",
        "age of the youngest child",
      ),
    },
    {
      code: "minimum-age",
      labels: labels("minimumleeftijd", "âge minimum", "Mindestalter", "minimum age"),
    },
    {
      code: "maximum-age",
      labels: labels("maximumleeftijd", "âge maximum", "Höchstalter", "maximum age"),
    },
    {
      code: "neighbourhood",
      labels: labels("wijk", "quartier", "Stadtviertel", "neighbourhood"),
    },
    {
      code: "group-language",
      labels: labels(
        "taal van de groep",
        "langue du groupe",
        "Sprache der Gruppe",
        "language of the group",
      ),
    },
  ],
);

/** An eligibility criterion code. */
export type EligibilityCriterion = CodeOf<typeof eligibilityCriteria>;

/**
 * The MIRIAM editions whose eligibility rules the kit ships (`eligibilityEditions`), with
 * their names and what each admitted (METHODOLOGY.md §7), in every language.
 */
export const editions = defineVocabulary(
  "edition",
  labels("editie", "édition", "Ausgabe", "edition"),
  [
    {
      code: "pilot-2015",
      labels: labels(
        "pilootprojecten 2015–2021",
        "projets pilotes 2015–2021",
        "Pilotprojekte 2015–2021",
        "pilots 2015–2021",
      ),
      description: labels(
        "Alleenstaande moeder met een leefloon of equivalent leefloon, met een kind jonger dan 6 jaar.",
        "Mère seule bénéficiant du revenu d'intégration ou d'une aide équivalente, avec un enfant de moins de 6 ans.",
        "Alleinerziehende Mutter mit Eingliederungseinkommen oder gleichwertiger Hilfe, mit einem Kind unter 6 Jahren.",
        "Single mother on the living wage or equivalent aid, with a child under 6.",
      ),
    },
    {
      code: "programme-2022",
      labels: labels("programma 2022", "programme 2022", "Programm 2022", "programme 2022"),
      description: labels(
        "Ook met aanvullende steun of schuldbemiddeling; geen voorwaarde meer over de leeftijd van de kinderen.",
        "Aussi avec une aide complémentaire ou une médiation de dettes ; plus de condition d'âge des enfants.",
        "Auch mit ergänzender Hilfe oder Schuldnerberatung; keine Bedingung mehr zum Alter der Kinder.",
        "Also supplementary aid or debt mediation; no rule on the children's age.",
      ),
    },
    {
      code: "call-2023",
      labels: labels("oproep 2023", "appel 2023", "Aufruf 2023", "call 2023"),
      description: labels(
        "Elke alleenstaande moeder die een dienst van het OCMW gebruikt.",
        "Toute mère seule qui fait appel à un service du CPAS.",
        "Jede alleinerziehende Mutter, die einen Dienst des ÖSHZ in Anspruch nimmt.",
        "Any single mother using a service of the OCMW.",
      ),
    },
  ],
);

/** A MIRIAM edition code. */
export type Edition = CodeOf<typeof editions>;
