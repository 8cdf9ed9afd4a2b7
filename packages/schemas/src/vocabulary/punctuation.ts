import type { Language } from "./_define";

/**
 * "label: value" as each language writes it. French typography puts a narrow no-break
 * space before a colon ("mesure enregistrée : t0"), so a label and its detail cannot be
 * joined with a bare ": " in text a French reader gets. Pure.
 *
 * @example
 * ```ts
 * labelAndValue("Mesure enregistrée", "mesure initiale (t0)", "fr"); // "Mesure enregistrée : mesure initiale (t0)"
 * ```
 */
export function labelAndValue(label: string, value: string, language: Language): string {
  return language === "fr" ? `${label}\u202f: ${value}` : `${label}: ${value}`;
}

// With a plain space, a line can break before the sign and leave it alone at the start of
// the next line ("Pour quand" / "?"). Documents and the app's own interface strings both
// set French text through this one function.
const BEFORE_SIGN = /[ \u00a0]([?!;:»])/g;
const AFTER_QUOTE = /«[ \u00a0]/g;

/**
 * A French text with a narrow no-break space (U+202F) where French typography wants one:
 * before "?", "!", ";", ":" and "»", and after "«". A sign with no space before it (a URL's
 * "?", "10:30") is left alone. Pure.
 *
 * @example
 * ```ts
 * frenchSpacing("Quelle étape avez-vous faite ?"); // "Quelle étape avez-vous faite\u202f?"
 * ```
 */
export function frenchSpacing(text: string): string {
  return text.replace(BEFORE_SIGN, "\u202f$1").replace(AFTER_QUOTE, "«\u202f");
}
