import { type CodeOf, defineVocabulary, labels, type Vocabulary } from "./_define";

/** Where a right stands in the rights check (METHODOLOGY.md §6). */
export const rightStatuses = defineVocabulary(
  "right-status",
  labels("status van het recht", "statut du droit", "Stand des Anspruchs", "right status"),
  [
    {
      code: "unknown",
      labels: labels(
        "nog niet nagegaan",
        "pas encore vérifié",
        "noch nicht geprüft",
        "not yet checked",
      ),
    },
    {
      code: "not-applicable",
      labels: labels(
        "niet van toepassing",
        "pas d'application",
        "nicht zutreffend",
        "not applicable",
      ),
    },
    {
      code: "eligible",
      labels: labels("heeft recht", "y a droit", "anspruchsberechtigt", "eligible"),
    },
    { code: "applied", labels: labels("aangevraagd", "demandé", "beantragt", "applied") },
    { code: "granted", labels: labels("toegekend", "octroyé", "bewilligt", "granted") },
    { code: "refused", labels: labels("geweigerd", "refusé", "abgelehnt", "refused") },
  ],
);

/** A right's status. */
export type RightStatus = CodeOf<typeof rightStatuses>;

/** Where a goal of the personal plan stands. */
export const goalStatuses = defineVocabulary(
  "goal-status",
  labels("status van het doel", "statut de l'objectif", "Stand des Ziels", "goal status"),
  [
    {
      code: "open",
      labels: labels("nog niet gestart", "pas encore commencé", "noch nicht begonnen", "open"),
    },
    { code: "in-progress", labels: labels("bezig", "en cours", "in Arbeit", "in progress") },
    { code: "achieved", labels: labels("bereikt", "atteint", "erreicht", "achieved") },
    {
      code: "dropped",
      labels: labels("losgelaten", "abandonné", "aufgegeben", "dropped"),
      // Her own plan tells progress, never a failure: she put the goal aside (issue #20).
      forHer: labels("opzij gezet", "mis de côté", "zur Seite gelegt", "put aside"),
    },
  ],
);

/** A goal's status. */
export type GoalStatus = CodeOf<typeof goalStatuses>;

/** How a trajectory ends (METHODOLOGY.md §3, phase 11). */
export const closingOutcomes = defineVocabulary(
  "closing-outcome",
  labels("afsluiting", "issue", "Abschluss", "closing outcome"),
  [
    {
      code: "completed",
      labels: labels(
        "volledig doorlopen",
        "parcours terminé",
        "vollständig durchlaufen",
        "completed",
      ),
    },
    {
      code: "declined",
      labels: labels(
        "niet ingestapt",
        "n'a pas souhaité participer",
        "nicht eingestiegen",
        "declined",
      ),
    },
    {
      code: "positive-early-exit",
      labels: labels(
        "vroeger gestopt voor werk, opleiding of stage",
        "sortie anticipée vers un emploi, une formation ou un stage",
        "vorzeitig beendet für Arbeit, Ausbildung oder Praktikum",
        "left early for work, training or an internship",
      ),
      description: labels(
        "Zij stopte vóór het einde omdat zij aan het werk ging, een opleiding of een stage begon: een resultaat van het traject, geen stopzetting.",
        "Elle a quitté le parcours avant la fin pour un emploi, une formation ou un stage : un résultat du parcours, pas un abandon.",
        "Sie hat die Begleitung vor dem Ende verlassen, weil sie Arbeit, eine Ausbildung oder ein Praktikum begonnen hat: ein Ergebnis der Begleitung, kein Abbruch.",
        "She left before the end because she started work, training or an internship: a result of the trajectory, not a drop-out.",
      ),
    },
    {
      code: "dropped-out",
      labels: labels("voortijdig gestopt", "abandon", "vorzeitig beendet", "dropped out"),
    },
    {
      code: "not-eligible",
      labels: labels(
        "niet in aanmerking",
        "non éligible",
        "nicht teilnahmeberechtigt",
        "not eligible",
      ),
    },
    { code: "moved", labels: labels("verhuisd", "a déménagé", "umgezogen", "moved away") },
  ],
);

/** A closing outcome. */
export type ClosingOutcome = CodeOf<typeof closingOutcomes>;

/**
 * What a mother left early for, when the trajectory closes as `positive-early-exit`. Work,
 * training and internships are results of the method (seed 002 counts them among the
 * results of a group), so they are not drop-out reasons.
 */
export const positiveExitReasons = defineVocabulary(
  "positive-exit-reason",
  labels(
    "waarvoor zij vroeger stopte",
    "motif de la sortie anticipée",
    "wofür sie vorzeitig beendet hat",
    "what she left early for",
  ),
  [
    {
      code: "found-work",
      labels: labels("werk gevonden", "a trouvé un emploi", "Arbeit gefunden", "found work"),
    },
    {
      code: "started-training",
      labels: labels(
        "opleiding gestart",
        "a commencé une formation",
        "Ausbildung begonnen",
        "started training",
      ),
    },
    {
      code: "started-internship",
      labels: labels(
        "stage gestart",
        "a commencé un stage",
        "Praktikum begonnen",
        "started an internship",
      ),
    },
  ],
);

/** A positive early exit's reason code. */
export type PositiveExitReason = CodeOf<typeof positiveExitReasons>;

/**
 * Why a mother stopped early. Reporting asks for drop-out reasons (METHODOLOGY.md §3);
 * sources give no list, so these codes are a project decision, kept coarse on purpose:
 * they leave the OCMW in aggregate reports. Leaving for work, training or an internship
 * is not here: it is a {@link positiveExitReasons | positive early exit}.
 */
export const dropOutReasons = defineVocabulary(
  "drop-out-reason",
  labels("reden van stopzetting", "motif d'abandon", "Grund für den Abbruch", "drop-out reason"),
  [
    { code: "health", labels: labels("gezondheid", "santé", "Gesundheit", "health") },
    {
      code: "pregnancy-birth",
      labels: labels(
        "zwangerschap of geboorte",
        "grossesse ou naissance",
        "Schwangerschaft oder Geburt",
        "pregnancy or birth",
      ),
    },
    {
      code: "childcare",
      labels: labels(
        "geen opvang voor de kinderen",
        "pas d'accueil pour les enfants",
        "keine Kinderbetreuung",
        "no childcare",
      ),
    },
    {
      code: "family-situation",
      labels: labels(
        "gezinssituatie",
        "situation familiale",
        "familiäre Situation",
        "family situation",
      ),
    },
    { code: "crisis", labels: labels("crisis", "crise", "Krise", "crisis") },
    {
      code: "not-interested",
      labels: labels(
        "geen interesse meer",
        "plus intéressée",
        "kein Interesse mehr",
        "no longer interested",
      ),
    },
    {
      code: "group-not-suitable",
      labels: labels(
        "groep paste niet",
        "le groupe ne convenait pas",
        "Gruppe passte nicht",
        "group did not suit her",
      ),
    },
    {
      code: "lost-contact",
      labels: labels("geen contact meer", "contact perdu", "kein Kontakt mehr", "lost contact"),
    },
    { code: "other", labels: labels("andere", "autre", "anderer Grund", "other") },
  ],
);

/** A drop-out reason code of the {@link dropOutReasons} vocabulary. */
export type CurrentDropOutReason = CodeOf<typeof dropOutReasons>;

/**
 * Drop-out reasons that older logs of interchange format v1 carry and the kit no longer
 * writes: leaving for work or training is a positive early exit now. Format v1 still
 * accepts them, and reading upcasts such a closing (`upcastTrajectoryEvent`).
 */
export const retiredDropOutReasons = ["found-work", "started-training"] as const;

/** A retired drop-out reason (see {@link retiredDropOutReasons}). */
export type RetiredDropOutReason = (typeof retiredDropOutReasons)[number];

/**
 * A drop-out reason as an event of interchange format v1 may carry it: a code of the
 * vocabulary, or a retired code of an older log, which reading turns into a positive early
 * exit. A replayed state only ever holds a {@link CurrentDropOutReason}.
 */
export type DropOutReason = CurrentDropOutReason | RetiredDropOutReason;

/** Why a trajectory is paused (METHODOLOGY.md §3: illness, birth, crisis). */
export const pauseReasons = defineVocabulary(
  "pause-reason",
  labels("reden van pauze", "motif de la suspension", "Grund der Pause", "pause reason"),
  [
    { code: "illness", labels: labels("ziekte", "maladie", "Krankheit", "illness") },
    {
      code: "pregnancy-birth",
      labels: labels(
        "zwangerschap of geboorte",
        "grossesse ou naissance",
        "Schwangerschaft oder Geburt",
        "pregnancy or birth",
      ),
    },
    { code: "crisis", labels: labels("crisis", "crise", "Krise", "crisis") },
    {
      code: "family",
      labels: labels(
        "familiale omstandigheden",
        "circonstances familiales",
        "familiäre Umstände",
        "family circumstances",
      ),
    },
    { code: "other", labels: labels("andere", "autre", "anderer Grund", "other") },
  ],
);

/** A pause reason code. */
export type PauseReason = CodeOf<typeof pauseReasons>;

/**
 * The vocabulary of a closing's reason: {@link dropOutReasons} for `dropped-out`,
 * {@link positiveExitReasons} for `positive-early-exit`, `undefined` for the outcomes that
 * carry no reason (and for anything that is not an outcome, such as `active`). Forms use
 * it to offer the right reasons; views, to word a recorded one. Pure.
 *
 * @example
 * ```ts
 * closingReasons("positive-early-exit")?.label("started-internship", "nl"); // "stage gestart"
 * ```
 */
export function closingReasons(outcome: string): Vocabulary<string> | undefined {
  if (outcome === "dropped-out") return dropOutReasons;
  if (outcome === "positive-early-exit") return positiveExitReasons;
  return undefined;
}
