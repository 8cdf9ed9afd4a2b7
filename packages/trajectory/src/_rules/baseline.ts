import { labels } from "@miriam/schemas";
import { isMeasurement, type RuleBody } from "./common";

// Baseline measurement (t0) (METHODOLOGY.md §3 phase 4): after the intake, once.

export const intakeBeforeBaseline = {
  title: labels(
    "Intake vóór de beginmeting",
    "Accueil avant la mesure initiale",
    "Aufnahmegespräch vor der Anfangsmessung",
    "Intake before the baseline",
  ),
  appliesTo: ["measurement.recorded"],
  message: labels(
    "De beginmeting (t0) komt na het intakegesprek, en dat is nog niet geregistreerd.",
    "La mesure initiale (t0) vient après l'entretien d'accueil, qui n'est pas encore enregistré.",
    "Die Anfangsmessung (t0) folgt auf das Aufnahmegespräch, das noch nicht erfasst ist.",
    "The baseline measurement (t0) comes after the intake, which is not recorded yet.",
  ),
  remedy: labels(
    "Registreer eerst het intakegesprek.",
    "Enregistrez d'abord l'entretien d'accueil.",
    "Erfassen Sie zuerst das Aufnahmegespräch.",
    "Record the intake first.",
  ),
  gate: false,
  basis: "kit",
  refuses: (context, step) => isMeasurement(step, "t0") && context.milestones.intakeAt === null,
} as const satisfies RuleBody;

export const baselineOnce = {
  title: labels(
    "Eén beginmeting",
    "Une seule mesure initiale",
    "Nur eine Anfangsmessung",
    "One baseline",
  ),
  appliesTo: ["measurement.recorded"],
  message: labels(
    "De beginmeting (t0) is al geregistreerd.",
    "La mesure initiale (t0) est déjà enregistrée.",
    "Die Anfangsmessung (t0) ist bereits erfasst.",
    "The baseline measurement (t0) is already recorded.",
  ),
  remedy: labels(
    "Een meting onderweg registreert u als tussentijdse meting, zodra het plan van aanpak er is.",
    "Une mesure en cours de route s'enregistre comme mesure intermédiaire, une fois le plan convenu.",
    "Eine Messung unterwegs erfassen Sie als Zwischenmessung, sobald der Begleitplan vereinbart ist.",
    "Record a measurement along the way as a mid-term measurement, once the plan is agreed.",
  ),
  gate: false,
  basis: "kit",
  refuses: (context, step) => isMeasurement(step, "t0") && context.milestones.baselineAt !== null,
} as const satisfies RuleBody;
