import { LANGUAGES, type Labels, roles, type Vocabulary } from "@miriam/schemas";
import { defineMessages } from "./messages";

/**
 * A term of a vocabulary of @miriam/schemas as a signature box, a field label or a table
 * row shows it: its labels, first letter in capitals. Templates build their messages for
 * the method's terms with it, so the words are the vocabulary's and the message keys stay
 * overridable.
 */
export function termHeading<Code extends string>(vocabulary: Vocabulary<Code>, code: Code): Labels {
  return headingOf(vocabulary.labelsOf(code));
}

/** A vocabulary's own name as a column heading shows it ("Life domain"). */
export function vocabularyHeading(vocabulary: Vocabulary): Labels {
  return headingOf(vocabulary.title);
}

function headingOf(text: Labels): Labels {
  return Object.fromEntries(
    LANGUAGES.map((language) => [
      language,
      text[language].charAt(0).toLocaleUpperCase(language) + text[language].slice(1),
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
  participant: termHeading(roles, "participant"),
  caseManager: termHeading(roles, "case-manager"),
  socialWorker: termHeading(roles, "social-worker"),
  coordinator: termHeading(roles, "coordinator"),
  programme: {
    nl: "MIRIAM, begeleiding voor alleenstaande moeders",
    fr: "MIRIAM, accompagnement des mères seules",
    de: "MIRIAM, Begleitung alleinerziehender Mütter",
    en: "MIRIAM, support for single mothers",
  },
});
