import { BRUSSELS_TIME_ZONE, LANGUAGES, type Language, localeOf } from "@miriam/schemas";
import { type HelpMessages, helpCatalogue } from "./_help-messages";
import { type CliMessages, catalogue, type Plural } from "./_messages";

// The one place where the command turns numbers, dates and counts into words: in the
// reader's Belgian locale (nl-BE, fr-BE, de-BE, en-BE), in Brussels time, with the
// language's own plural rules (Intl.PluralRules), never `n === 1 ? … : …`.

/** @internal Formatting in one language, and the command's sentences in it. */
export interface Words {
  readonly language: Language;
  readonly m: CliMessages;
  /** The command line's own chrome: `--help` and the argument parser's messages. */
  readonly help: HelpMessages;
  /** A number as the reader writes it (`1.234,5` in nl-BE), with `digits` decimals when given. */
  number(n: number, digits?: number): string;
  /** `n` with the form of `forms` the language's plural rules choose. */
  count(n: number, forms: Plural): string;
  /** A calendar date (`YYYY-MM-DD`, or the date of a timestamp as Brussels has it), in words. */
  date(isoDate: string): string;
}

const cache = new Map<Language, Words>();

/** @internal The words and formats of a language. */
export function wordsOf(language: Language): Words {
  const known = cache.get(language);
  if (known !== undefined) return known;
  const locale = localeOf(language);
  const numbers = new Intl.NumberFormat(locale);
  const plurals = new Intl.PluralRules(locale);
  const dates = new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: BRUSSELS_TIME_ZONE,
  });
  const number = (n: number, digits?: number) =>
    digits === undefined
      ? numbers.format(n)
      : n.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const words: Words = {
    language,
    m: catalogue[language],
    help: helpCatalogue[language],
    number,
    count: (n, forms) =>
      (plurals.select(n) === "one" ? forms.one : forms.other).replace("{n}", number(n)),
    date: (iso) =>
      // A calendar date is noon in Brussels, so no offset moves it to another day.
      dates.format(new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00+01:00` : iso)),
  };
  cache.set(language, words);
  return words;
}

const isLanguage = (value: string | undefined): value is Language =>
  value !== undefined && (LANGUAGES as readonly string[]).includes(value);

/**
 * @internal The language of the environment: `MIRIAM_LANG`, else the locale's
 * (`LC_ALL`, `LC_MESSAGES`, `LANG`, as POSIX orders them) when it is Dutch, French,
 * German or English. `undefined` when none says (`C`, `POSIX`, unset, another language).
 */
export function environmentLanguage(env: Readonly<Record<string, string | undefined>>): {
  readonly explicit?: Language;
  readonly locale?: Language;
} {
  const explicit = env.MIRIAM_LANG?.trim().toLowerCase();
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== "");
  const localeLanguage = locale?.slice(0, 2).toLowerCase();
  return {
    ...(isLanguage(explicit) ? { explicit } : {}),
    ...(isLanguage(localeLanguage) ? { locale: localeLanguage } : {}),
  };
}

/**
 * @internal The language a command writes in (docs/decisions.md, "The language of the
 * command line"): `--lang`, else `MIRIAM_LANG`, else the project's first language for the
 * commands that write for the project (`report`, `render`), else the locale, else English.
 * An unknown `--lang` is `undefined` here: the caller refuses it in this language.
 */
export function chooseLanguage(
  option: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  project?: Language,
): Language {
  if (isLanguage(option)) return option;
  const { explicit, locale } = environmentLanguage(env);
  return explicit ?? project ?? locale ?? "en";
}

/** @internal Whether `value` is one of the kit's languages. */
export { isLanguage };
