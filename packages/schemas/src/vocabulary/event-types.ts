import { type CodeOf, defineVocabulary, labels } from "./_define";

/** The events of one trajectory (DESIGN.md, event catalogue v1). */
export const trajectoryEventTypes = defineVocabulary(
  "trajectory-event-type",
  labels("gebeurtenis", "événement", "Ereignis", "event"),
  [
    {
      code: "trajectory.referred",
      labels: labels("toegeleid", "orientée", "zugewiesen", "referred"),
    },
    {
      code: "information-talk.held",
      labels: labels(
        "informatief gesprek gevoerd",
        "entretien d'information tenu",
        "Informationsgespräch geführt",
        "information talk held",
      ),
    },
    {
      code: "consent.given",
      labels: labels(
        "toestemming gegeven",
        "consentement donné",
        "Einwilligung erteilt",
        "consent given",
      ),
    },
    {
      code: "consent.withdrawn",
      labels: labels(
        "toestemming ingetrokken",
        "consentement retiré",
        "Einwilligung widerrufen",
        "consent withdrawn",
      ),
    },
    {
      code: "intake.held",
      labels: labels(
        "intakegesprek gevoerd",
        "entretien d'accueil tenu",
        "Aufnahmegespräch geführt",
        "intake held",
      ),
    },
    {
      code: "measurement.recorded",
      labels: labels(
        "meting ingevuld",
        "mesure enregistrée",
        "Messung erfasst",
        "measurement recorded",
      ),
    },
    {
      code: "plan.agreed",
      labels: labels(
        "plan van aanpak afgesproken",
        "plan d'accompagnement convenu",
        "Begleitplan vereinbart",
        "personal plan agreed",
      ),
    },
    {
      code: "goal.added",
      labels: labels("doel toegevoegd", "objectif ajouté", "Ziel hinzugefügt", "goal added"),
    },
    {
      code: "goal.updated",
      labels: labels("doel bijgewerkt", "objectif mis à jour", "Ziel aktualisiert", "goal updated"),
    },
    {
      code: "contact.held",
      labels: labels(
        "individueel contact",
        "contact individuel",
        "Einzelkontakt",
        "individual contact held",
      ),
    },
    {
      code: "referral.made",
      labels: labels(
        "doorverwezen naar partner",
        "orientée vers un partenaire",
        "an Partner vermittelt",
        "referred to a partner",
      ),
    },
    {
      code: "right.updated",
      labels: labels(
        "recht bijgewerkt",
        "droit mis à jour",
        "Anspruch aktualisiert",
        "right updated",
      ),
    },
    {
      code: "trajectory.paused",
      labels: labels(
        "traject gepauzeerd",
        "parcours suspendu",
        "Begleitung pausiert",
        "trajectory paused",
      ),
    },
    {
      code: "trajectory.resumed",
      labels: labels(
        "traject hervat",
        "parcours repris",
        "Begleitung fortgesetzt",
        "trajectory resumed",
      ),
    },
    {
      code: "review.held",
      labels: labels(
        "tussentijdse evaluatie",
        "évaluation intermédiaire",
        "Zwischenauswertung",
        "mid-term review held",
      ),
    },
    {
      code: "evaluation.held",
      labels: labels(
        "evaluatiegesprek gevoerd",
        "évaluation tenue",
        "Auswertungsgespräch geführt",
        "evaluation held",
      ),
    },
    {
      code: "handover.done",
      labels: labels("overgedragen", "relais passé", "übergeben", "handover done"),
    },
    {
      code: "follow-up.held",
      labels: labels("nazorg gedaan", "suivi effectué", "Nachbetreuung erfolgt", "follow-up held"),
    },
    {
      code: "trajectory.closed",
      labels: labels(
        "traject afgesloten",
        "parcours clôturé",
        "Begleitung abgeschlossen",
        "trajectory closed",
      ),
    },
    {
      code: "signal.raised",
      labels: labels(
        "signaal gegeven",
        "signal remonté",
        "Signal gemeldet",
        "policy signal raised",
      ),
    },
    // Her voice back (issue #20): her proposals and the case manager's answer.
    {
      code: "proposal.made",
      labels: labels(
        "voorstel van de deelneemster",
        "proposition de la participante",
        "Vorschlag der Teilnehmerin",
        "participant's proposal made",
      ),
    },
    {
      code: "proposal.confirmed",
      labels: labels(
        "voorstel bevestigd",
        "proposition confirmée",
        "Vorschlag bestätigt",
        "proposal confirmed",
      ),
    },
    {
      code: "proposal.declined",
      labels: labels(
        "voorstel niet overgenomen",
        "proposition non retenue",
        "Vorschlag nicht übernommen",
        "proposal declined",
      ),
    },
  ],
);

/** A trajectory event type. */
export type TrajectoryEventType = CodeOf<typeof trajectoryEventTypes>;

/** The events of a group's own log: attendance is recorded once, on the session. */
export const groupEventTypes = defineVocabulary(
  "group-event-type",
  labels("groepsgebeurtenis", "événement du groupe", "Gruppenereignis", "group event"),
  [
    {
      code: "group.opened",
      labels: labels("groep gestart", "groupe ouvert", "Gruppe eröffnet", "group opened"),
    },
    {
      code: "group-session.held",
      labels: labels(
        "groepssessie gehouden",
        "séance de groupe tenue",
        "Gruppensitzung abgehalten",
        "group session held",
      ),
    },
    {
      code: "group.closed",
      labels: labels("groep afgesloten", "groupe clôturé", "Gruppe abgeschlossen", "group closed"),
    },
    // The group co-decides its content (issue #20).
    {
      code: "group-topic.chosen",
      labels: labels(
        "onderwerp gekozen door de groep",
        "sujet choisi par le groupe",
        "Thema von der Gruppe gewählt",
        "topic chosen by the group",
      ),
    },
  ],
);

/** A group event type. */
export type GroupEventType = CodeOf<typeof groupEventTypes>;
