import { type CodeOf, defineVocabulary, labels } from "./_define";

/**
 * The kit's default set of life domains (METHODOLOGY.md §4, a project decision: sources
 * name several overlapping lists). A project may configure its own set in its settings.
 */
export const lifeDomains = defineVocabulary(
  "life-domain",
  labels("levensdomein", "domaine de vie", "Lebensbereich", "life domain"),
  [
    {
      code: "finances",
      labels: labels(
        "financiën en schulden",
        "finances et dettes",
        "Finanzen und Schulden",
        "finances and debt",
      ),
    },
    { code: "housing", labels: labels("wonen", "logement", "Wohnen", "housing") },
    {
      code: "work-training",
      labels: labels(
        "werk en opleiding",
        "emploi et formation",
        "Arbeit und Ausbildung",
        "work and training",
      ),
    },
    {
      code: "children",
      labels: labels(
        "opvoeding en onderwijs van de kinderen",
        "éducation et scolarité des enfants",
        "Erziehung und Schule der Kinder",
        "parenting and children's schooling",
      ),
    },
    {
      code: "childcare",
      labels: labels("kinderopvang", "accueil de l'enfance", "Kinderbetreuung", "childcare"),
    },
    { code: "health", labels: labels("gezondheid", "santé", "Gesundheit", "physical health") },
    {
      code: "wellbeing",
      labels: labels(
        "welbevinden en zelfvertrouwen",
        "bien-être et confiance en soi",
        "Wohlbefinden und Selbstvertrauen",
        "well-being and self-confidence",
      ),
    },
    {
      code: "social-network",
      labels: labels(
        "sociale contacten en netwerk",
        "contacts sociaux et réseau",
        "soziale Kontakte und Netzwerk",
        "social contacts and network",
      ),
    },
    { code: "leisure", labels: labels("vrije tijd", "loisirs", "Freizeit", "leisure") },
    { code: "mobility", labels: labels("mobiliteit", "mobilité", "Mobilität", "mobility") },
    {
      code: "rights",
      labels: labels(
        "rechten en administratie",
        "droits et démarches administratives",
        "Rechte und Verwaltung",
        "rights and paperwork",
      ),
    },
  ],
);

/** A code of the default life-domain set. */
export type DefaultLifeDomain = CodeOf<typeof lifeDomains>;
