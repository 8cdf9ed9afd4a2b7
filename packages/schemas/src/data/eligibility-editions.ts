import type { z } from "zod";
import type { EligibilityRules } from "../schemas/eligibility";
import type { Edition } from "../vocabulary";

type Rules = z.infer<typeof EligibilityRules>;

/**
 * Eligibility rules of the MIRIAM editions (METHODOLOGY.md §7). Local extras (an age
 * range, a neighbourhood, the group's language) go in a project's own rules. The
 * `editions` vocabulary names and describes each edition in NL/FR/DE/EN; the
 * `description` here is the rules' own English one.
 */
export const eligibilityEditions = {
  "pilot-2015": {
    id: "pilot-2015",
    description:
      "Pilots 2015–2021: single mother on the living wage or equivalent aid, with a child under 6.",
    singleMother: true,
    services: ["living-wage", "equivalent-aid"],
    youngestChildMaxAge: 5,
  },
  "programme-2022": {
    id: "programme-2022",
    description:
      "Programme 2022: also supplementary aid or debt mediation; no rule on the children's age.",
    singleMother: true,
    services: ["living-wage", "equivalent-aid", "supplementary-aid", "debt-mediation"],
  },
  "call-2023": {
    id: "call-2023",
    description: "Call 2023: any single mother using a service of the OCMW.",
    singleMother: true,
    services: [
      "living-wage",
      "equivalent-aid",
      "supplementary-aid",
      "debt-mediation",
      "other-service",
    ],
  },
} as const satisfies Record<Edition, Rules>;
