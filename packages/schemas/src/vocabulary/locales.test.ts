import { describe, expect, it } from "vitest";
import { LANGUAGES } from "./_define";
import { localeOf } from "./locales";

describe("localeOf", () => {
  it("gives each language its Belgian locale, which Intl knows", () => {
    for (const language of LANGUAGES) {
      const locale = localeOf(language);
      expect(locale).toBe(`${language}-BE`);
      expect(Intl.NumberFormat.supportedLocalesOf([locale])).toEqual([locale]);
    }
  });

  it("writes a decimal comma in every language, English included", () => {
    for (const language of LANGUAGES) {
      expect(new Intl.NumberFormat(localeOf(language)).format(9.5)).toBe("9,5");
    }
  });
});
