import { z } from "zod";

/** The four languages of the kit: Belgium's three official languages and English. */
export const LANGUAGES = ["nl", "fr", "de", "en"] as const;

/** A language the kit speaks: `nl`, `fr`, `de` or `en`. */
export type Language = (typeof LANGUAGES)[number];

/** A text in each of the kit's four languages. */
export type Labels = Readonly<Record<Language, string>>;

/** One term of a vocabulary: a stable code (never translated) and its labels. */
export interface Term<Code extends string = string> {
  /** Stable kebab-case code used in data; never shown to people. */
  readonly code: Code;
  /** What people read, in each language. */
  readonly labels: Labels;
  /** Optional longer explanation, in each language. */
  readonly description?: Labels;
  /**
   * The label in a text addressed to the participant herself ("you", "your case
   * manager"), where it differs from `labels`, which name the term for a colleague.
   */
  readonly forHer?: Labels;
  /**
   * For the name of a legal right, benefit or public service: the official pages its
   * labels were checked against, and when (`YYYY-MM-DD`). The glossary cites them.
   */
  readonly sources?: readonly { readonly url: string; readonly checkedOn: string }[];
}

/**
 * A closed list of terms of the method (life domains, phases, statuses...), usable as
 * data (for pickers and docs), as a zod enum (for validation) and as a type.
 */
export interface Vocabulary<Code extends string = string> {
  /** Kebab-case name of the vocabulary, also used in docs and JSON Schema titles. */
  readonly id: string;
  /** Name of the vocabulary in each language. */
  readonly title: Labels;
  /** The codes in their canonical order. */
  readonly codes: readonly [Code, ...Code[]];
  /** The terms in their canonical order. */
  readonly terms: readonly Term<Code>[];
  /** The zod schema that accepts exactly these codes. */
  readonly schema: z.ZodEnum<{ [K in Code]: K }>;
  /** The label of a code in a language. Pure. */
  label(code: Code, language: Language): string;
  /**
   * The label of a code in a text addressed to the participant: the term's `forHer`
   * label, else its label. Pure.
   */
  labelForHer(code: Code, language: Language): string;
  /** A code's labels in every language, e.g. to build a message table from. Pure. */
  labelsOf(code: Code): Labels;
  /** Whether a value is one of the codes. Pure. */
  has(value: unknown): value is Code;
}

/**
 * Defines a vocabulary from its terms. Codes must be unique kebab-case strings; every
 * term needs a label in every language (the type enforces it, a test re-checks the data).
 *
 * @example
 * ```ts
 * const colours = defineVocabulary("colour", { nl: "kleur", fr: "couleur", de: "Farbe", en: "colour" }, [
 *   { code: "red", labels: { nl: "rood", fr: "rouge", de: "rot", en: "red" } },
 * ]);
 * colours.label("red", "fr"); // "rouge"
 * ```
 */
export function defineVocabulary<const Code extends string>(
  id: string,
  title: Labels,
  terms: readonly [Term<Code>, ...Term<Code>[]],
): Vocabulary<Code> {
  const codes = terms.map((term) => term.code) as unknown as readonly [Code, ...Code[]];
  if (new Set(codes).size !== codes.length) {
    throw new Error(`Vocabulary "${id}" has a duplicate code.`);
  }
  const byCode = new Map<string, Term<Code>>(terms.map((term) => [term.code, term]));
  const schema = z.enum(codes as unknown as [Code, ...Code[]]) as unknown as z.ZodEnum<{
    [K in Code]: K;
  }>;
  return {
    id,
    title,
    codes,
    terms,
    schema,
    label: (code, language) => byCode.get(code)?.labels[language] ?? code,
    labelForHer: (code, language) => {
      const term = byCode.get(code);
      return (term?.forHer ?? term?.labels)?.[language] ?? code;
    },
    labelsOf: (code) => byCode.get(code)?.labels ?? labels(code, code, code, code),
    has: (value: unknown): value is Code => typeof value === "string" && byCode.has(value),
  };
}

/** Builds a {@link Labels} value; keeps term tables short and readable. */
export function labels(nl: string, fr: string, de: string, en: string): Labels {
  return { nl, fr, de, en };
}

/** The code type of a vocabulary, e.g. `CodeOf<typeof regions>` is `"flanders" | "wallonia" | ...`. */
export type CodeOf<V> = V extends Vocabulary<infer Code> ? Code : never;
