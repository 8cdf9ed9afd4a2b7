import { type CodeOf, defineVocabulary, type Labels, labels } from "./_define";
import type { Region } from "./regions";

/**
 * The default catalogue of rights a rights check goes through (METHODOLOGY.md §6). The
 * living wage is a last resort: these come first. Codes are shared by all regions; what
 * differs per region (the provider's name) is in {@link rightProviders}.
 */
export const rights = defineVocabulary("right", labels("recht", "droit", "Anspruch", "right"), [
  {
    code: "child-maintenance",
    labels: labels(
      "onderhoudsgeld voor de kinderen",
      "pension alimentaire pour les enfants",
      "Kindesunterhalt",
      "child maintenance",
    ),
  },
  {
    code: "maintenance-advance",
    labels: labels(
      "voorschotten op onderhoudsgeld (DAVO)",
      "avances sur pensions alimentaires (SECAL)",
      "Unterhaltsvorschüsse (DAVO/SECAL)",
      "maintenance advances (DAVO/SECAL)",
    ),
  },
  {
    code: "increased-reimbursement",
    labels: labels(
      "verhoogde tegemoetkoming (VT)",
      "intervention majorée (BIM)",
      "erhöhte Kostenerstattung (BIM)",
      "increased health reimbursement (VT/BIM)",
    ),
  },
  {
    code: "family-allowance",
    labels: labels(
      "kinderbijslag / groeipakket",
      "allocations familiales",
      "Kindergeld",
      "family allowance",
    ),
  },
  {
    code: "family-allowance-social-supplement",
    labels: labels(
      "sociale toeslag kinderbijslag",
      "supplément social aux allocations familiales",
      "Sozialzuschlag zum Kindergeld",
      "family allowance social supplement",
    ),
  },
  {
    code: "family-allowance-single-parent-supplement",
    labels: labels(
      "toeslag eenoudergezin",
      "supplément famille monoparentale",
      "Zuschlag für Alleinerziehende",
      "single-parent supplement to family allowance",
    ),
  },
  {
    code: "income-related-childcare",
    labels: labels(
      "kinderopvang met inkomenstarief",
      "accueil de l'enfance à tarif selon les revenus",
      "einkommensabhängige Kinderbetreuung",
      "childcare at income-related fees",
    ),
  },
  {
    code: "employment-service-registration",
    labels: labels(
      "inschrijving bij de arbeidsbemiddelingsdienst",
      "inscription au service de l'emploi",
      "Anmeldung beim Arbeitsamt",
      "registration with the employment service",
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
    code: "social-housing",
    labels: labels("sociale huisvesting", "logement social", "Sozialwohnung", "social housing"),
  },
  {
    code: "legal-aid",
    labels: labels(
      "juridische tweedelijnsbijstand (pro-Deoadvocaat)",
      "aide juridique (avocat pro deo)",
      "juristischer Beistand (Pro-Deo-Anwalt)",
      "legal aid",
    ),
  },
  {
    code: "study-grant",
    labels: labels(
      "school- of studietoelage",
      "allocation d'études",
      "Studienbeihilfe",
      "study grant",
    ),
  },
  {
    code: "local-supplement",
    labels: labels(
      "aanvullende steun van het OCMW",
      "aide complémentaire du CPAS",
      "Zusatzhilfe des ÖSHZ",
      "local OCMW supplement",
    ),
  },
]);

/** A right code of the default catalogue. */
export type Right = CodeOf<typeof rights>;

/**
 * The organisation that handles a right, where it differs by region (METHODOLOGY.md §6:
 * Groeipakket, Famiwal, Famiris, Kindergeld; VDAB, Le Forem, Actiris, ADG). Rights not
 * listed here are handled by a federal or local service with the same name everywhere.
 */
export const rightProviders: Readonly<Partial<Record<Right, Readonly<Record<Region, string>>>>> = {
  "family-allowance": {
    flanders: "Groeipakket",
    wallonia: "Famiwal",
    brussels: "Famiris",
    "german-speaking": "Kindergeld (DG)",
  },
  "family-allowance-social-supplement": {
    flanders: "Groeipakket",
    wallonia: "Famiwal",
    brussels: "Famiris",
    "german-speaking": "Kindergeld (DG)",
  },
  "family-allowance-single-parent-supplement": {
    flanders: "Groeipakket",
    wallonia: "Famiwal",
    brussels: "Famiris",
    "german-speaking": "Kindergeld (DG)",
  },
  "employment-service-registration": {
    flanders: "VDAB",
    wallonia: "Le Forem",
    brussels: "Actiris",
    "german-speaking": "ADG",
  },
  "maintenance-advance": {
    flanders: "DAVO",
    wallonia: "SECAL",
    brussels: "DAVO / SECAL",
    "german-speaking": "DAVO / SECAL",
  },
};

/** One right as a region's rights check shows it. */
export interface RegionalRight {
  /** The right's code. */
  readonly code: Right;
  /** Its labels. */
  readonly labels: Labels;
  /** The organisation that handles it in this region, when that differs by region. */
  readonly provider?: string;
}

/**
 * The rights catalogue of a region: every right of the default catalogue with the
 * region's provider names. Pure.
 *
 * @example
 * ```ts
 * rightsCatalogue("wallonia").find((r) => r.code === "family-allowance")?.provider; // "Famiwal"
 * ```
 */
export function rightsCatalogue(region: Region): readonly RegionalRight[] {
  return rights.terms.map((term) => {
    const provider = rightProviders[term.code]?.[region];
    return provider === undefined
      ? { code: term.code, labels: term.labels }
      : { code: term.code, labels: term.labels, provider };
  });
}
