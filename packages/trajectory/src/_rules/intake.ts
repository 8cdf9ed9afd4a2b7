import { labels } from "@miriam/schemas";
import { RECORD_AS_CONTACT, type RuleBody } from "./common";

// Intake (METHODOLOGY.md §3 phase 3).

export const intakeOnce = {
  title: labels(
    "Eén intakegesprek",
    "Un seul entretien d'accueil",
    "Nur ein Aufnahmegespräch",
    "One intake",
  ),
  appliesTo: ["intake.held"],
  message: labels(
    "Het intakegesprek is al geregistreerd.",
    "L'entretien d'accueil est déjà enregistré.",
    "Das Aufnahmegespräch ist bereits erfasst.",
    "The intake is already recorded.",
  ),
  remedy: RECORD_AS_CONTACT,
  gate: false,
  basis: "kit",
  refuses: (context, step) => step.type === "intake.held" && context.milestones.intakeAt !== null,
} as const satisfies RuleBody;
