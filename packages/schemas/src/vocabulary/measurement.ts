import { type CodeOf, defineVocabulary, labels } from "./_define";
import { rights } from "./_right-codes";

/** When a measurement is taken (METHODOLOGY.md §5). */
export const timepoints = defineVocabulary(
  "timepoint",
  labels("meetmoment", "moment de mesure", "Messzeitpunkt", "timepoint"),
  [
    {
      code: "t0",
      labels: labels(
        "beginmeting (t0)",
        "mesure initiale (t0)",
        "Anfangsmessung (t0)",
        "baseline (t0)",
      ),
    },
    {
      code: "mid",
      labels: labels(
        "tussentijdse meting",
        "mesure intermédiaire",
        "Zwischenmessung",
        "mid-term measurement",
      ),
    },
    {
      code: "t1",
      labels: labels(
        "eindmeting (t1)",
        "mesure finale (t1)",
        "Abschlussmessung (t1)",
        "end measurement (t1)",
      ),
    },
    {
      code: "follow-up",
      labels: labels("opvolgmeting", "mesure de suivi", "Folgemessung", "follow-up measurement"),
    },
  ],
);

/** A measurement timepoint. */
export type Timepoint = CodeOf<typeof timepoints>;

/**
 * Outcome indicators recorded yes/no at t0 and t1 (METHODOLOGY.md §5): concrete facts
 * that sources report on, next to the self-evaluation.
 */
export const outcomeIndicators = defineVocabulary(
  "outcome-indicator",
  labels("resultaatindicator", "indicateur de résultat", "Ergebnisindikator", "outcome indicator"),
  [
    {
      code: "in-training",
      labels: labels("volgt een opleiding", "suit une formation", "in Ausbildung", "in training"),
    },
    {
      code: "applied-for-job",
      labels: labels(
        "heeft gesolliciteerd",
        "a postulé à un emploi",
        "hat sich beworben",
        "applied for a job",
      ),
    },
    { code: "in-work", labels: labels("heeft werk", "a un emploi", "erwerbstätig", "in work") },
    {
      code: "in-internship",
      labels: labels("loopt stage", "effectue un stage", "im Praktikum", "in an internship"),
    },
    {
      code: "budget-overview",
      labels: labels(
        "heeft een budgetoverzicht",
        "a une vue sur son budget",
        "hat einen Budgetüberblick",
        "has a budget overview",
      ),
    },
    {
      code: "debt-mediation-started",
      labels: labels(
        "schuldbemiddeling opgestart",
        "médiation de dettes entamée",
        "Schuldnerberatung begonnen",
        "debt mediation started",
      ),
    },
    {
      code: "child-maintenance-claimed",
      labels: labels(
        "onderhoudsgeld gevraagd",
        "pension alimentaire réclamée",
        "Kindesunterhalt eingefordert",
        "child maintenance claimed",
      ),
    },
    {
      code: "maintenance-advance-received",
      labels: labels(
        "voorschot onderhoudsgeld (DAVO) ontvangen",
        "avances sur pension alimentaire (SECAL) perçues",
        "Unterhaltsvorschuss (DUFO) erhalten",
        "maintenance advance (DAVO/SECAL) received",
      ),
    },
    {
      code: "regular-gp",
      labels: labels(
        "heeft een vaste huisarts",
        "a un médecin généraliste attitré",
        "hat einen festen Hausarzt",
        "has a regular GP",
      ),
    },
    {
      code: "regular-dentist",
      labels: labels(
        "heeft een vaste tandarts",
        "a un dentiste attitré",
        "hat einen festen Zahnarzt",
        "has a regular dentist",
      ),
    },
    {
      code: "social-housing-waiting-list",
      labels: labels(
        "ingeschreven voor een sociale woning",
        "inscrite pour un logement social",
        "für eine Sozialwohnung eingetragen",
        "on a social-housing waiting list",
      ),
    },
    {
      code: "childcare-place",
      labels: labels(
        "heeft een plaats in de kinderopvang",
        "a une place d'accueil pour enfant",
        "hat einen Betreuungsplatz",
        "has a childcare place",
      ),
    },
    {
      code: "increased-reimbursement",
      // The right's own, checked name: an indicator that she has it reads the same.
      labels: rights.labelsOf("increased-reimbursement"),
    },
    {
      code: "family-allowance-social-supplement",
      labels: labels(
        "sociale toeslag op het groeipakket",
        "supplément social aux allocations familiales",
        "Sozialzuschlag zum Kindergeld",
        "social supplement to family allowance",
      ),
    },
  ],
);

/** An outcome indicator code. */
export type OutcomeIndicator = CodeOf<typeof outcomeIndicators>;
