import { LANGUAGES } from "@miriam/schemas";
import { describe, expect, it } from "vitest";
import { htmlParseErrors } from "../scripts/_checks";
import { renderSamples } from "../scripts/_render-samples";

describe.each(renderSamples().map((sample) => [sample.file, sample] as const))(
  "%s",
  (_file, { document, language }) => {
    it("is well-formed HTML: no parse error by the WHATWG rules (parse5)", () => {
      expect(htmlParseErrors(document.html)).toEqual([]);
    });

    it("is a standalone page that prints on A4", () => {
      expect(document.html).toMatch(/^<!doctype html>\n<html lang="(nl|fr|de|en)">/);
      expect(document.html).toContain(`lang="${language}"`);
      expect(document.html).toContain('<meta charset="utf-8">');
      expect(document.html).toContain("size: A4;");
      expect(document.html).not.toMatch(/<script|<link|@import|https?:\/\//);
    });
  },
);

it("renders every template in every language", () => {
  expect(renderSamples()).toHaveLength(13 * LANGUAGES.length);
});
