import { type CodeOf, defineVocabulary, labels } from "./_define";

/**
 * Who is involved in MIRIAM (METHODOLOGY.md §2). German has no source: the kit keeps the
 * method's own loanword, "Case-Manager", as Dutch (casemanager) and French (case manager)
 * do, and names workers in both forms (docs/decisions.md, "German role names").
 */
export const roles = defineVocabulary("role", labels("rol", "rôle", "Rolle", "role"), [
  {
    code: "participant",
    labels: labels("deelneemster", "participante", "Teilnehmerin", "participant"),
    description: labels(
      "De moeder. Ze neemt vrijwillig deel en kiest haar eigen doelen.",
      "La mère. Elle participe volontairement et fixe ses propres objectifs.",
      "Die Mutter. Sie nimmt freiwillig teil und setzt sich ihre eigenen Ziele.",
      "The mother. She takes part voluntarily and sets her own goals.",
    ),
  },
  {
    code: "case-manager",
    labels: labels("casemanager", "case manager", "Case-Managerin / Case-Manager", "case manager"),
    description: labels(
      "Een maatschappelijk werker die voor één groep moeders is aangesteld en zowel het individuele als het groepswerk doet.",
      "Un·e travailleur·euse social·e désigné·e pour un groupe de mères, qui assure le travail individuel et le travail de groupe.",
      "Eine Sozialarbeiterin oder ein Sozialarbeiter, eigens für eine Gruppe von Müttern eingesetzt, für die Einzel- und die Gruppenarbeit.",
      "A dedicated social worker for one group of mothers, doing both the individual and the group work.",
    ),
  },
  {
    code: "social-worker",
    labels: labels(
      "maatschappelijk werker",
      "assistant·e social·e",
      "Sozialarbeiterin / Sozialarbeiter",
      "social worker",
    ),
    description: labels(
      "De vaste hulpverlener van de moeder, die haar toeleidt en na het traject verder begeleidt.",
      "L'assistant·e social·e habituel·le de la mère, qui l'oriente vers le projet et reprend le suivi après le parcours.",
      "Die ständige Ansprechperson der Mutter im ÖSHZ, die sie zuweist und nach der Begleitung weiter betreut.",
      "The mother's regular worker, who refers her and takes over after the trajectory.",
    ),
  },
  {
    code: "coordinator",
    labels: labels(
      "projectcoördinator",
      "coordinateur·rice du projet",
      "Projektkoordinatorin / Projektkoordinator",
      "project coordinator",
    ),
    description: labels(
      "Leidt het project in het OCMW en rapporteert aan de federale overheid.",
      "Dirige le projet au CPAS et fait rapport à l'administration fédérale.",
      "Leitet das Projekt im ÖSHZ und berichtet an die föderale Verwaltung.",
      "Runs the project at the OCMW and reports to the federal administration.",
    ),
  },
  {
    code: "partner",
    labels: labels("partner", "partenaire", "Partner", "partner"),
    description: labels(
      "Lokale diensten en verenigingen waarnaar de moeder wordt doorverwezen.",
      "Les services et associations locaux vers lesquels la mère est orientée.",
      "Örtliche Dienste und Vereinigungen, an die die Mutter vermittelt wird.",
      "Local services and associations the mother is referred to.",
    ),
  },
  {
    code: "funder",
    labels: labels("subsidiërende overheid", "pouvoir subsidiant", "Zuschussgeber", "funder"),
    description: labels(
      "De federale overheid (POD Maatschappelijke Integratie); krijgt geaggregeerde rapporten.",
      "L'administration fédérale (SPP Intégration sociale) ; reçoit des rapports agrégés.",
      "Die föderale Verwaltung (POD MI / SPP IS); erhält zusammengefasste Berichte.",
      "The federal administration (POD MI / SPP IS); receives aggregate reports.",
    ),
  },
]);

/** A role in MIRIAM, e.g. `"case-manager"`. */
export type Role = CodeOf<typeof roles>;

/**
 * Who does a step of a goal: a role, or she and her case manager together. `labels` name
 * the owner for a colleague ("the participant"); `forHer` in a text addressed to her
 * ("you", "your case manager").
 */
export const stepOwners = defineVocabulary(
  "step-owner",
  labels("wie doet het", "qui s'en charge", "wer es tut", "step owner"),
  [
    {
      code: "participant",
      labels: labels("de deelneemster", "la participante", "die Teilnehmerin", "the participant"),
      forHer: labels("jij", "vous", "Sie", "you"),
    },
    {
      code: "case-manager",
      labels: labels(
        "de casemanager",
        "le·la case manager",
        "die Case-Managerin / der Case-Manager",
        "the case manager",
      ),
      forHer: labels(
        "je casemanager",
        "votre case manager",
        "Ihre Case-Managerin / Ihr Case-Manager",
        "your case manager",
      ),
    },
    {
      code: "partner",
      labels: labels("een partner", "un partenaire", "ein Partner", "a partner"),
    },
    { code: "together", labels: labels("samen", "ensemble", "gemeinsam", "together") },
  ],
);

/** Who does a step of a goal. */
export type StepOwner = CodeOf<typeof stepOwners>;
