import { LANGUAGES } from "@miriam/schemas";
import { describe, expect, it } from "vitest";
import { bodyText, markdownToHtml, tagNames } from "../scripts/_checks";
import type { AnyTemplate } from "../scripts/_render-samples";
import { sampleSettings, templatesWithSamples } from "../scripts/_samples";
import { markdownText } from "./_escape";
import { render } from "./render";

// Under 100 characters, so it fits every free-text field, names included.
const HOSTILE =
  "<script>x()</script><b>b</b> &amp; # h\n- i\n1. o\n| a |\n**s** [l](u) `c`\n---\n    {name}";

// Free-text fields: what a worker or a mother writes. Codes, dates and ids are checked
// by the schemas and cannot carry markup.
const FREE_TEXT = new Set([
  "note",
  "description",
  "words",
  "topic",
  "place",
  "partner",
  "givenName",
  "familyName",
  "groupName",
  "caseManager",
  "coordinator",
  "receivingWorker",
  "facilitator",
  "privacyContact",
  "street",
  "municipality",
  "name",
  "agenda",
]);

function poison(value: unknown, key?: string): unknown {
  if (typeof value === "string") return key !== undefined && FREE_TEXT.has(key) ? HOSTILE : value;
  if (Array.isArray(value))
    return value.map((item) => poison(item, key === "agenda" ? key : undefined));
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
  return value;
}

const hostileSettings = {
  ...sampleSettings,
  ocmw: { ...sampleSettings.ocmw, name: HOSTILE.replaceAll("\n", " ") },
};

describe.each(
  templatesWithSamples.map(({ template, data }) => [template.id, template, data] as const),
)("%s with markup in every free-text field", (_id, template, data) => {
  it.each(LANGUAGES)(
    "keeps the structure of the document in HTML and Markdown (%s)",
    (language) => {
      const render_ = (input: unknown, settings = sampleSettings) =>
        render(template as unknown as AnyTemplate, input, { settings, language });
      const plain = render_(data);
      const hostile = render_(poison(data), hostileSettings);

      expect(tagNames(hostile.html)).toEqual(tagNames(plain.html));
      expect(tagNames(markdownToHtml(hostile.markdown))).toEqual(
        tagNames(markdownToHtml(plain.markdown)),
      );

      // The text is shown as written, with its placeholders left alone.
      expect(bodyText(hostile.html)).toContain("<script>x()</script><b>b</b> &amp; # h");
      expect(bodyText(hostile.html)).toContain("{name}");
      expect(bodyText(markdownToHtml(hostile.markdown))).toContain(
        "<script>x()</script><b>b</b> &amp; # h",
      );
    },
  );
});

describe("markdownText", () => {
  it("escapes what would start inline syntax, and leaves ordinary text readable", () => {
    expect(markdownText("l'enfance, 10:00 (2025) 50% ok!", "block")).toBe(
      "l'enfance, 10:00 (2025) 50% ok!",
    );
    expect(markdownText("*a* _b_ `c` [d] <e> &f; |g| ~h~ #i \\", "block")).toBe(
      "\\*a\\* \\_b\\_ \\`c\\` \\[d\\] \\<e\\> \\&f; \\|g\\| \\~h\\~ \\#i \\\\",
    );
  });

  it("keeps each line of a value inside its block", () => {
    expect(markdownText("one\n\n- two\n3. three\n   ===", "block")).toBe(
      "one\\\n\\- two\\\n3\\. three\\\n\\===",
    );
    expect(markdownText("one\ntwo", "cell")).toBe("one<br>two");
  });
});
