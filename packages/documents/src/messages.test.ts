import { LANGUAGES } from "@miriam/schemas";
import { describe, expect, it } from "vitest";
import { articlePlaceholder } from "./_french-article";
import { commonMessages } from "./common-messages";
import { type MessageTable, placeholdersOf } from "./messages";
import { templates } from "./templates";

const tables: [string, MessageTable][] = [
  ["common", commonMessages],
  ...templates.map((template): [string, MessageTable] => [template.id, template.messages]),
];

describe.each(tables)("the messages of %s", (_id, messages) => {
  it("have a text in every language", () => {
    for (const [key, labels] of Object.entries(messages))
      for (const language of LANGUAGES)
        expect(labels[language]?.trim(), `${key} in ${language}`).toBeTruthy();
  });

  it("use the same placeholders in every language, French article forms aside", () => {
    for (const [key, labels] of Object.entries(messages)) {
      const expected = placeholdersOf(labels.en).sort();
      for (const language of LANGUAGES) {
        const used = placeholdersOf(labels[language]);
        const articles = used.filter((name) => articlePlaceholder(name) !== undefined);
        if (language !== "fr") expect(articles, `${key} in ${language}`).toEqual([]);
        const bases = used.map((name) => articlePlaceholder(name)?.base ?? name);
        expect([...new Set(bases)].sort(), `${key} in ${language}`).toEqual(
          [...new Set(expected)].sort(),
        );
      }
    }
  });

  it("give every counted noun its 'other' form", () => {
    for (const key of Object.keys(messages).filter((name) =>
      /_(zero|one|two|few|many)$/.test(name),
    ))
      expect(messages, key).toHaveProperty(key.replace(/_[a-z]+$/, "_other"));
  });
});

describe("templates", () => {
  it("each have a title and a unique kebab-case id", () => {
    const ids = templates.map((template) => template.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const template of templates) {
      expect(template.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(template.messages.title).toBeDefined();
    }
  });

  it("cover every document of METHODOLOGY.md §9, in the order of the trajectory", () => {
    expect(templates.map((template) => template.id)).toEqual([
      "information-sheet",
      "consent",
      "intake-report",
      "rights-check",
      "personal-plan",
      "my-plan",
      "contact-log",
      "group-session",
      "mid-term-review",
      "end-evaluation",
      "handover",
      "follow-up-questionnaire",
      "annual-report",
    ]);
  });
});
