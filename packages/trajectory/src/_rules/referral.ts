import { labels } from "@miriam/schemas";
import type { RuleBody } from "./common";

// Referral (METHODOLOGY.md §3 phase 1): a trajectory's log opens with one referral, and
// holds that one trajectory only. All three are gates.

export const referralFirst = {
  title: labels(
    "Eerst de toeleiding",
    "D'abord l'orientation",
    "Zuerst die Zuweisung",
    "Referral comes first",
  ),
  appliesTo: "*",
  message: labels(
    "Dit traject heeft nog geen toeleiding. Alles begint met de toeleiding.",
    "Ce parcours n'a pas encore d'orientation. Tout commence par l'orientation.",
    "Für diese Begleitung gibt es noch keine Zuweisung. Alles beginnt mit der Zuweisung.",
    "This trajectory has no referral yet. Everything starts with the referral.",
  ),
  remedy: labels(
    "Registreer eerst de toeleiding van de moeder.",
    "Enregistrez d'abord l'orientation de la maman.",
    "Erfassen Sie zuerst die Zuweisung der Mutter.",
    "Record the mother's referral first.",
  ),
  gate: true,
  basis: "kit",
  refuses: (context, step) => context.referral === null && step.type !== "trajectory.referred",
} as const satisfies RuleBody;

export const oneTrajectoryPerLog = {
  title: labels(
    "Eén traject per logboek",
    "Un parcours par journal",
    "Eine Begleitung pro Protokoll",
    "One trajectory per log",
  ),
  appliesTo: "*",
  message: labels(
    "Deze gebeurtenis hoort bij een ander traject.",
    "Cet événement appartient à un autre parcours.",
    "Dieses Ereignis gehört zu einer anderen Begleitung.",
    "This event belongs to another trajectory.",
  ),
  remedy: labels(
    "Registreer ze in het traject van de juiste moeder.",
    "Enregistrez-le dans le parcours de la mère concernée.",
    "Erfassen Sie es in der Begleitung der richtigen Mutter.",
    "Record it in the right mother's trajectory.",
  ),
  gate: true,
  basis: "kit",
  refuses: (context, step) =>
    context.referral !== null &&
    step.trajectoryId !== undefined &&
    step.trajectoryId !== context.referral.trajectoryId,
} as const satisfies RuleBody;

export const referralOnce = {
  title: labels("Eén toeleiding", "Une seule orientation", "Nur eine Zuweisung", "One referral"),
  appliesTo: ["trajectory.referred"],
  message: labels(
    "Dit traject heeft al een toeleiding.",
    "Ce parcours a déjà une orientation.",
    "Diese Begleitung hat bereits eine Zuweisung.",
    "This trajectory already has a referral.",
  ),
  remedy: labels(
    "Een nieuwe toeleiding opent een nieuw traject, met een nieuwe id.",
    "Une nouvelle orientation ouvre un nouveau parcours, avec un nouvel identifiant.",
    "Eine neue Zuweisung eröffnet eine neue Begleitung mit einer neuen Kennung.",
    "A new referral opens a new trajectory, with a new id.",
  ),
  gate: true,
  basis: "kit",
  refuses: (context, step) => step.type === "trajectory.referred" && context.referral !== null,
} as const satisfies RuleBody;
