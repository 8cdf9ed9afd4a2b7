import { type CodeOf, defineVocabulary, labels } from "./_define";

/** The phases of a MIRIAM trajectory, in order (METHODOLOGY.md §3). */
export const trajectoryPhases = defineVocabulary(
  "trajectory-phase",
  labels("fase", "phase", "Phase", "phase"),
  [
    { code: "referral", labels: labels("toeleiding", "orientation", "Zuweisung", "referral") },
    {
      code: "information-talk",
      labels: labels(
        "informatief gesprek",
        "entretien d'information",
        "Informationsgespräch",
        "information talk",
      ),
    },
    {
      code: "intake",
      labels: labels("intakegesprek", "entretien d'accueil", "Aufnahmegespräch", "intake"),
    },
    {
      code: "baseline",
      labels: labels("beginmeting", "mesure initiale", "Anfangsmessung", "baseline measurement"),
    },
    {
      code: "personal-plan",
      labels: labels(
        "plan van aanpak",
        "plan d'accompagnement personnalisé",
        "persönlicher Begleitplan",
        "personal plan",
      ),
    },
    {
      code: "active",
      labels: labels("actieve fase", "phase active", "aktive Phase", "active phase"),
    },
    {
      code: "end-measurement",
      labels: labels("eindmeting", "mesure finale", "Abschlussmessung", "end measurement"),
    },
    {
      code: "evaluation",
      labels: labels("evaluatiegesprek", "évaluation", "Auswertungsgespräch", "evaluation"),
    },
    { code: "handover", labels: labels("overdracht", "passage de relais", "Übergabe", "handover") },
    { code: "follow-up", labels: labels("nazorg", "suivi", "Nachbetreuung", "follow-up") },
    { code: "closed", labels: labels("afgesloten", "clôturé", "abgeschlossen", "closed") },
  ],
);

/** A phase of the trajectory. */
export type TrajectoryPhase = CodeOf<typeof trajectoryPhases>;

/** The two tracks of the active phase, which run in parallel. */
export const tracks = defineVocabulary("track", labels("luik", "volet", "Bereich", "track"), [
  {
    code: "individual",
    labels: labels(
      "individueel luik",
      "accompagnement individuel",
      "Einzelbegleitung",
      "individual track",
    ),
  },
  {
    code: "collective",
    labels: labels(
      "collectief luik",
      "accompagnement collectif",
      "Gruppenbegleitung",
      "collective track",
    ),
  },
]);

/** A track of the active phase. */
export type Track = CodeOf<typeof tracks>;
