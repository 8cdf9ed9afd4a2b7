import { defineMessages } from "./messages";

/**
 * Texts shared by every template: the header, signature boxes, yes/no. A project
 * overrides them with the keys `"common.<key>"`, e.g. `"common.confidential"`.
 */
export const commonMessages = defineMessages({
  confidential: {
    nl: "Vertrouwelijk",
    fr: "Confidentiel",
    de: "Vertraulich",
    en: "Confidential",
  },
  page: { nl: "Pagina", fr: "Page", de: "Seite", en: "Page" },
  date: { nl: "Datum", fr: "Date", de: "Datum", en: "Date" },
  name: { nl: "Naam", fr: "Nom", de: "Name", en: "Name" },
  signature: { nl: "Handtekening", fr: "Signature", de: "Unterschrift", en: "Signature" },
  colon: { nl: ":", fr: " :", de: ":", en: ":" },
  quoteOpen: { nl: "“", fr: "« ", de: "„", en: "“" },
  quoteClose: { nl: "”", fr: " »", de: "“", en: "”" },
  yes: { nl: "ja", fr: "oui", de: "ja", en: "yes" },
  no: { nl: "nee", fr: "non", de: "nein", en: "no" },
  participant: {
    nl: "Deelneemster",
    fr: "Participante",
    de: "Teilnehmerin",
    en: "Participant",
  },
  caseManager: {
    nl: "Casemanager",
    fr: "Case manager",
    de: "Case-Managerin / Case-Manager",
    en: "Case manager",
  },
  socialWorker: {
    nl: "Maatschappelijk werker",
    fr: "Assistant(e) social(e)",
    de: "Sozialarbeiterin / Sozialarbeiter",
    en: "Social worker",
  },
  coordinator: {
    nl: "Projectcoördinator",
    fr: "Coordinateur·rice du projet",
    de: "Projektkoordination",
    en: "Project coordinator",
  },
  programme: {
    nl: "MIRIAM, begeleiding voor alleenstaande moeders",
    fr: "MIRIAM, accompagnement des mères seules",
    de: "MIRIAM, Begleitung alleinerziehender Mütter",
    en: "MIRIAM, support for single mothers",
  },
});
