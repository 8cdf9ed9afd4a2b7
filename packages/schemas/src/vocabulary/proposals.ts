import { type CodeOf, defineVocabulary, labels } from "./_define";

// Her voice back (issue #20): what she may propose from her page or on paper. A proposal
// is never written straight into her record; the case manager confirms or declines it.

/** What a participant may propose: a topic for the group, or a step of her plan done. */
export const proposalKinds = defineVocabulary(
  "proposal-kind",
  labels(
    "voorstel van de deelneemster",
    "proposition de la participante",
    "Vorschlag der Teilnehmerin",
    "participant's proposal",
  ),
  [
    {
      code: "group-topic",
      labels: labels(
        "onderwerp voor de groep",
        "sujet pour le groupe",
        "Thema für die Gruppe",
        "topic for the group",
      ),
    },
    {
      code: "step-done",
      labels: labels("stap gedaan", "étape faite", "Schritt erledigt", "step done"),
    },
  ],
);

/** A kind of proposal. */
export type ProposalKind = CodeOf<typeof proposalKinds>;

/** How her proposal reached the case manager. */
export const proposalChannels = defineVocabulary(
  "proposal-channel",
  labels("voorgesteld via", "proposé par", "vorgeschlagen über", "proposed via"),
  [
    {
      code: "her-page",
      labels: labels(
        "haar persoonlijke pagina",
        "sa page personnelle",
        "ihre persönliche Seite",
        "her personal page",
      ),
    },
    {
      code: "paper",
      labels: labels("op papier", "sur papier", "auf Papier", "on paper"),
    },
  ],
);

/** How a proposal reached the case manager. */
export type ProposalChannel = CodeOf<typeof proposalChannels>;

/** Where a proposal stands: waiting for the case manager, confirmed or declined. */
export const proposalStatuses = defineVocabulary(
  "proposal-status",
  labels(
    "stand van het voorstel",
    "suite de la proposition",
    "Stand des Vorschlags",
    "proposal status",
  ),
  [
    {
      code: "waiting",
      labels: labels(
        "wacht op antwoord",
        "en attente de réponse",
        "wartet auf Antwort",
        "waiting for an answer",
      ),
    },
    {
      code: "confirmed",
      labels: labels("bevestigd", "confirmée", "bestätigt", "confirmed"),
    },
    {
      code: "declined",
      labels: labels("niet overgenomen", "pas retenue", "nicht übernommen", "not taken up"),
    },
  ],
);

/** Where a proposal stands. */
export type ProposalStatus = CodeOf<typeof proposalStatuses>;
