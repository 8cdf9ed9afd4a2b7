// Most guides and the reference exist only in English. A reader who switches to Dutch or
// French on such a page asks for a page that does not exist: instead of a 404 she lands
// on the English page, with one line in her language that says why (issue #17).

/** The site's languages other than English, each with its path prefix. */
export const TRANSLATED = ["nl", "fr"] as const;

/** A language the site has besides English. */
export type Translated = (typeof TRANSLATED)[number];

const NOTES: Readonly<Record<Translated, string>> = {
  nl: "Deze pagina bestaat niet in het Nederlands: je leest de Engelse versie.",
  fr: "Cette page n'existe pas en français : vous lisez la version anglaise.",
};

const NOT_FOUND: Readonly<Record<Translated | "en", { title: string; home: string }>> = {
  en: { title: "This page does not exist.", home: "Go to the home page" },
  nl: { title: "Deze pagina bestaat niet.", home: "Naar de startpagina" },
  fr: { title: "Cette page n'existe pas.", home: "Aller à la page d'accueil" },
};

/** The query parameter that carries the language the reader came from. */
export const FROM = "from";

/**
 * Where a missing page of a translated section falls back to: the same path without the
 * language prefix, marked with the reader's language; `undefined` for a path outside the
 * translated sections (an English page that is missing is a real 404). Pure.
 */
export function englishFallback(path: string, base = "/"): string | undefined {
  if (!path.startsWith(base)) return undefined;
  const rest = path.slice(base.length);
  const language = TRANSLATED.find((code) => rest === code || rest.startsWith(`${code}/`));
  if (language === undefined) return undefined;
  const english = rest.slice(language.length + 1);
  return `${base}${english}?${FROM}=${language}`;
}

/** The one-line note for a reader who came from `language`, if it is one of ours. Pure. */
export function fallbackNote(search: string): { lang: Translated; text: string } | undefined {
  const from = new URLSearchParams(search).get(FROM);
  const language = TRANSLATED.find((code) => code === from);
  return language === undefined ? undefined : { lang: language, text: NOTES[language] };
}

/** The not-found page's words in the language of the path. Pure. */
export function notFoundText(
  path: string,
  base = "/",
): { title: string; home: string; link: string } {
  const rest = path.startsWith(base) ? path.slice(base.length) : path;
  const language = TRANSLATED.find((code) => rest === code || rest.startsWith(`${code}/`));
  return {
    ...NOT_FOUND[language ?? "en"],
    link: language === undefined ? base : `${base}${language}/`,
  };
}
