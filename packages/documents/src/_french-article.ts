/**
 * French needs the definite article before an organisation's name, elided before a
 * vowel and contracted with "à" and "de": "le CPAS de Namur", "au CPAS de Namur", but
 * "l'OCMW Voorbeeldstad", "à l'OCMW Voorbeeldstad", "de l'ÖSHZ Eupen". A name is a
 * setting, so a French text cannot spell the article itself.
 */
export type FrenchArticleForm = "le" | "au" | "du";

/** The placeholder names that ask for a French article form, e.g. `{auOcmw}` for `{ocmw}`. */
const ARTICLE_PLACEHOLDER = /^([lL]e|[aA]u|[dD]u)([A-Z][a-zA-Z0-9]*)$/;

/**
 * The placeholder a French article form is made from (`auOcmw` → `ocmw`), its form, and
 * whether it starts a sentence (`LeOcmw` → "L'OCMW Gent"); `undefined` for an ordinary
 * placeholder.
 */
export function articlePlaceholder(
  name: string,
):
  | { readonly base: string; readonly form: FrenchArticleForm; readonly capital: boolean }
  | undefined {
  const match = ARTICLE_PLACEHOLDER.exec(name);
  if (!match) return undefined;
  const prefix = match[1]!;
  const rest = match[2]!;
  return {
    base: rest[0]!.toLowerCase() + rest.slice(1),
    form: prefix.toLowerCase() as FrenchArticleForm,
    capital: prefix !== prefix.toLowerCase(),
  };
}

// Acronyms such as OCMW and ÖSHZ are read letter by letter ("o-cé-èm-double-vé"), and a
// name that starts with a vowel letter or a mute h elides; H-aspiré names are rare enough
// in Belgian organisation names to leave to a project's own wording (an override).
const ELIDES = /^[aeiouyhàâäéèêëîïôöùûüœæ]/i;
const GIVES_OWN_ARTICLE = /^(le|la|les|l['’])\s*/i;

/** The name with its French definite article in the given form, capitalised at a sentence's start. Pure. */
export function frenchArticle(name: string, form: FrenchArticleForm, capital = false): string {
  const phrase = withArticle(name, form);
  return capital ? phrase[0]!.toUpperCase() + phrase.slice(1) : phrase;
}

function withArticle(name: string, form: FrenchArticleForm): string {
  const trimmed = name.trim();
  if (GIVES_OWN_ARTICLE.test(trimmed)) {
    // The name brings its own article ("Le Relais", "La Maison"): only "le" contracts.
    const lower = trimmed[0]!.toLowerCase() + trimmed.slice(1);
    if (/^le\s/i.test(trimmed)) {
      const rest = trimmed.replace(/^le\s+/i, "");
      return form === "le" ? lower : `${form} ${rest}`;
    }
    return form === "le" ? lower : `${form === "au" ? "à" : "de"} ${lower}`;
  }
  if (ELIDES.test(trimmed)) return `${{ le: "", au: "à ", du: "de " }[form]}l'${trimmed}`;
  return `${form} ${trimmed}`;
}
