import { frenchSpacing, type Labels, type Language, type Vocabulary } from "@miriam/schemas";

// The method's words as the app shows them. The words themselves come from the
// vocabularies of @miriam/schemas (a term is changed or added there, once); this module
// only sets them as the start of a heading, a field label or a table cell.

/** A text with its first letter in capitals, for the start of a label or a heading. */
export const capitalise = (text: string): string =>
  text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** A term of a vocabulary as a label or a heading shows it ("Case manager"). */
export function term<Code extends string>(
  vocabulary: Vocabulary<Code>,
  code: Code,
  language: Language,
): string {
  return capitalise(vocabulary.label(code, language));
}

/** A vocabulary's own name as a label or a heading shows it ("Life domain"). */
export function titleOf(vocabulary: Vocabulary, language: Language): string {
  return capitalise(vocabulary.title[language]);
}

/**
 * A text the kit words in four languages (a refusal, its remedy, a signal), set as the app
 * sets its own words: in French with a narrow no-break space before "?", ":", "»"...
 */
export function said(text: Labels, language: Language): string {
  return language === "fr" ? frenchSpacing(text.fr) : text[language];
}
