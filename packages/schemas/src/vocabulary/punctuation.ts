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
