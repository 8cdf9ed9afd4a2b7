/**
 * The kit's terminology check: words a reader must not meet in a language, because the
 * kit chose another term, because they are English in a Dutch, French or German text, or
 * because they are a code meant for programs. Used by the terminology tests of the docs
 * site and documents (docs/test/terminology.test.ts) and of the reference app.
 *
 * The chosen terms themselves live in the vocabularies of `@miriam/schemas`; this list
 * only names the wrong ones that have been seen, so the class of error stays fixed.
 */

// This file is shared tooling at the root, which depends on no package: callers pass the
// vocabularies' codes (see rawCodesOf).

/** A language of the kit. */
type Language = "nl" | "fr" | "de" | "en";

/** A term the kit does not use in one language, and the one it uses instead. */
export interface AvoidedTerm {
  /** The language the rule applies to. */
  readonly language: Exclude<Language, "en"> | "en";
  /** The wrong term: a regular expression matched as a whole word, case-sensitive. */
  readonly avoid: string;
  /** The kit's term. */
  readonly use: string;
  /** Why, with the official source where the term is a legal or benefit name. */
  readonly why: string;
}

/** Terms the kit has chosen against. */
export const AVOIDED_TERMS: readonly AvoidedTerm[] = [
  {
    language: "fr",
    avoid: "bonne maman",
    use: "la mère concernée",
    why: "« bonne maman » veut dire grand-mère.",
  },
  {
    language: "fr",
    avoid: "a décliné",
    use: "n'a pas souhaité participer",
    why: "Anglicisme (to decline); une mère qui choisit de ne pas participer n'a rien « décliné ».",
  },
  { language: "nl", avoid: "begleiding", use: "begeleiding", why: "Tikfout." },
  {
    language: "nl",
    avoid: "methodetrouw",
    use: "getrouwheid aan de methode / getrouwheidssignalen",
    why: "De kit gebruikt één term: getrouwheid(ssignalen), zoals op de methodepagina's.",
  },
  {
    language: "nl",
    avoid: "Rechtencheck",
    use: "Rechtenonderzoek",
    why: "De titel van het document komt uit de vocabulaire `documentTitles`.",
  },
  {
    language: "de",
    avoid: "Fallbegleiterin|Fallmanagerin|Fallführerin",
    use: "Case-Managerin / Case-Manager",
    why: "Eine Bezeichnung für die Person, aus der Rollen-Vokabel.",
  },
  {
    language: "de",
    avoid: "Case-Management",
    use: "Case-Managerin / Case-Manager",
    why: "Die Person, nicht die Dienstleistung: die Rollen-Vokabel nennt sie so.",
  },
  {
    language: "de",
    // As the service's abbreviation in a name: "(DAVO)". Notes typed by a Dutch-speaking
    // case manager may name it, and are her words, not the kit's.
    avoid: "\\(DAVO",
    use: "Dienst für Unterhaltsforderungen (DUFO)",
    why: "Der föderale Dienst hat auf Deutsch seinen eigenen Namen (financien.belgium.be/de, DUFO); DAVO ist die niederländische Abkürzung.",
  },
  {
    language: "nl",
    avoid: "infofiche",
    use: "informatieblad",
    why: "De titel van het document komt uit de vocabulaire `documentTitles`.",
  },
  {
    language: "fr",
    avoid: "bilan des droits",
    use: "vérification des droits",
    why: "Le titre du document vient du vocabulaire `documentTitles`.",
  },
  {
    language: "fr",
    avoid: "(?:[Ll]e|[Dd]u|[Aa]u) (?:OCMW|ÖSHZ)",
    use: "l'OCMW, de l'OCMW, à l'OCMW (l'ÖSHZ)",
    why: "Élision devant une voyelle : un nom d'organisation vient des réglages, le texte écrit donc {leOcmw}, {duOcmw}, {auOcmw}.",
  },
  ...(["nl", "fr", "de"] as const).map((language) => ({
    language,
    avoid: "\\p{L}+\\((?:s|en|n)\\)",
    use: "Intl.PluralRules (the documents' `count`, `<key>_one` / `<key>_other`)",
    why: 'A count reads "1 groupe", "3 groupes": never "groupe(s)".',
  })),
];

/**
 * Words of the kit's English interface that are not words of Dutch, French or German:
 * found in a text in one of those, they are untranslated chrome.
 */
export const ENGLISH_UI_WORDS: readonly string[] = [
  "Cancel",
  "Overdue",
  "overdue",
  "Sign in",
  "Log in",
  "Log out",
  "Save",
  "Submit",
  "Due actions",
  "Next steps",
  "Refused",
  "refused",
  "Suppressed",
  "suppressed",
  "Dropped out",
  "dropped out",
  "Attendance",
  "Personal plan",
  "Rights check",
  "Intake report",
  "Handover note",
  "Group session",
  "group session",
];

/**
 * Words of English prose that are no Dutch, French or German words: in a sentence the kit
 * writes itself in one of those languages (a command's help and messages, a conformance
 * finding), they mean the sentence was left in English. Not part of
 * {@link terminologyProblems}: documents and pages may quote an English title or a name.
 */
export const ENGLISH_PROSE_WORDS: readonly string[] = [
  "the",
  "and",
  "with",
  "every",
  "which",
  "your",
  "yours",
  "instead of",
  "is missing",
  "belongs in",
  "expected",
  "found",
  "print",
  "write",
  "show",
];

/** The words of {@link ENGLISH_PROSE_WORDS} found in a text, each once. Pure. */
export function englishProse(text: string): string[] {
  return ENGLISH_PROSE_WORDS.filter((word) => wholeWord(escapeRegExp(word), "u").test(text));
}

/**
 * Codes a person must never read, from the vocabularies of `@miriam/schemas` (pass its
 * `vocabularies`): every event type (`consent.given`) and every code made of several
 * words (`dropped-out`, `living-wage`). Pure.
 */
export function rawCodesOf(
  vocabularies: readonly { readonly codes: readonly string[] }[],
): string[] {
  const codes = vocabularies.flatMap((vocabulary) =>
    vocabulary.codes.filter((code) => /^[a-z]+([.-][a-z0-9]+)+$/.test(code)),
  );
  return [...new Set(codes)].sort();
}

/** One finding of {@link terminologyProblems}. */
export interface TermProblem {
  /** What was found. */
  readonly found: string;
  /** What kind of error it is. */
  readonly kind: "avoided-term" | "english-word" | "raw-code" | "raw-date";
  /** What to write instead, or why. */
  readonly hint: string;
  /** 1-based line of the text where it was found. */
  readonly line: number;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const wholeWord = (source: string, flags = "gu") =>
  new RegExp(`(?<![\\p{L}\\p{N}_.-])(?:${source})(?![\\p{L}\\p{N}_-])`, flags);

const ISO_DATE = /(?<![\p{N}-])\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?(?![\p{N}])/gu;
const english = wholeWord(ENGLISH_UI_WORDS.map(escapeRegExp).join("|"));

/**
 * Every avoided term, untranslated English interface word (in NL, FR and DE texts) and
 * raw code (from {@link rawCodesOf}) in a text a person reads, in a language. Give it the text as people see it:
 * for Markdown, without code (see {@link readableMarkdown}). Pure.
 */
export function terminologyProblems(
  text: string,
  language: Language,
  rawCodes: readonly string[],
): TermProblem[] {
  const problems: TermProblem[] = [];
  const rawCode = wholeWord(rawCodes.map(escapeRegExp).join("|"));
  const lines = text.split("\n");
  lines.forEach((content, index) => {
    const line = index + 1;
    for (const term of AVOIDED_TERMS)
      if (term.language === language)
        for (const match of content.matchAll(wholeWord(term.avoid)))
          problems.push({
            found: match[0],
            kind: "avoided-term",
            hint: `${term.use} (${term.why})`,
            line,
          });
    if (language !== "en")
      for (const match of content.matchAll(english))
        problems.push({ found: match[0], kind: "english-word", hint: "untranslated", line });
    // In English, a code of several words can also be plain English ("follow-up"): only
    // event types (with a dot) are codes there.
    for (const match of content.matchAll(rawCode))
      if (language !== "en" || match[0].includes("."))
        problems.push({
          found: match[0],
          kind: "raw-code",
          hint: "a code for programs: use its label",
          line,
        });
  });
  return problems;
}

/**
 * Every date written as programs exchange it (`2026-01-15`, `2026-01-15T09:30:00+01:00`)
 * in a text a person reads (issue #17): a date she reads is formatted with Intl in her
 * language and Brussels time. Separate from {@link terminologyProblems} because a
 * problem or a conformance finding quotes what a vendor or a user wrote, dates included;
 * used by the tests of the documents, the docs site, the app's pages and the command
 * line's reports and documents. Pure.
 */
export function isoDateProblems(text: string): TermProblem[] {
  return text.split("\n").flatMap((content, index) =>
    [...content.matchAll(ISO_DATE)].map((match) => ({
      found: match[0],
      kind: "raw-date" as const,
      hint: "a date for programs: format it with Intl in the reader's language",
      line: index + 1,
    })),
  );
}

/**
 * The text of a Markdown page as its reader sees it, line for line (so line numbers
 * stay right): code blocks, inline code, HTML tags, link targets, heading anchors,
 * frontmatter and Vue components are blanked. Pure.
 */
export function readableMarkdown(markdown: string): string {
  let inFence = false;
  let inFrontmatter = false;
  return markdown
    .split("\n")
    .map((line, index) => {
      if (index === 0 && line === "---") {
        inFrontmatter = true;
        return "";
      }
      if (inFrontmatter) {
        if (line === "---") inFrontmatter = false;
        return "";
      }
      if (/^\s*(```|~~~|:::)/.test(line)) {
        if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
        return "";
      }
      if (inFence) return "";
      return line
        .replace(/`[^`]*`/g, "")
        .replace(/\]\([^)]*\)/g, "]")
        .replace(/\{#[^}]*\}/g, "")
        .replace(/<[^>]+>/g, "");
    })
    .join("\n");
}

/** The text of an HTML document as its reader sees it (tags, scripts and styles removed). Pure. */
export function readableHtml(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"');
}
