import { z } from "zod";
import { ocmwServices } from "../vocabulary";
import { Id } from "./primitives";

/** The OCMW services that can make a mother eligible, depending on the edition (METHODOLOGY.md §7). */
export const OcmwService = ocmwServices.schema.meta({
  id: "ocmw-service",
  title: "OCMW service",
  description: "A service of the OCMW / CPAS the mother uses.",
});

/**
 * What the referring worker established about eligibility. Only facts the rules need:
 * ages rather than birth dates, no names (a referral comes before consent).
 */
export const EligibilityFacts = z
  .strictObject({
    singleMother: z.boolean().meta({ description: "She raises her child or children alone." }),
    services: z.array(OcmwService).meta({ description: "The OCMW services she uses now." }),
    youngestChildAge: z
      .int()
      .min(0)
      .max(25)
      .optional()
      .meta({ description: "Age in years of her youngest child." }),
    age: z.int().min(14).max(80).optional().meta({ description: "Her age in years." }),
    neighbourhood: z
      .string()
      .max(100)
      .optional()
      .meta({ description: "Neighbourhood, where a project targets one." }),
    speaksGroupLanguage: z
      .boolean()
      .optional()
      .meta({ description: "She can follow group sessions in the group's language." }),
  })
  .meta({
    id: "eligibility-facts",
    title: "Eligibility facts",
    description: "Facts a referral records so eligibility can be checked.",
  });

/**
 * The eligibility rules of an edition or a local project. Eligibility changed with every
 * edition (METHODOLOGY.md §7), so it is data, never code.
 */
export const EligibilityRules = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    description: z.string().max(500).meta({ description: "What the rules are, for people." }),
    singleMother: z
      .literal(true)
      .meta({ description: "MIRIAM is for single mothers in every edition." }),
    services: z
      .array(OcmwService)
      .min(1)
      .meta({ description: "She must use at least one of these OCMW services." }),
    youngestChildMaxAge: z
      .int()
      .min(0)
      .max(25)
      .optional()
      .meta({ description: "Her youngest child must be at most this old." }),
    minAge: z.int().min(14).max(80).optional(),
    maxAge: z.int().min(14).max(80).optional(),
    neighbourhoods: z
      .array(z.string().max(100))
      .min(1)
      .optional()
      .meta({ description: "She must live in one of these neighbourhoods." }),
    requiresGroupLanguage: z
      .boolean()
      .optional()
      .meta({ description: "She must be able to follow sessions in the group's language." }),
  })
  .refine(
    (rules) =>
      rules.minAge === undefined || rules.maxAge === undefined || rules.minAge <= rules.maxAge,
    {
      message: "minAge must be at most maxAge",
      path: ["maxAge"],
    },
  )
  .meta({
    id: "eligibility-rules",
    title: "Eligibility rules",
    description: "Eligibility criteria of a MIRIAM edition or local project.",
  });

/**
 * A coordinator's exception to the project's eligibility rules, recorded with the
 * referral of a mother who does not meet them (a kit decision: docs/decisions.md,
 * "Eligibility"). Who allowed it and why, so the exception is visible in the record.
 */
export const EligibilityException = z
  .strictObject({
    approvedBy: Id.meta({ description: "Pseudonymous id of the coordinator who allowed it." }),
    reason: z
      .string()
      .trim()
      .min(1)
      .max(500)
      .meta({ description: "Why the project takes her although a rule is not met." }),
  })
  .meta({
    id: "eligibility-exception",
    title: "Eligibility exception",
    description: "A coordinator's recorded exception to the project's eligibility rules.",
  });
