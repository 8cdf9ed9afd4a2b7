import type { Labels, Language } from "@miriam/schemas";

const LOCALES: Record<Language, string> = { nl: "nl-BE", fr: "fr-BE", de: "de-BE", en: "en-GB" };
const formats = new Map<Language, Intl.NumberFormat>();

/** A number as people of a language write it (9,5 in NL, FR and DE). Pure. */
export function formatNumber(value: number, language: Language): string {
  let format = formats.get(language);
  if (format === undefined) {
    format = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 1 });
    formats.set(language, format);
  }
  return format.format(value);
}

/** Builds labels from one template per language, numbers formatted for each. */
export function message(
  template: Record<Language, (n: (value: number) => string) => string>,
): Labels {
  return {
    nl: template.nl((v) => formatNumber(v, "nl")),
    fr: template.fr((v) => formatNumber(v, "fr")),
    de: template.de((v) => formatNumber(v, "de")),
    en: template.en((v) => formatNumber(v, "en")),
  };
}
