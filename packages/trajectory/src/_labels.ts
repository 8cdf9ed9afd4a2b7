import { type Labels, type Language, localeOf } from "@miriam/schemas";

const formats = new Map<Language, Intl.NumberFormat>();

// Messages repeat the same few numbers (days, months, thresholds) thousands of times in a
// programme's signals, and `Intl.NumberFormat#format` costs far more than a map lookup:
// each formatted number is remembered, up to a bound so that odd values cannot grow it.
const formatted = new Map<Language, Map<number, string>>();
const REMEMBERED = 4096;

/** A number as people of a language write it (9,5 in NL, FR and DE). Pure. */
export function formatNumber(value: number, language: Language): string {
  let known = formatted.get(language);
  if (known === undefined) {
    known = new Map();
    formatted.set(language, known);
  }
  const text = known.get(value);
  if (text !== undefined) return text;
  let format = formats.get(language);
  if (format === undefined) {
    format = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 1 });
    formats.set(language, format);
  }
  const result = format.format(value);
  if (known.size < REMEMBERED) known.set(value, result);
  return result;
}

/** Formats a number for the template's language. */
export type NumberFormatter = (value: number) => string;

/**
 * A message in each language, from values: `n` writes a number as that language does.
 * Templates are constants at module level, so that a signal costs four string
 * concatenations and no new functions.
 */
export type MessageTemplate<V> = Readonly<
  Record<Language, (n: NumberFormatter, values: V) => string>
>;

const formatters: Readonly<Record<Language, NumberFormatter>> = {
  nl: (value) => formatNumber(value, "nl"),
  fr: (value) => formatNumber(value, "fr"),
  de: (value) => formatNumber(value, "de"),
  en: (value) => formatNumber(value, "en"),
};

/** Labels from a template and its values, numbers formatted for each language. Pure. */
export function message<V>(template: MessageTemplate<V>, values: V): Labels {
  return {
    nl: template.nl(formatters.nl, values),
    fr: template.fr(formatters.fr, values),
    de: template.de(formatters.de, values),
    en: template.en(formatters.en, values),
  };
}
