import { type CodeOf, defineVocabulary, labels } from "./_define";

/**
 * The figures of group and funder reports (METHODOLOGY.md §8): the rows and columns of
 * `@miriam/evaluation`'s report tables, which carry these codes as their ids.
 */
export const reportIndicators = defineVocabulary(
  "report-indicator",
  labels("rapportcijfer", "indicateur du rapport", "Berichtskennzahl", "report indicator"),
  [
    { code: "referred", labels: labels("toegeleid", "orientées", "zugewiesen", "referred") },
    {
      code: "not-started",
      labels: labels(
        "niet gestart (andere reden)",
        "pas commencé (autre raison)",
        "nicht begonnen (anderer Grund)",
        "not started (other reason)",
      ),
    },
    {
      code: "started",
      labels: labels(
        "gestart (toestemming gegeven)",
        "commencé (consentement donné)",
        "begonnen (Einwilligung erteilt)",
        "started (consent given)",
      ),
    },
    {
      code: "other-closed",
      labels: labels(
        "anders afgesloten",
        "clôturé autrement",
        "anders abgeschlossen",
        "closed otherwise",
      ),
    },
    { code: "active", labels: labels("nog lopend", "en cours", "laufend", "still active") },
    { code: "ended", labels: labels("afgesloten", "clôturé", "beendet", "ended") },
    {
      code: "completion-rate",
      labels: labels(
        "aandeel volledig doorlopen",
        "taux d'achèvement",
        "Abschlussquote",
        "completion rate",
      ),
    },
    {
      code: "result-rate",
      labels: labels(
        "aandeel met resultaat (volledig doorlopen of vroeger gestopt voor werk, opleiding of stage)",
        "taux de résultat (parcours terminé ou sortie anticipée vers un emploi, une formation ou un stage)",
        "Ergebnisquote (vollständig durchlaufen oder vorzeitig beendet für Arbeit, Ausbildung oder Praktikum)",
        "result rate (completed, or left early for work, training or an internship)",
      ),
    },
    {
      code: "held",
      labels: labels(
        "groepssessies gehouden",
        "séances collectives tenues",
        "Gruppentreffen abgehalten",
        "group sessions held",
      ),
    },
    {
      code: "mean-attendance",
      labels: labels(
        "gemiddelde aanwezigheid per sessie",
        "présence moyenne par séance",
        "durchschnittliche Teilnahme pro Treffen",
        "mean attendance per session",
      ),
    },
    {
      code: "mean-days-between",
      labels: labels(
        "gemiddeld aantal dagen tussen sessies",
        "nombre moyen de jours entre séances",
        "durchschnittliche Tage zwischen Treffen",
        "mean days between sessions",
      ),
    },
    {
      code: "max-days-between",
      labels: labels(
        "langste tijd tussen sessies (dagen)",
        "plus long intervalle entre séances (jours)",
        "längster Abstand zwischen Treffen (Tage)",
        "longest gap between sessions (days)",
      ),
    },
    {
      code: "per-participant-month",
      labels: labels(
        "individuele contacten per deelneemster-maand",
        "contacts individuels par mois de participation",
        "Einzelkontakte pro Teilnahmemonat",
        "individual contacts per participant-month",
      ),
    },
    {
      code: "self-reliance",
      labels: labels("zelfredzaamheid", "autonomie", "Selbstständigkeit", "self-reliance"),
    },
    {
      code: "improved-in-any-domain",
      labels: labels(
        "vooruitgang in minstens één levensdomein",
        "progrès dans au moins un domaine de vie",
        "Fortschritt in mindestens einem Lebensbereich",
        "improved in at least one life domain",
      ),
    },
    {
      code: "overall-improvement",
      labels: labels(
        "situatie beter dan bij de start",
        "situation meilleure qu'au début",
        "Situation besser als zu Beginn",
        "situation better than at the start",
      ),
    },
    {
      code: "contacts",
      labels: labels(
        "individuele contacten",
        "contacts individuels",
        "Einzelkontakte",
        "individual contacts",
      ),
    },
    {
      code: "participant-months",
      labels: labels(
        "maanden in het traject",
        "mois dans le parcours",
        "Monate in der Begleitung",
        "months in the trajectory",
      ),
    },
  ],
);

/** An indicator of the reports, e.g. `"completion-rate"`. */
export type ReportIndicator = CodeOf<typeof reportIndicators>;
