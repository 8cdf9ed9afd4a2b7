import { type CodeOf, defineVocabulary, labels } from "./_define";

/**
 * The documents a MIRIAM project needs, in the order of the trajectory (METHODOLOGY.md
 * §9), by their names: what a list of documents, a picker or a file name shows. The
 * heading printed on a document is the document's own text (its template's `title`),
 * which may speak to her ("My plan"); the name here is the method's term for the
 * document. `@miriam/documents` has one catalogue entry per code.
 */
export const documentTitles = defineVocabulary(
  "document",
  labels("document", "document", "Dokument", "document"),
  [
    {
      code: "information-sheet",
      labels: labels(
        "Informatieblad en uitnodiging",
        "Fiche d'information et invitation",
        "Informationsblatt und Einladung",
        "Information sheet and invitation",
      ),
    },
    {
      code: "consent",
      labels: labels(
        "Toestemming en privacy",
        "Consentement et vie privée",
        "Einwilligung und Datenschutz",
        "Consent and privacy",
      ),
    },
    {
      code: "intake-report",
      labels: labels("Intakeverslag", "Rapport d'accueil", "Aufnahmebericht", "Intake report"),
    },
    {
      code: "rights-check",
      labels: labels(
        "Rechtenonderzoek",
        "Vérification des droits",
        "Rechteprüfung",
        "Rights check",
      ),
    },
    {
      code: "personal-plan",
      labels: labels("Plan van aanpak", "Plan d'accompagnement", "Begleitplan", "Personal plan"),
    },
    {
      code: "my-plan",
      labels: labels(
        "Mijn plan: overzicht voor de deelneemster",
        "Mon plan : aperçu pour la participante",
        "Mein Plan: Überblick für die Teilnehmerin",
        "My plan: overview for the participant",
      ),
    },
    {
      code: "contact-log",
      labels: labels("Contactlogboek", "Journal des contacts", "Kontaktprotokoll", "Contact log"),
    },
    {
      code: "group-session",
      labels: labels(
        "Plan en aanwezigheidslijst van een groepssessie",
        "Programme et liste de présence d'une séance de groupe",
        "Ablauf und Anwesenheitsliste eines Gruppentreffens",
        "Group session plan and attendance register",
      ),
    },
    {
      code: "mid-term-review",
      labels: labels(
        "Tussentijdse evaluatie",
        "Bilan intermédiaire",
        "Zwischenbilanz",
        "Mid-term review",
      ),
    },
    {
      code: "end-evaluation",
      labels: labels(
        "Eindevaluatie en getuigschrift",
        "Évaluation finale et certificat",
        "Abschlussauswertung und Zertifikat",
        "End evaluation and certificate",
      ),
    },
    {
      code: "handover",
      labels: labels(
        "Overdrachtsnota",
        "Note de passage de relais",
        "Übergabenotiz",
        "Handover note",
      ),
    },
    {
      code: "follow-up-questionnaire",
      labels: labels(
        "Vragenlijst nazorg",
        "Questionnaire de suivi",
        "Fragebogen Nachbetreuung",
        "Follow-up questionnaire",
      ),
    },
    {
      code: "annual-report",
      labels: labels(
        "Jaarverslag voor de subsidiegever",
        "Rapport annuel au pouvoir subsidiant",
        "Jahresbericht an den Zuschussgeber",
        "Annual report to the funder",
      ),
    },
  ],
);

/** The code of one of the method's documents, e.g. `"personal-plan"`. */
export type DocumentCode = CodeOf<typeof documentTitles>;
