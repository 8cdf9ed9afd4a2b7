import { describe, expect, it } from "vitest";
import { bodyText } from "../scripts/_checks";
import { sampleSettings, samples } from "../scripts/_samples";
import { readingEase, syllables, textStatistics } from "./_readability";
import { render } from "./render";
import { myPlan } from "./templates/my-plan";

describe("reading ease (Flesch–Douma, Kandel–Moles)", () => {
  it("counts syllables as vowel groups, without the French mute e", () => {
    expect(syllables("kinderopvang", "nl")).toBe(4);
    expect(syllables("huis", "nl")).toBe(1);
    expect(syllables("maintenant", "fr")).toBe(3);
    expect(syllables("groupe", "fr")).toBe(1);
  });

  it("applies each formula to words per sentence and syllables per word", () => {
    // 4 words, 1 sentence, 4 syllables: 206.835 − 0.93 × 4 − 77 × 1.
    expect(textStatistics("Dit is mijn plan.", "nl")).toEqual({
      words: 4,
      sentences: 1,
      syllables: 4,
    });
    expect(readingEase("Dit is mijn plan.", "nl")).toBeCloseTo(206.835 - 0.93 * 4 - 77, 6);
    expect(readingEase("Voici mon plan.", "fr")).toBeCloseTo(207 - 1.015 * 3 - 73.6 * (4 / 3), 6);
  });

  it("scores long, learned sentences lower than short, plain ones", () => {
    const hard =
      "Overeenkomstig de toepasselijke reglementering inzake gegevensbescherming wordt de verwerking van persoonsgegevens uitsluitend uitgevoerd ten behoeve van de maatschappelijke dienstverlening.";
    expect(readingEase(hard, "nl")).toBeLessThan(30);
    expect(readingEase("Jij kiest je doelen. Wij helpen je.", "nl")).toBeGreaterThan(80);
  });
});

// Her own words (goals, steps, topics) are hers; the kit's texts around them must read
// plainly. Reading ease 60 and above is plain language, about CEFR B1.
describe("My plan reads plainly", () => {
  const data = samples["my-plan"];
  const withoutHerWords = {
    ...data,
    goals: data.goals.map((goal) => ({
      ...goal,
      description: "Een doel.",
      steps: goal.steps.map((step) => ({ ...step, description: "Een stap." })),
    })),
    comingSessions: [],
    chosenTopics: [],
    proposedTopics: [],
  };
  it.each(["nl", "fr"] as const)("in %s, at 60 or more", (language) => {
    const text = bodyText(
      render(myPlan, withoutHerWords, { settings: sampleSettings, language }).html,
    );
    expect(readingEase(text, language)).toBeGreaterThanOrEqual(60);
  });
});

// Nothing she reads on her own plan reads as a failure: a goal she dropped is one she
// "put aside", in her words, never "abandonné".
describe("My plan tells a dropped goal kindly", () => {
  const data = samples["my-plan"];
  const dropped = {
    ...data,
    goals: data.goals.map((goal) => ({ ...goal, status: "dropped" as const })),
  };
  it.each([
    ["nl", "opzij gezet", "losgelaten"],
    ["fr", "mis de côté", "abandonné"],
    ["de", "zur Seite gelegt", "aufgegeben"],
  ] as const)("in %s", (language, kind, colleagues) => {
    const text = bodyText(render(myPlan, dropped, { settings: sampleSettings, language }).html);
    expect(text).toContain(kind);
    expect(text).not.toContain(colleagues);
  });
});
