import { LANGUAGES, type Language } from "@miriam/schemas";
import { type MessageTable, type RenderedDocument, render, type Template } from "../src/index";
import { sampleSettings, templatesWithSamples } from "./_samples";

/** A template whose data type is erased, so that all templates fit in one loop. */
export type AnyTemplate = Template<string, unknown, unknown, MessageTable>;

/** Renders every built-in template's sample in every language. Pure. */
export function renderSamples(): {
  file: string;
  document: RenderedDocument;
  language: Language;
}[] {
  return templatesWithSamples.flatMap(({ template, data }) =>
    LANGUAGES.map((language) => ({
      file: `${template.id}.${language}`,
      language,
      document: render(template as unknown as AnyTemplate, data, {
        settings: sampleSettings,
        language,
      }),
    })),
  );
}
