/**
 * Reading ease of a Dutch or French text, to check that what a mother reads stays plain
 * (about CEFR B1). No maintained npm package computes these two formulas (the `flesch`
 * package is the English one), so they are here, small and tested:
 *
 * - Dutch, Flesch–Douma: 206.835 − 0.93 × (words / sentences) − 77 × (syllables / words).
 *   W. H. Douma, *De leesbaarheid van landbouwbladen*, Wageningen, 1960.
 * - French, Kandel–Moles: 207 − 1.015 × (words / sentences) − 73.6 × (syllables / words).
 *   L. Kandel and A. Moles, "Application de l'indice de Flesch à la langue française",
 *   *Cahiers Études de Radio-Télévision* 19, 1958, pp. 253–274.
 *
 * Both run from 0 (very hard) to about 100 (very easy); 60 and above reads as plain
 * language. Syllables are counted as groups of vowels, the usual approximation for both
 * languages (a French final mute "e" is not counted).
 */

export type ReadabilityLanguage = "nl" | "fr";

const VOWELS: Readonly<Record<ReadabilityLanguage, RegExp>> = {
  nl: /[aeiouyáéíóúàèëïöüâêîôû]+/gi,
  fr: /[aeiouyàâäéèêëîïôöùûüÿœæ]+/gi,
};

/** Syllables of one word, at least one. Pure. */
export function syllables(word: string, language: ReadabilityLanguage): number {
  let w = word.toLowerCase();
  if (language === "fr" && w.length > 3) w = w.replace(/e(s|nt)?$/, "");
  return Math.max(1, w.match(VOWELS[language])?.length ?? 0);
}

/** Words and sentences of a text. Pure. */
export function textStatistics(
  text: string,
  language: ReadabilityLanguage,
): { words: number; sentences: number; syllables: number } {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  const sentences = Math.max(
    1,
    text.split(/[.!?:;]+(?:\s|$)|\n+/).filter((s) => /\p{L}/u.test(s)).length,
  );
  return {
    words: words.length,
    sentences,
    syllables: words.reduce((sum, word) => sum + syllables(word, language), 0),
  };
}

/** Flesch–Douma (NL) or Kandel–Moles (FR) reading ease of a text. Pure. */
export function readingEase(text: string, language: ReadabilityLanguage): number {
  const { words, sentences, syllables: count } = textStatistics(text, language);
  if (words === 0) throw new Error("Reading ease needs a text with words.");
  const perSentence = words / sentences;
  const perWord = count / words;
  return language === "nl"
    ? 206.835 - 0.93 * perSentence - 77 * perWord
    : 207 - 1.015 * perSentence - 73.6 * perWord;
}
