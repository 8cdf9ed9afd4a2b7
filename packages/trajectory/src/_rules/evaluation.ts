import { labels } from "@miriam/schemas";
import { RECORD_AS_CONTACT, type RuleBody } from "./common";

// Evaluation (METHODOLOGY.md §3 phase 8): after the end measurement, once.

export const endMeasurementBeforeEvaluation = {
  title: labels(
    "Eindmeting vóór de evaluatie",
    "Mesure finale avant l'évaluation",
    "Abschlussmessung vor der Auswertung",
    "End measurement before evaluation",
  ),
  appliesTo: ["evaluation.held"],
  message: labels(
    "Het evaluatiegesprek komt na de eindmeting (t1), en die is nog niet geregistreerd.",
    "L'entretien d'évaluation vient après la mesure finale (t1), qui n'est pas encore enregistrée.",
    "Das Auswertungsgespräch folgt auf die Abschlussmessung (t1), die noch nicht erfasst ist.",
    "The evaluation talk comes after the end measurement (t1), which is not recorded yet.",
  ),
  remedy: labels(
    "Neem eerst de eindmeting af en registreer die.",
    "Faites d'abord la mesure finale et enregistrez-la.",
    "Machen Sie zuerst die Abschlussmessung und erfassen Sie sie.",
    "Do the end measurement first and record it.",
  ),
  gate: false,
  basis: "source",
  source: labels(
    "Methodebeschrijving, fasen 7 en 8: de eindmeting (t1), daarna het evaluatiegesprek",
    "Description de la méthode, phases 7 et 8 : la mesure finale (t1), puis l'entretien d'évaluation",
    "Methodenbeschreibung, Phasen 7 und 8: die Abschlussmessung (t1), dann das Auswertungsgespräch",
    "Method description, phases 7 and 8: the end measurement (t1), then the evaluation talk",
  ),
  refuses: (context, step) =>
    step.type === "evaluation.held" && context.milestones.endMeasurementAt === null,
} as const satisfies RuleBody;

export const evaluationOnce = {
  title: labels(
    "Eén evaluatiegesprek",
    "Une seule évaluation",
    "Nur ein Auswertungsgespräch",
    "One evaluation",
  ),
  appliesTo: ["evaluation.held"],
  message: labels(
    "Het evaluatiegesprek is al geregistreerd.",
    "L'entretien d'évaluation est déjà enregistré.",
    "Das Auswertungsgespräch ist bereits erfasst.",
    "The evaluation talk is already recorded.",
  ),
  remedy: RECORD_AS_CONTACT,
  gate: false,
  basis: "kit",
  refuses: (context, step) =>
    step.type === "evaluation.held" && context.milestones.evaluationAt !== null,
} as const satisfies RuleBody;
