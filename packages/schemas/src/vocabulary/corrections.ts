import { type CodeOf, defineVocabulary, labels } from "./_define";

/**
 * The events that amend an earlier event of the same log without rewriting it: a
 * correction of some of its fields, or a void (DESIGN.md, "History is never rewritten").
 * They are not steps of the method, so they are a vocabulary of their own.
 */
export const correctionEventTypes = defineVocabulary(
  "correction-event-type",
  labels("correctie", "correction", "Korrektur", "correction"),
  [
    {
      code: "event.corrected",
      labels: labels("gecorrigeerd", "corrigé", "korrigiert", "corrected"),
    },
    {
      code: "event.voided",
      labels: labels("geschrapt", "annulé", "gestrichen", "voided"),
    },
  ],
);

/** `event.corrected` or `event.voided`. */
export type CorrectionEventType = CodeOf<typeof correctionEventTypes>;

/**
 * The corrections and voids of a group's own log (a session's date, topic or attendance):
 * a type of their own, because a group event has a `groupId` where a trajectory's has a
 * `trajectoryId` (docs/decisions.md, "The event log").
 */
export const groupCorrectionEventTypes = defineVocabulary(
  "group-correction-event-type",
  labels(
    "correctie van een groepsgebeurtenis",
    "correction d'un événement du groupe",
    "Korrektur eines Gruppenereignisses",
    "correction of a group event",
  ),
  [
    {
      code: "group-event.corrected",
      labels: labels(
        "groepsgebeurtenis gecorrigeerd",
        "événement du groupe corrigé",
        "Gruppenereignis korrigiert",
        "group event corrected",
      ),
    },
    {
      code: "group-event.voided",
      labels: labels(
        "groepsgebeurtenis geschrapt",
        "événement du groupe annulé",
        "Gruppenereignis gestrichen",
        "group event voided",
      ),
    },
  ],
);

/** `group-event.corrected` or `group-event.voided`. */
export type GroupCorrectionEventType = CodeOf<typeof groupCorrectionEventTypes>;

/**
 * Why an event was corrected or voided: a small, coarse list (kit decision, see
 * docs/decisions.md "Corrections and voids"); the details go in the optional note, which
 * is free text and personal data.
 */
export const correctionReasons = defineVocabulary(
  "correction-reason",
  labels(
    "reden van correctie",
    "motif de la correction",
    "Grund der Korrektur",
    "correction reason",
  ),
  [
    {
      code: "typing-error",
      labels: labels("tikfout", "erreur de saisie", "Tippfehler", "typing error"),
    },
    {
      code: "wrong-date",
      labels: labels("verkeerde datum", "date erronée", "falsches Datum", "wrong date"),
    },
    {
      code: "wrong-participant",
      labels: labels(
        "bij de verkeerde deelneemster ingevoerd",
        "encodé chez la mauvaise participante",
        "bei der falschen Teilnehmerin erfasst",
        "recorded for the wrong participant",
      ),
    },
    {
      code: "recorded-twice",
      labels: labels("dubbel ingevoerd", "encodé deux fois", "doppelt erfasst", "recorded twice"),
    },
    {
      code: "did-not-happen",
      labels: labels(
        "heeft niet plaatsgevonden",
        "n'a pas eu lieu",
        "hat nicht stattgefunden",
        "did not happen",
      ),
    },
    { code: "other", labels: labels("andere", "autre", "anderer Grund", "other") },
  ],
);

/** A correction reason code. */
export type CorrectionReason = CodeOf<typeof correctionReasons>;
