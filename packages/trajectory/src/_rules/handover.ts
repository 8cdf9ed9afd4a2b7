import { labels } from "@miriam/schemas";
import { isMeasurement, type RuleBody } from "./common";

// Handover and follow-up (METHODOLOGY.md §3 phases 9 and 10).

export const evaluationBeforeHandover = {
  title: labels(
    "Evaluatie vóór de overdracht",
    "Évaluation avant le passage de relais",
    "Auswertung vor der Übergabe",
    "Evaluation before handover",
  ),
  appliesTo: ["handover.done"],
  message: labels(
    "De overdracht komt na het evaluatiegesprek, en dat is nog niet geregistreerd.",
    "Le passage de relais vient après l'entretien d'évaluation, qui n'est pas encore enregistré.",
    "Die Übergabe folgt auf das Auswertungsgespräch, das noch nicht erfasst ist.",
    "The handover comes after the evaluation talk, which is not recorded yet.",
  ),
  remedy: labels(
    "Registreer eerst het evaluatiegesprek.",
    "Enregistrez d'abord l'entretien d'évaluation.",
    "Erfassen Sie zuerst das Auswertungsgespräch.",
    "Record the evaluation talk first.",
  ),
  gate: false,
  basis: "kit",
  refuses: (context, step) =>
    step.type === "handover.done" && context.milestones.evaluationAt === null,
} as const satisfies RuleBody;

export const handoverOnce = {
  title: labels("Eén overdracht", "Un seul passage de relais", "Nur eine Übergabe", "One handover"),
  appliesTo: ["handover.done"],
  message: labels(
    "De overdracht is al geregistreerd.",
    "Le passage de relais est déjà enregistré.",
    "Die Übergabe ist bereits erfasst.",
    "The handover is already recorded.",
  ),
  remedy: labels(
    "Noteer nieuwe afspraken bij een individueel contact.",
    "Notez les nouveaux accords lors d'un contact individuel.",
    "Halten Sie neue Absprachen bei einem Einzelkontakt fest.",
    "Write new agreements down with an individual contact.",
  ),
  gate: false,
  basis: "kit",
  refuses: (context, step) => step.type === "handover.done" && context.milestones.handover !== null,
} as const satisfies RuleBody;

export const handoverBeforeFollowUp = {
  title: labels(
    "Overdracht vóór de nazorg",
    "Passage de relais avant le suivi",
    "Übergabe vor der Nachbetreuung",
    "Handover before follow-up",
  ),
  appliesTo: ["follow-up.held", "measurement.recorded"],
  message: labels(
    "Nazorg en opvolgmeting komen na de overdracht, en die is nog niet geregistreerd.",
    "Le suivi et la mesure de suivi viennent après le passage de relais, qui n'est pas encore enregistré.",
    "Nachbetreuung und Folgemessung folgen auf die Übergabe, die noch nicht erfasst ist.",
    "Follow-up and the follow-up measurement come after the handover, which is not recorded yet.",
  ),
  remedy: labels(
    "Registreer eerst de overdracht, of dat er geen overdracht nodig is.",
    "Enregistrez d'abord le passage de relais, ou qu'il n'est pas nécessaire.",
    "Erfassen Sie zuerst die Übergabe, oder dass keine nötig ist.",
    "Record the handover first, or that none is needed.",
  ),
  gate: false,
  basis: "kit",
  refuses: (context, step) =>
    context.milestones.handover === null &&
    (step.type === "follow-up.held" || isMeasurement(step, "follow-up")),
} as const satisfies RuleBody;
