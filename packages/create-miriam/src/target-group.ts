import { type EligibilityRules, eligibilityEditions } from "@miriam/schemas";
import type { z } from "zod";

/** An edition whose eligibility rules a project starts from. */
export type EligibilityEdition = keyof typeof eligibilityEditions;

/**
 * Who a project is for: an edition's rules (default `"call-2023"`: any single mother
 * using a service of the OCMW) and the project's local extras, such as an age range or
 * one neighbourhood (METHODOLOGY.md §7).
 */
export interface TargetGroup {
  /** The edition the rules start from. Default `"call-2023"`. */
  readonly edition?: EligibilityEdition;
  /** Youngest age of the mothers, e.g. 18. */
  readonly minAge?: number;
  /** Oldest age of the mothers, e.g. 25. */
  readonly maxAge?: number;
  /** The neighbourhoods the project serves; she must live in one of them. */
  readonly neighbourhoods?: readonly string[];
  /** Her youngest child must be at most this old, e.g. 5 for children under 6. */
  readonly youngestChildMaxAge?: number;
  /** She must be able to follow the group sessions in the group's language. */
  readonly requiresGroupLanguage?: boolean;
}

/**
 * The eligibility rules of a target group, for `miriam.config.json`. Without local
 * extras these are the edition's rules unchanged (same id); with extras the id becomes
 * `<edition>-local` and the description says what was added. Pure.
 *
 * @example
 * ```ts
 * targetGroupRules({ minAge: 18, maxAge: 25, neighbourhoods: ["Kiel"] }).description;
 * // "Call 2023: any single mother using a service of the OCMW. Local: aged 18–25; living in Kiel."
 * ```
 */
export function targetGroupRules(target: TargetGroup = {}): z.input<typeof EligibilityRules> {
  const edition = eligibilityEditions[target.edition ?? "call-2023"];
  const extras: string[] = [];
  const rules: z.input<typeof EligibilityRules> = {
    ...edition,
    services: [...edition.services],
  };
  if (target.minAge !== undefined || target.maxAge !== undefined) {
    if (target.minAge !== undefined) rules.minAge = target.minAge;
    if (target.maxAge !== undefined) rules.maxAge = target.maxAge;
    extras.push(
      target.maxAge === undefined
        ? `aged ${target.minAge} or older`
        : target.minAge === undefined
          ? `aged ${target.maxAge} or younger`
          : `aged ${target.minAge}–${target.maxAge}`,
    );
  }
  if (target.neighbourhoods !== undefined && target.neighbourhoods.length > 0) {
    rules.neighbourhoods = [...target.neighbourhoods];
    extras.push(`living in ${target.neighbourhoods.join(", ")}`);
  }
  if (target.youngestChildMaxAge !== undefined) {
    rules.youngestChildMaxAge = target.youngestChildMaxAge;
    extras.push(`youngest child aged ${target.youngestChildMaxAge} or younger`);
  }
  if (target.requiresGroupLanguage === true) {
    rules.requiresGroupLanguage = true;
    extras.push("able to follow the sessions in the group's language");
  }
  if (extras.length === 0) return rules;
  return {
    ...rules,
    id: `${edition.id}-local`,
    description: `${edition.description} Local: ${extras.join("; ")}.`,
  };
}
