import { defineVocabulary, type Language, labels } from "./_define";

/**
 * The kit's four languages by name, e.g. "Frans" for `fr` in Dutch. A picker shows each
 * language in its own name: {@link languageName}.
 */
export const languages = defineVocabulary(
  "language",
  labels("taal", "langue", "Sprache", "language"),
  [
    { code: "nl", labels: labels("Nederlands", "néerlandais", "Niederländisch", "Dutch") },
    { code: "fr", labels: labels("Frans", "français", "Französisch", "French") },
    { code: "de", labels: labels("Duits", "allemand", "Deutsch", "German") },
    { code: "en", labels: labels("Engels", "anglais", "Englisch", "English") },
  ],
);

/**
 * A language's own name as a language picker shows it: "Nederlands", "Français",
 * "Deutsch", "English". Pure.
 */
export function languageName(language: Language): string {
  const name = languages.label(language, language);
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}
