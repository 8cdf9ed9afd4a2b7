import {
  BRUSSELS_TIME_ZONE,
  frenchSpacing,
  type Language,
  lifeDomains,
  localeOf,
  type ProjectSettings,
} from "@miriam/schemas";
import { articlePlaceholder, frenchArticle } from "./_french-article";
import type { Inline } from "./blocks";
import { commonMessages } from "./common-messages";
import {
  type MessageOverride,
  type MessageTable,
  overrideText,
  type PlaceholderValue,
  splitPlaceholders,
} from "./messages";
import type { Placeholders, RenderContext } from "./template";

/** What a blank looks like in plain text (titles, text alternatives). */
export const BLANK_TEXT = "……";

/** Plain text of inline content: a blank becomes "……", a tick box ☒ or ☐. */
export function plainText(content: readonly Inline[]): string {
  return content
    .map((part) => {
      if (part.kind === "text") return part.text;
      if (part.kind === "blank") return BLANK_TEXT;
      return part.ticked ? "☒" : "☐";
    })
    .join("");
}

function isMissing(value: PlaceholderValue): value is null | undefined | "" {
  return (
    value === undefined || value === null || (typeof value === "string" && value.trim() === "")
  );
}

/** `{auOcmw}` and the like: a French article form of a placeholder given as text. */
function articleForm(name: string, placeholders: Placeholders): Placeholders[string] {
  const wanted = articlePlaceholder(name);
  if (wanted === undefined) return undefined;
  const base = placeholders[wanted.base];
  return typeof base === "string" && !isMissing(base)
    ? frenchArticle(base, wanted.form, wanted.capital)
    : base;
}

/** Everything needed to resolve a template's texts for one rendering. */
export interface ContextOptions<M extends MessageTable> {
  readonly prefix: string;
  readonly messages: M;
  readonly settings: ProjectSettings;
  readonly language: Language;
  readonly overrides: Readonly<Record<string, MessageOverride | undefined>>;
}

/** Creates the context a template's `build` receives. Pure. */
export function createContext<M extends MessageTable>(
  options: ContextOptions<M>,
): RenderContext<M> {
  const { prefix, messages, settings, language, overrides } = options;
  const locale = localeOf(language);
  const projectDomains = new Map(
    (settings.domains ?? []).map((domain) => [domain.code, domain.labels[language]]),
  );

  const typeset = language === "fr" ? frenchSpacing : (text: string) => text;

  const value = (input: PlaceholderValue, size?: "short" | "long"): Inline[] =>
    isMissing(input)
      ? [size === undefined ? { kind: "blank" } : { kind: "blank", size }]
      : [{ kind: "text", text: typeof input === "number" ? number(input) : typeset(input) }];

  const number = (input: number, fractionDigits = 0): string =>
    new Intl.NumberFormat(locale, {
      maximumFractionDigits: fractionDigits,
      minimumFractionDigits: 0,
    }).format(input);

  const fill = (text: string, placeholders: Placeholders = {}): Inline[] =>
    splitPlaceholders(text).flatMap((part): Inline[] => {
      if ("text" in part) return [{ kind: "text", text: typeset(part.text) }];
      const given = placeholders[part.placeholder] ?? articleForm(part.placeholder, placeholders);
      if (Array.isArray(given)) return [...(given as readonly Inline[])];
      return value(given as PlaceholderValue, "short");
    });

  const plurals = new Intl.PluralRules(locale);
  const count = (key: string, howMany: number): Inline[] => {
    const category = `${key}_${plurals.select(howMany)}`;
    return message(messages, prefix, category in messages ? category : `${key}_other`, {
      count: howMany,
    });
  };

  const message = (
    table: MessageTable,
    tablePrefix: string,
    key: string,
    placeholders?: Placeholders,
  ): Inline[] => {
    const text =
      overrideText(overrides[`${tablePrefix}.${key}`], language) ?? table[key]?.[language];
    if (text === undefined) throw new Error(`Template "${prefix}" has no message "${key}".`);
    return fill(text, placeholders);
  };

  const formatDate = (input: string): string => {
    // A calendar date is a day, not an instant: format it in UTC so no offset moves it.
    const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(input);
    const options: Intl.DateTimeFormatOptions = dateOnly
      ? { dateStyle: "long", timeZone: "UTC" }
      : { dateStyle: "long", timeZone: BRUSSELS_TIME_ZONE };
    return new Intl.DateTimeFormat(locale, options).format(
      new Date(dateOnly ? `${input}T00:00:00Z` : input),
    );
  };

  return {
    language,
    settings,
    t: (key, placeholders) => message(messages, prefix, key, placeholders),
    text: (key, placeholders) => plainText(message(messages, prefix, key, placeholders)),
    common: (key, placeholders) => message(commonMessages, "common", key, placeholders),
    value,
    date: (input) => (input === undefined ? value(undefined, "short") : value(formatDate(input))),
    dateText: (input) => (input === undefined ? BLANK_TEXT : formatDate(input)),
    number,
    count: (key, howMany) => count(key, howMany),
    domain: (code) =>
      projectDomains.get(code) ??
      (lifeDomains.has(code) ? lifeDomains.label(code, language) : code),
    label: (vocabulary, code) => vocabulary.label(code, language),
    yesNo: (input) =>
      input === undefined
        ? value(undefined, "short")
        : message(commonMessages, "common", input ? "yes" : "no"),
    join: (parts, separator = ", ") =>
      parts.flatMap((part, index) =>
        index === 0 ? [...part] : [{ kind: "text" as const, text: separator }, ...part],
      ),
  };
}
