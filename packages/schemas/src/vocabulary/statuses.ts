import { type CodeOf, defineVocabulary, labels } from "./_define";

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
    { code: "dropped", labels: labels("losgelaten", "abandonné", "aufgegeben", "dropped") },
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
 * Why a mother stopped early. Reporting asks for drop-out reasons (METHODOLOGY.md §3);
 * sources give no list, so these codes are a project decision, kept coarse on purpose:
 * they leave the OCMW in aggregate reports.
 */
export const dropOutReasons = defineVocabulary(
  "drop-out-reason",
  labels("reden van stopzetting", "motif d'abandon", "Grund für den Abbruch", "drop-out reason"),
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

/** A drop-out reason code. */
export type DropOutReason = CodeOf<typeof dropOutReasons>;

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
