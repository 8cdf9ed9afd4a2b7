import { labels } from "@miriam/schemas";
import type { TrajectoryContext } from "../context";
import type { Step } from "../step";
import {
  DECLINED,
  DROPPED_OUT,
  MOVED,
  NOT_ELIGIBLE,
  outcome,
  POSITIVE_EARLY_EXIT,
  type RuleBody,
} from "./common";

// Closing (METHODOLOGY.md §3 phase 11): nothing after it, and an outcome that fits how far
// she came.

export const nothingAfterClosed = {
  title: labels(
    "Niets na de afsluiting",
    "Rien après la clôture",
    "Nichts nach dem Abschluss",
    "Nothing after closing",
  ),
  appliesTo: "*",
  message: labels(
    "Dit traject is afgesloten. Er kan niets meer aan toegevoegd worden.",
    "Ce parcours est clôturé. On ne peut plus rien y ajouter.",
    "Diese Begleitung ist abgeschlossen. Es kann nichts mehr hinzugefügt werden.",
    "This trajectory is closed. Nothing more can be added to it.",
  ),
  remedy: labels(
    "Wil zij opnieuw deelnemen, start dan een nieuw traject met een nieuwe toeleiding.",
    "Si elle souhaite participer à nouveau, ouvrez un nouveau parcours avec une nouvelle orientation.",
    "Möchte sie wieder teilnehmen, beginnen Sie eine neue Begleitung mit einer neuen Zuweisung.",
    "If she wants to take part again, open a new trajectory with a new referral.",
  ),
  gate: true,
  basis: "kit",
  refuses: (context) => context.milestones.closing !== null,
} as const satisfies RuleBody;

export const completedNeedsEndMeasurementAndHandover = {
  title: labels(
    `“${outcome("completed").nl}” vraagt eindmeting en overdracht`,
    `« ${outcome("completed").fr} » demande la mesure finale et le passage de relais`,
    `„${outcome("completed").de}“ braucht Abschlussmessung und Übergabe`,
    `“${outcome("completed").en}” needs the end measurement and a handover`,
  ),
  appliesTo: ["trajectory.closed"],
  message: labels(
    "Een traject is pas volledig doorlopen met een eindmeting (t1) en een overdracht (of de vaststelling dat er geen nodig is).",
    "Un parcours n'est terminé qu'avec une mesure finale (t1) et un passage de relais (ou le constat qu'il n'en faut pas).",
    "Eine Begleitung ist erst mit einer Abschlussmessung (t1) und einer Übergabe (oder der Feststellung, dass keine nötig ist) abgeschlossen.",
    "A trajectory is completed only with an end measurement (t1) and a handover (or the record that none is needed).",
  ),
  remedy: labels(
    `Registreer eerst wat ontbreekt, of kies een andere afsluiting (bv. “${DROPPED_OUT.nl}”, met een reden).`,
    `Enregistrez d'abord ce qui manque, ou choisissez une autre issue (p. ex. « ${DROPPED_OUT.fr} », avec un motif).`,
    `Erfassen Sie zuerst, was fehlt, oder wählen Sie einen anderen Abschluss (z. B. „${DROPPED_OUT.de}“, mit Grund).`,
    `Record what is missing first, or choose another outcome (e.g. “${DROPPED_OUT.en}”, with a reason).`,
  ),
  gate: false,
  basis: "kit",
  refuses: (context, step) =>
    step.type === "trajectory.closed" &&
    step.outcome === "completed" &&
    (context.milestones.endMeasurementAt === null || context.milestones.handover === null),
} as const satisfies RuleBody;

export const declinedOnlyBeforeEnrolment = {
  title: labels(
    `“${DECLINED.nl}” alleen vóór het instappen`,
    `« ${DECLINED.fr} » seulement avant l'entrée`,
    `„${DECLINED.de}“ nur vor dem Einstieg`,
    `“${DECLINED.en}” only before enrolment`,
  ),
  appliesTo: ["trajectory.closed"],
  message: labels(
    `Zij is al ingestapt (zij gaf toestemming), dus het traject kan niet meer als “${DECLINED.nl}” afgesloten worden.`,
    `Elle est déjà entrée dans le parcours (elle a donné son consentement) : il ne peut plus être clôturé comme « ${DECLINED.fr} ».`,
    `Sie ist bereits eingestiegen (sie hat eingewilligt), die Begleitung kann nicht mehr als „${DECLINED.de}“ abgeschlossen werden.`,
    `She has already enrolled (she gave consent), so the trajectory can no longer be closed as “${DECLINED.en}”.`,
  ),
  remedy: labels(
    `Kies “${DROPPED_OUT.nl}”, met een reden.`,
    `Choisissez « ${DROPPED_OUT.fr} », avec un motif.`,
    `Wählen Sie „${DROPPED_OUT.de}“, mit einem Grund.`,
    `Choose “${DROPPED_OUT.en}”, with a reason.`,
  ),
  gate: false,
  basis: "kit",
  refuses: (context, step) =>
    step.type === "trajectory.closed" &&
    step.outcome === "declined" &&
    context.consent.enrolledAt !== null,
} as const satisfies RuleBody;

// What a trajectory can close as before she enrolled.
const CLOSE_BEFORE_ENROLMENT = labels(
  `Kies “${DECLINED.nl}” als zij niet wil deelnemen, of “${NOT_ELIGIBLE.nl}” of “${MOVED.nl}”.`,
  `Choisissez « ${DECLINED.fr} » si elle ne souhaite pas participer, ou « ${NOT_ELIGIBLE.fr} » ou « ${MOVED.fr} ».`,
  `Wählen Sie „${DECLINED.de}“, wenn sie nicht teilnehmen möchte, oder „${NOT_ELIGIBLE.de}“ oder „${MOVED.de}“.`,
  `Choose “${DECLINED.en}” if she does not want to take part, or “${NOT_ELIGIBLE.en}” or “${MOVED.en}”.`,
);

export const droppedOutOnlyAfterEnrolment = {
  title: labels(
    `“${DROPPED_OUT.nl}” alleen na het instappen`,
    `« ${DROPPED_OUT.fr} » seulement après l'entrée`,
    `„${DROPPED_OUT.de}“ nur nach dem Einstieg`,
    `“${DROPPED_OUT.en}” only after enrolment`,
  ),
  appliesTo: ["trajectory.closed"],
  message: labels(
    "Zij is nog niet ingestapt (er is geen toestemming), dus zij kan niet voortijdig stoppen.",
    "Elle n'est pas encore entrée dans le parcours (pas de consentement) : elle ne peut pas l'abandonner.",
    "Sie ist noch nicht eingestiegen (keine Einwilligung), kann also nicht vorzeitig aufhören.",
    "She has not enrolled yet (there is no consent), so she cannot drop out.",
  ),
  remedy: CLOSE_BEFORE_ENROLMENT,
  gate: false,
  basis: "kit",
  refuses: (context, step) => closesEarlyBeforeEnrolment(context, step, "dropped-out"),
} as const satisfies RuleBody;

// Leaving early for work or training ends a trajectory she was in, like a drop-out; before
// she enrolled there is nothing to leave.
export const positiveEarlyExitOnlyAfterEnrolment = {
  title: labels(
    `“${POSITIVE_EARLY_EXIT.nl}” alleen na het instappen`,
    `« ${POSITIVE_EARLY_EXIT.fr} » seulement après l'entrée`,
    `„${POSITIVE_EARLY_EXIT.de}“ nur nach dem Einstieg`,
    `“${POSITIVE_EARLY_EXIT.en}” only after enrolment`,
  ),
  appliesTo: ["trajectory.closed"],
  message: labels(
    "Zij is nog niet ingestapt (er is geen toestemming), dus zij kan het traject niet vroeger verlaten.",
    "Elle n'est pas encore entrée dans le parcours (pas de consentement) : elle ne peut pas le quitter avant la fin.",
    "Sie ist noch nicht eingestiegen (keine Einwilligung), kann die Begleitung also nicht vorzeitig verlassen.",
    "She has not enrolled yet (there is no consent), so she cannot leave the trajectory early.",
  ),
  remedy: CLOSE_BEFORE_ENROLMENT,
  gate: false,
  basis: "kit",
  refuses: (context, step) => closesEarlyBeforeEnrolment(context, step, "positive-early-exit"),
} as const satisfies RuleBody;

function closesEarlyBeforeEnrolment(
  context: TrajectoryContext,
  step: Step,
  early: "dropped-out" | "positive-early-exit",
): boolean {
  return (
    step.type === "trajectory.closed" &&
    step.outcome === early &&
    context.consent.enrolledAt === null
  );
}
