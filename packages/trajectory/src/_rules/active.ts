import { labels } from "@miriam/schemas";
import type { StepType } from "../step";
import { isMeasurement, type RuleBody } from "./common";

// Active phase (METHODOLOGY.md §3 phase 6): opened by the plan, closed by the end
// measurement t1 (phase 7).

const ACTIVE_PHASE_STEPS: readonly StepType[] = [
  "goal.added",
  "goal.updated",
  "review.held",
  "measurement.recorded",
  "evaluation.held",
  "proposal.made",
  "proposal.confirmed",
  "proposal.declined",
];

export const planBeforeActivePhase = {
  title: labels(
    "Plan vóór de actieve fase",
    "Plan avant la phase active",
    "Plan vor der aktiven Phase",
    "Plan before the active phase",
  ),
  appliesTo: ACTIVE_PHASE_STEPS,
  message: labels(
    "Dit hoort bij de actieve fase, en die begint pas als het plan van aanpak afgesproken is.",
    "Ceci fait partie de la phase active, qui ne commence qu'une fois le plan d'accompagnement convenu.",
    "Dies gehört zur aktiven Phase, die erst beginnt, wenn der Begleitplan vereinbart ist.",
    "This belongs to the active phase, which starts only once the personal plan is agreed.",
  ),
  remedy: labels(
    "Spreek eerst het plan van aanpak met haar af en registreer het.",
    "Convenez d'abord du plan d'accompagnement avec elle et enregistrez-le.",
    "Vereinbaren Sie zuerst den Begleitplan mit ihr und erfassen Sie ihn.",
    "Agree the personal plan with her first and record it.",
  ),
  gate: false,
  basis: "kit",
  refuses: (context, step) =>
    context.milestones.planAgreedAt === null &&
    (step.type === "goal.added" ||
      step.type === "goal.updated" ||
      step.type === "review.held" ||
      step.type === "evaluation.held" ||
      step.type.startsWith("proposal.") ||
      isMeasurement(step, "mid") ||
      isMeasurement(step, "t1")),
} as const satisfies RuleBody;

export const midTermBeforeEndMeasurement = {
  title: labels(
    "Tussentijds vóór de eindmeting",
    "Intermédiaire avant la mesure finale",
    "Zwischenstand vor der Abschlussmessung",
    "Mid-term before the end measurement",
  ),
  appliesTo: ["review.held", "measurement.recorded"],
  message: labels(
    "De eindmeting (t1) is al geregistreerd: een tussentijdse evaluatie of meting kan niet meer.",
    "La mesure finale (t1) est déjà enregistrée : une évaluation ou une mesure intermédiaire n'est plus possible.",
    "Die Abschlussmessung (t1) ist bereits erfasst: eine Zwischenauswertung oder Zwischenmessung ist nicht mehr möglich.",
    "The end measurement (t1) is already recorded: a mid-term review or measurement is no longer possible.",
  ),
  remedy: labels(
    "Bespreek de voortgang in het evaluatiegesprek.",
    "Parlez des progrès lors de l'entretien d'évaluation.",
    "Besprechen Sie die Fortschritte im Auswertungsgespräch.",
    "Discuss progress in the evaluation talk.",
  ),
  gate: false,
  basis: "kit",
  refuses: (context, step) =>
    context.milestones.endMeasurementAt !== null &&
    (step.type === "review.held" || isMeasurement(step, "mid")),
} as const satisfies RuleBody;

export const endMeasurementOnce = {
  title: labels(
    "Eén eindmeting",
    "Une seule mesure finale",
    "Nur eine Abschlussmessung",
    "One end measurement",
  ),
  appliesTo: ["measurement.recorded"],
  message: labels(
    "De eindmeting (t1) is al geregistreerd.",
    "La mesure finale (t1) est déjà enregistrée.",
    "Die Abschlussmessung (t1) ist bereits erfasst.",
    "The end measurement (t1) is already recorded.",
  ),
  remedy: labels(
    "Een meting na de overdracht is een opvolgmeting.",
    "Une mesure après le passage de relais est une mesure de suivi.",
    "Eine Messung nach der Übergabe ist eine Folgemessung.",
    "A measurement after the handover is a follow-up measurement.",
  ),
  gate: false,
  basis: "kit",
  refuses: (context, step) =>
    isMeasurement(step, "t1") && context.milestones.endMeasurementAt !== null,
} as const satisfies RuleBody;
