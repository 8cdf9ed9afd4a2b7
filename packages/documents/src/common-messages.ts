import { LANGUAGES, type Labels, type Role, roles } from "@miriam/schemas";
import { defineMessages } from "./messages";

/**
 * A role's name as a signature box or a field label shows it (first letter in capitals),
 * from the `roles` vocabulary of @miriam/schemas.
 */
export function roleHeading(role: Role): Labels {
  const term = roles.labelsOf(role);
  return Object.fromEntries(
    LANGUAGES.map((language) => [
      language,
      term[language].charAt(0).toLocaleUpperCase(language) + term[language].slice(1),
    ]),
  ) as Labels;
}

/**
 * Texts shared by every template: the header, signature boxes, yes/no. A project
 * overrides them with the keys `"common.<key>"`, e.g. `"common.confidential"`. The
 * names of roles come from the `roles` vocabulary of @miriam/schemas.
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
  participant: roleHeading("participant"),
  caseManager: roleHeading("case-manager"),
  socialWorker: roleHeading("social-worker"),
  coordinator: roleHeading("coordinator"),
  programme: {
    nl: "MIRIAM, begeleiding voor alleenstaande moeders",
    fr: "MIRIAM, accompagnement des mères seules",
    de: "MIRIAM, Begleitung alleinerziehender Mütter",
    en: "MIRIAM, support for single mothers",
  },
});
