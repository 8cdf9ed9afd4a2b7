import { labels } from "@miriam/schemas";
import type { RuleBody } from "./common";

// Personal plan and its goals (METHODOLOGY.md §3 phase 5).

export const baselineBeforePlan = {
  title: labels(
    "Beginmeting vóór het plan",
    "Mesure initiale avant le plan",
    "Anfangsmessung vor dem Plan",
    "Baseline before the plan",
  ),
  appliesTo: ["plan.agreed"],
  message: labels(
    "Het plan van aanpak komt na de beginmeting (t0), en die is nog niet geregistreerd.",
    "Le plan d'accompagnement vient après la mesure initiale (t0), qui n'est pas encore enregistrée.",
    "Der Begleitplan folgt auf die Anfangsmessung (t0), die noch nicht erfasst ist.",
    "The personal plan comes after the baseline measurement (t0), which is not recorded yet.",
  ),
  remedy: labels(
    "Neem eerst samen met haar de beginmeting af en registreer die.",
    "Faites d'abord la mesure initiale avec elle et enregistrez-la.",
    "Machen Sie zuerst mit ihr die Anfangsmessung und erfassen Sie sie.",
    "Do the baseline measurement with her first and record it.",
  ),
  gate: false,
  basis: "kit",
  refuses: (context, step) => step.type === "plan.agreed" && context.milestones.baselineAt === null,
} as const satisfies RuleBody;

export const planOnce = {
  title: labels(
    "Eén plan van aanpak",
    "Un seul plan d'accompagnement",
    "Nur ein Begleitplan",
    "One personal plan",
  ),
  appliesTo: ["plan.agreed"],
  message: labels(
    "Er is al een plan van aanpak.",
    "Il y a déjà un plan d'accompagnement.",
    "Es gibt bereits einen Begleitplan.",
    "There is already a personal plan.",
  ),
  remedy: labels(
    "Pas het plan aan door doelen toe te voegen of bij te werken.",
    "Adaptez le plan en ajoutant ou en mettant à jour des objectifs.",
    "Passen Sie den Plan an, indem Sie Ziele hinzufügen oder aktualisieren.",
    "Revise the plan by adding or updating goals.",
  ),
  gate: false,
  basis: "kit",
  refuses: (context, step) =>
    step.type === "plan.agreed" && context.milestones.planAgreedAt !== null,
} as const satisfies RuleBody;

export const goalIdUnique = {
  title: labels(
    "Elk doel één keer",
    "Chaque objectif une seule fois",
    "Jedes Ziel nur einmal",
    "Each goal once",
  ),
  appliesTo: ["goal.added"],
  message: labels(
    "Er staat al een doel met deze id in het plan.",
    "Le plan contient déjà un objectif avec cet identifiant.",
    "Im Plan gibt es bereits ein Ziel mit dieser Kennung.",
    "The plan already has a goal with this id.",
  ),
  remedy: labels(
    "Werk het bestaande doel bij, of geef het nieuwe doel een eigen id.",
    "Mettez à jour l'objectif existant, ou donnez au nouvel objectif son propre identifiant.",
    "Aktualisieren Sie das bestehende Ziel oder geben Sie dem neuen Ziel eine eigene Kennung.",
    "Update the existing goal, or give the new goal its own id.",
  ),
  gate: false,
  basis: "kit",
  refuses: (context, step) =>
    step.type === "goal.added" && step.goalId !== undefined && step.goalId in context.goals,
} as const satisfies RuleBody;

export const goalExists = {
  title: labels(
    "Alleen bestaande doelen bijwerken",
    "Mettre à jour seulement des objectifs existants",
    "Nur bestehende Ziele aktualisieren",
    "Update only existing goals",
  ),
  appliesTo: ["goal.updated"],
  message: labels(
    "Dit doel staat niet in haar plan van aanpak.",
    "Cet objectif ne figure pas dans son plan d'accompagnement.",
    "Dieses Ziel steht nicht in ihrem Begleitplan.",
    "This goal is not in her personal plan.",
  ),
  remedy: labels(
    "Voeg het doel eerst toe aan het plan.",
    "Ajoutez d'abord l'objectif au plan.",
    "Fügen Sie das Ziel zuerst dem Plan hinzu.",
    "Add the goal to the plan first.",
  ),
  gate: false,
  // Without a goal id (a question from a user interface), the step is possible when the
  // plan has any goal to update.
  basis: "kit",
  refuses: (context, step) =>
    step.type === "goal.updated" &&
    context.milestones.planAgreedAt !== null &&
    (step.goalId === undefined
      ? Object.keys(context.goals).length === 0
      : !(step.goalId in context.goals)),
} as const satisfies RuleBody;
