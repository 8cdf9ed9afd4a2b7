import { type CodeOf, defineVocabulary, labels } from "./_define";

// The collective track's meetings (METHODOLOGY.md §3, phase 6): group sessions, workshops
// with partners and speakers, outings. The sources name the last two ("workshops with
// partners and speakers, outings"; the Ostend pilot: "soms kwam er een spreker langs",
// "uitstappen"); the words in each language are the kit's choice (docs/decisions.md).

/** What kind of meeting a group session was (`group-session.held`'s `kind`). */
export const groupSessionKinds = defineVocabulary(
  "group-session-kind",
  labels(
    "soort groepsmoment",
    "type de rencontre de groupe",
    "Art des Gruppentreffens",
    "kind of group session",
  ),
  [
    {
      code: "session",
      labels: labels("groepssessie", "séance de groupe", "Gruppentreffen", "group session"),
    },
    {
      code: "workshop",
      labels: labels("workshop", "atelier", "Workshop", "workshop"),
    },
    {
      code: "outing",
      labels: labels("uitstap", "sortie", "Ausflug", "outing"),
    },
  ],
);

/** A kind of group session. */
export type GroupSessionKind = CodeOf<typeof groupSessionKinds>;
