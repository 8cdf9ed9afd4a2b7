import {
  type EligibilityCriterion,
  type EligibilityException,
  type EligibilityFacts,
  type EligibilityRules,
  LANGUAGES,
  type Labels,
  type Language,
  labels,
  ocmwServices,
} from "@miriam/schemas";
import type { z } from "zod";

/** A criterion of the project's rules that a mother does not meet, and why, for people. */
export interface UnmetCriterion {
  /** Which criterion (the `eligibilityCriteria` vocabulary names it). */
  readonly criterion: EligibilityCriterion;
  /** What the rule asks, and whether the fact is unknown rather than unmet. */
  readonly reason: Labels;
  /** True when the referral does not record the fact the criterion needs. */
  readonly unknown: boolean;
}

/** The result of {@link checkEligibility}: eligible, or every criterion she does not meet. */
export interface EligibilityCheck {
  /** Whether she meets every criterion of the rules. */
  readonly eligible: boolean;
  /** The criteria she does not meet (or that cannot be checked), in the rules' order. */
  readonly unmet: readonly UnmetCriterion[];
}

type Facts = z.input<typeof EligibilityFacts>;
type Rules = z.input<typeof EligibilityRules>;

/**
 * Decides whether a mother's eligibility facts meet a project's (or an edition's) rules.
 * Every unmet criterion is returned with a reason in NL/FR/DE/EN that states the rule,
 * never her own data, so it can be shown and logged. A fact the rules need but the
 * referral does not record counts as unmet (`unknown: true`): eligibility is established,
 * not presumed. Pure.
 *
 * @example
 * ```ts
 * const check = checkEligibility(
 *   { singleMother: true, services: ["living-wage"], age: 27 },
 *   { id: "antwerpen-young", description: "18–25", singleMother: true, services: ["living-wage"], minAge: 18, maxAge: 25 },
 * );
 * check.eligible; // false
 * check.unmet[0].reason.nl; // "Dit project neemt moeders op tot en met 25 jaar."
 * ```
 */
export function checkEligibility(facts: Facts, rules: Rules): EligibilityCheck {
  const unmet: UnmetCriterion[] = [];
  const fail = (criterion: EligibilityCriterion, reason: Labels, unknown = false) =>
    unmet.push({ criterion, reason: unknown ? withUnknown(reason, criterion) : reason, unknown });

  if (facts.singleMother !== true) fail("single-mother", SINGLE_MOTHER);
  if (!facts.services.some((service) => rules.services.includes(service)))
    fail("service", servicesReason(rules.services));
  if (rules.youngestChildMaxAge !== undefined) {
    const age = facts.youngestChildAge;
    if (age === undefined || age > rules.youngestChildMaxAge)
      fail("youngest-child-age", youngestChildReason(rules.youngestChildMaxAge), age === undefined);
  }
  if (rules.minAge !== undefined && (facts.age === undefined || facts.age < rules.minAge))
    fail("minimum-age", minimumAgeReason(rules.minAge), facts.age === undefined);
  if (rules.maxAge !== undefined && (facts.age === undefined || facts.age > rules.maxAge))
    fail("maximum-age", maximumAgeReason(rules.maxAge), facts.age === undefined);
  if (rules.neighbourhoods !== undefined) {
    const where = facts.neighbourhood;
    if (where === undefined || !rules.neighbourhoods.some((n) => sameName(n, where)))
      fail("neighbourhood", neighbourhoodReason(rules.neighbourhoods), where === undefined);
  }
  if (rules.requiresGroupLanguage === true && facts.speaksGroupLanguage !== true)
    fail("group-language", GROUP_LANGUAGE, facts.speaksGroupLanguage === undefined);
  return { eligible: unmet.length === 0, unmet };
}

/** The decision on a referral under a project's rules: see {@link decideReferral}. */
export type ReferralDecision =
  | {
      /** She meets the rules, or the project has none. */
      readonly accepted: true;
      /** The coordinator's exception that admits her although `unmet` is not empty. */
      readonly exception?: z.output<typeof EligibilityException>;
      /** What she does not meet (empty unless an exception admits her). */
      readonly unmet: readonly UnmetCriterion[];
    }
  | {
      /** She does not meet the rules and no coordinator allowed an exception. */
      readonly accepted: false;
      /** Every criterion she does not meet. */
      readonly unmet: readonly UnmetCriterion[];
      /** What would make the referral possible. */
      readonly remedy: Labels;
    };

/**
 * Decides whether a referral may be recorded under the project's eligibility rules (a kit
 * decision: eligibility is checked at referral, see docs/decisions.md "Eligibility"). An
 * ineligible mother is refused with every unmet criterion, unless the referral carries a
 * coordinator's recorded exception with its reason. A project without rules accepts
 * every referral the schema accepts. Pure.
 */
export function decideReferral(
  referral: {
    readonly eligibility: Facts;
    readonly eligibilityException?: z.input<typeof EligibilityException>;
  },
  rules: Rules | undefined,
): ReferralDecision {
  if (rules === undefined) return { accepted: true, unmet: [] };
  const { eligible, unmet } = checkEligibility(referral.eligibility, rules);
  if (eligible) return { accepted: true, unmet };
  const exception = referral.eligibilityException;
  if (exception !== undefined)
    return { accepted: true, unmet, exception: { ...exception, reason: exception.reason.trim() } };
  return { accepted: false, unmet, remedy: EXCEPTION_REMEDY };
}

// ---- reasons ---------------------------------------------------------------------------
// Each states the rule, never her own data, so it can be shown, logged and exported.

const EXCEPTION_REMEDY = labels(
  "Verwijs haar naar een andere dienst, of vraag de coördinator van het project om een uitzondering en noteer die met de reden.",
  "Orientez-la vers un autre service, ou demandez une exception à la coordination du projet et notez-la avec sa raison.",
  "Verweisen Sie sie an einen anderen Dienst, oder bitten Sie die Koordination des Projekts um eine Ausnahme und erfassen Sie diese mit ihrem Grund.",
  "Refer her to another service, or ask the project's coordinator for an exception and record it with its reason.",
);

const SINGLE_MOTHER = labels(
  "MIRIAM is er voor alleenstaande moeders.",
  "MIRIAM s'adresse aux mères seules.",
  "MIRIAM richtet sich an alleinerziehende Mütter.",
  "MIRIAM is for single mothers.",
);

const GROUP_LANGUAGE = labels(
  "Ze moet de groepssessies kunnen volgen in de taal van de groep.",
  "Elle doit pouvoir suivre les séances de groupe dans la langue du groupe.",
  "Sie muss den Gruppensitzungen in der Sprache der Gruppe folgen können.",
  "She must be able to follow the group sessions in the group's language.",
);

// What is added when the fact is missing (single mother and services are always recorded).
const UNKNOWN: Readonly<Partial<Record<EligibilityCriterion, Labels>>> = {
  "youngest-child-age": labels(
    "De leeftijd van haar jongste kind is niet ingevuld.",
    "L'âge de son plus jeune enfant n'est pas renseigné.",
    "Das Alter ihres jüngsten Kindes ist nicht angegeben.",
    "Her youngest child's age is not recorded.",
  ),
  "minimum-age": labels(
    "Haar leeftijd is niet ingevuld.",
    "Son âge n'est pas renseigné.",
    "Ihr Alter ist nicht angegeben.",
    "Her age is not recorded.",
  ),
  "maximum-age": labels(
    "Haar leeftijd is niet ingevuld.",
    "Son âge n'est pas renseigné.",
    "Ihr Alter ist nicht angegeben.",
    "Her age is not recorded.",
  ),
  neighbourhood: labels(
    "Haar wijk is niet ingevuld.",
    "Son quartier n'est pas renseigné.",
    "Ihr Stadtviertel ist nicht angegeben.",
    "Her neighbourhood is not recorded.",
  ),
  "group-language": labels(
    "Dit is niet ingevuld.",
    "Ce n'est pas renseigné.",
    "Das ist nicht angegeben.",
    "This is not recorded.",
  ),
};

function withUnknown(reason: Labels, criterion: EligibilityCriterion): Labels {
  const missing = UNKNOWN[criterion];
  return missing === undefined
    ? reason
    : each((language) => `${reason[language]} ${missing[language]}`);
}

function servicesReason(services: Rules["services"]): Labels {
  const list = (language: Language) =>
    orList(
      services.map((service) => ocmwServices.label(service, language)),
      language,
    );
  return {
    nl: `Dit project neemt moeders op met ${list("nl")}.`,
    fr: `Ce projet accueille des mères qui bénéficient de : ${list("fr")}.`,
    de: `Dieses Projekt nimmt Mütter auf, die Folgendes erhalten: ${list("de")}.`,
    en: `This project takes mothers who receive ${list("en")}.`,
  };
}

function youngestChildReason(max: number): Labels {
  return {
    nl: `Dit project neemt moeders op van wie het jongste kind hoogstens ${max} jaar is.`,
    fr: `Ce projet accueille des mères dont le plus jeune enfant a au plus ${max} ans.`,
    de: `Dieses Projekt nimmt Mütter auf, deren jüngstes Kind höchstens ${max} Jahre alt ist.`,
    en: `This project takes mothers whose youngest child is at most ${max}.`,
  };
}

function minimumAgeReason(min: number): Labels {
  return {
    nl: `Dit project neemt moeders op vanaf ${min} jaar.`,
    fr: `Ce projet accueille des mères à partir de ${min} ans.`,
    de: `Dieses Projekt nimmt Mütter ab ${min} Jahren auf.`,
    en: `This project takes mothers aged ${min} or over.`,
  };
}

function maximumAgeReason(max: number): Labels {
  return {
    nl: `Dit project neemt moeders op tot en met ${max} jaar.`,
    fr: `Ce projet accueille des mères jusqu'à ${max} ans inclus.`,
    de: `Dieses Projekt nimmt Mütter bis einschließlich ${max} Jahre auf.`,
    en: `This project takes mothers aged up to ${max}.`,
  };
}

function neighbourhoodReason(neighbourhoods: readonly string[]): Labels {
  const list = (language: Language) => orList(neighbourhoods, language);
  return {
    nl: `Dit project neemt moeders op die wonen in ${list("nl")}.`,
    fr: `Ce projet accueille des mères qui habitent : ${list("fr")}.`,
    de: `Dieses Projekt nimmt Mütter auf, die hier wohnen: ${list("de")}.`,
    en: `This project takes mothers living in ${list("en")}.`,
  };
}

// "a, b or c" in the reader's language.
function orList(items: readonly string[], language: Language): string {
  return new Intl.ListFormat(language, { type: "disjunction" }).format(items);
}

// Neighbourhood names are typed by people: compare them without case, accents' encoding
// or surrounding spaces ("Sint-Andries " = "sint-andries").
function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize("NFC").trim().toLocaleLowerCase("nl");
  return norm(a) === norm(b);
}

function each(text: (language: Language) => string): Labels {
  return Object.fromEntries(
    LANGUAGES.map((language) => [language, text(language)]),
  ) as unknown as Labels;
}
