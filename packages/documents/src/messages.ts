import type { Labels, Language } from "@miriam/schemas";

/**
 * The texts of one template: every key has a text in NL, FR, DE and EN (the
 * `Labels` type of @miriam/schemas requires all four, so a missing language does not compile).
 * A text may hold placeholders such as `{name}`, filled in with escaped values. A French
 * text may write `{leOcmw}`, `{auOcmw}` or `{duOcmw}` for the value of `{ocmw}` with its
 * article ("l'OCMW Gent", "au CPAS de Namur", "de l'ÖSHZ Eupen"), for any placeholder.
 * A count is a pair of keys `<key>_one` and `<key>_other` (more where a language has more
 * plural categories), read through `count` in the render context.
 */
export type MessageTable = Readonly<Record<string, Labels>>;

/**
 * Declares a template's message table. An identity function: it exists so that the
 * type checks every key has all four languages while keeping the literal keys, which
 * become the typed keys of {@link OverridesOf}. Pure.
 *
 * @example
 * ```ts
 * const messages = defineMessages({
 *   title: { nl: "Mijn plan", fr: "Mon plan", de: "Mein Plan", en: "My plan" },
 * });
 * ```
 */
export function defineMessages<const M extends MessageTable>(messages: M): M {
  return messages;
}

/**
 * A project's own wording for one message: one text for every language, or a text per
 * language (languages left out keep the kit's text). It may use the placeholders of the
 * text it replaces, and no others.
 */
export type MessageOverride = string | Partial<Labels>;

/**
 * Typed override keys of one message table, `"<prefix>.<key>"`, e.g.
 * `"consent.intro"` for the key `intro` of the template `consent`.
 */
export type OverridesOf<Prefix extends string, M extends MessageTable> = {
  readonly [K in keyof M & string as `${Prefix}.${K}`]?: MessageOverride;
};

/** A value put into a message's placeholder. `undefined`, `null` and `""` render as a blank. */
export type PlaceholderValue = string | number | null | undefined;

const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;

/** The placeholder names used in a text, e.g. `["name", "date"]`. Pure. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1]!);
}

/**
 * Splits a text on its placeholders in one pass, so a value that itself contains
 * `{name}` is never filled in a second time.
 */
export function splitPlaceholders(
  text: string,
): ({ readonly text: string } | { readonly placeholder: string })[] {
  const parts: ({ text: string } | { placeholder: string })[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ placeholder: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** The text of an override for a language, or `undefined` when it keeps the kit's text. */
export function overrideText(
  override: MessageOverride | undefined,
  language: Language,
): string | undefined {
  if (override === undefined) return undefined;
  return typeof override === "string" ? override : override[language];
}
