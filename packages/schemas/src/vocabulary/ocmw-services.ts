import { type CodeOf, defineVocabulary, labels } from "./_define";

// The federal administration for social integration (POD MI / SPP IS) on the right to
// social integration, the living wage and the equivalent aid.
const MI_IS_LIVING_WAGE = {
  url: "https://www.mi-is.be/fr/lequivalent-du-revenu-dintegration-sociale",
  checkedOn: "2026-12-04",
} as const;

/**
 * The OCMW services that can make a mother eligible, depending on the edition
 * (METHODOLOGY.md §7: the living wage or equivalent aid in the pilots; also supplementary
 * aid or debt mediation from 2022; any service from the 2023 call).
 */
export const ocmwServices = defineVocabulary(
  "ocmw-service",
  labels("dienst van het OCMW", "service du CPAS", "Dienst des ÖSHZ", "OCMW service"),
  [
    {
      code: "living-wage",
      labels: labels("leefloon", "revenu d'intégration", "Eingliederungseinkommen", "living wage"),
      sources: [MI_IS_LIVING_WAGE],
    },
    {
      code: "equivalent-aid",
      labels: labels(
        "equivalent leefloon",
        "aide équivalente au revenu d'intégration",
        "gleichwertige Hilfe",
        "equivalent aid",
      ),
      sources: [MI_IS_LIVING_WAGE],
    },
    {
      code: "supplementary-aid",
      labels: labels(
        "aanvullende steun",
        "aide complémentaire",
        "ergänzende Hilfe",
        "supplementary aid",
      ),
    },
    {
      code: "debt-mediation",
      labels: labels(
        "schuldbemiddeling",
        "médiation de dettes",
        "Schuldnerberatung",
        "debt mediation",
      ),
    },
    {
      code: "other-service",
      labels: labels("andere dienst", "autre service", "anderer Dienst", "other service"),
    },
  ],
);

/** An OCMW service code. */
export type OcmwServiceCode = CodeOf<typeof ocmwServices>;
