import { describe, expect, it } from "vitest";
import { selfEvaluationInstrument } from "../data/self-evaluation";
import {
  correctionEventTypes,
  defineVocabulary,
  groupCorrectionEventTypes,
  groupEventTypes,
  LANGUAGES,
  type Labels,
  labels,
  lifeDomains,
  trajectoryEventTypes,
  type Vocabulary,
  vocabularies,
} from "./index";

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Event types are dotted: "<thing>.<what happened>", each part kebab-case.
const DOTTED_KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+$/;

/** The languages in which a text is missing or blank. */
function missingLanguages(text: Labels | undefined): string[] {
  if (text === undefined) return [...LANGUAGES];
  return LANGUAGES.filter((language) => (text[language] ?? "").trim() === "");
}

/** Every gap in a vocabulary's labels, as "<code>: <language>". */
function labelGaps(vocabulary: Vocabulary): string[] {
  const gaps = missingLanguages(vocabulary.title).map((language) => `(title): ${language}`);
  for (const term of vocabulary.terms) {
    for (const language of missingLanguages(term.labels)) gaps.push(`${term.code}: ${language}`);
    if (term.description !== undefined)
      for (const language of missingLanguages(term.description))
        gaps.push(`${term.code} (description): ${language}`);
    if (term.forHer !== undefined)
      for (const language of missingLanguages(term.forHer))
        gaps.push(`${term.code} (for her): ${language}`);
  }
  return gaps;
}

const codePattern = (vocabulary: Vocabulary) =>
  vocabulary === trajectoryEventTypes ||
  vocabulary === groupEventTypes ||
  vocabulary === correctionEventTypes ||
  vocabulary === groupCorrectionEventTypes
    ? DOTTED_KEBAB
    : KEBAB;

describe("vocabularies", () => {
  it("are all listed once, with unique kebab-case ids", () => {
    const ids = vocabularies.map((vocabulary) => vocabulary.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(KEBAB);
  });

  it.each(vocabularies.map((vocabulary) => [vocabulary.id, vocabulary] as const))(
    "%s has a title and a non-empty label in NL, FR, DE and EN for every term",
    (_, vocabulary) => {
      expect(labelGaps(vocabulary)).toEqual([]);
    },
  );

  it.each(vocabularies.map((vocabulary) => [vocabulary.id, vocabulary] as const))(
    "%s has unique kebab-case codes, the same in its terms, codes and schema",
    (_, vocabulary) => {
      const codes = vocabulary.terms.map((term) => term.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const code of codes) expect(code).toMatch(codePattern(vocabulary));
      expect([...vocabulary.codes]).toEqual(codes);
      expect(vocabulary.schema.options).toEqual(codes);
    },
  );

  it("event types are dotted kebab-case, other codes plain kebab-case", () => {
    expect("information-talk.held").toMatch(DOTTED_KEBAB);
    for (const bad of ["Information-talk.held", "talk.", "talk..held", "held", "a_b.c"])
      expect(bad).not.toMatch(DOTTED_KEBAB);
    for (const bad of [
      "Finances",
      "work_training",
      "work training",
      "-housing",
      "housing-",
      "a--b",
    ])
      expect(bad).not.toMatch(KEBAB);
  });

  it("the label check finds a blank or missing label", () => {
    const broken = defineVocabulary("broken", labels("x", "x", "x", "x"), [
      { code: "fine", labels: labels("a", "b", "c", "d") },
      { code: "blank", labels: labels("a", " ", "c", "d") },
      { code: "missing", labels: { nl: "a", fr: "b", de: "c" } as unknown as Labels },
    ]);
    expect(labelGaps(broken)).toEqual(["blank: fr", "missing: en"]);
  });

  it("refuses a vocabulary with a duplicate code", () => {
    expect(() =>
      defineVocabulary("twice", labels("x", "x", "x", "x"), [
        { code: "a", labels: labels("a", "a", "a", "a") },
        { code: "a", labels: labels("b", "b", "b", "b") },
      ]),
    ).toThrow(/duplicate code/);
  });

  it("gives a code's label in each language, and says which values are codes", () => {
    expect(lifeDomains.label("housing", "nl")).toBe("wonen");
    expect(lifeDomains.label("housing", "fr")).toBe("logement");
    expect(lifeDomains.label("housing", "de")).toBe("Wohnen");
    expect(lifeDomains.label("housing", "en")).toBe("housing");
    expect(lifeDomains.has("housing")).toBe(true);
    expect(lifeDomains.has("Housing")).toBe(false);
    expect(lifeDomains.has(3)).toBe(false);
  });

  it("the default life domains are the eleven of METHODOLOGY.md §4", () => {
    expect(lifeDomains.codes).toEqual([
      "finances",
      "housing",
      "work-training",
      "children",
      "childcare",
      "health",
      "wellbeing",
      "social-network",
      "leisure",
      "mobility",
      "rights",
    ]);
  });
});

describe("the kit's self-evaluation instrument", () => {
  const { items } = selfEvaluationInstrument;

  it("has its title, notice and scale ends in NL, FR, DE and EN", () => {
    expect(missingLanguages(selfEvaluationInstrument.title)).toEqual([]);
    expect(missingLanguages(selfEvaluationInstrument.notice)).toEqual([]);
    expect(missingLanguages(selfEvaluationInstrument.scale.minLabel)).toEqual([]);
    expect(missingLanguages(selfEvaluationInstrument.scale.maxLabel)).toEqual([]);
  });

  it.each(items.map((item) => [item.id, item] as const))(
    "item %s has its text in NL, FR, DE and EN",
    (_, item) => {
      expect(missingLanguages(item.text)).toEqual([]);
    },
  );

  it("has unique kebab-case item ids, and a satisfaction item per default domain", () => {
    const ids = items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(KEBAB);
    for (const domain of lifeDomains.codes)
      expect(items.find((item) => item.id === `satisfaction-${domain}`)?.domain).toBe(domain);
    for (const item of items)
      if (item.domain !== undefined) expect(lifeDomains.has(item.domain)).toBe(true);
  });

  it("says it is not a validated scale", () => {
    expect(selfEvaluationInstrument.validated).toBe(false);
    expect(selfEvaluationInstrument.notice?.en).toMatch(/not a validated scale/);
  });
});
