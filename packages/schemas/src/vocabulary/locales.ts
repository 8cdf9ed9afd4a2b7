import type { Language } from "./_define";

// One Belgian locale per language, for every `Intl` format the kit makes (numbers, dates,
// plural rules) and every `lang` attribute it writes. English is `en-BE` like the rest:
// a figure reads the same in the four languages of one report (docs/decisions.md,
// "Languages").
const LOCALES: Readonly<Record<Language, string>> = {
  nl: "nl-BE",
  fr: "fr-BE",
  de: "de-BE",
  en: "en-BE",
};

/**
 * The BCP 47 locale of a language as the kit writes it in Belgium: `nl-BE`, `fr-BE`,
 * `de-BE` or `en-BE`. Use it for `Intl` formats and `lang` attributes. Pure.
 *
 * @example
 * ```ts
 * new Intl.NumberFormat(localeOf("fr")).format(1234.5); // "1 234,5"
 * ```
 */
export function localeOf(language: Language): string {
  return LOCALES[language];
}
