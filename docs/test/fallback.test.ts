import { describe, expect, it } from "vitest";
import { englishFallback, fallbackNote, notFoundText } from "../.vitepress/theme/fallback";

describe("a page that exists only in English", () => {
  it("sends a Dutch or French reader to the English page, marked with her language", () => {
    expect(englishFallback("/nl/guides/trainer")).toBe("/guides/trainer?from=nl");
    expect(englishFallback("/fr/reference/statechart.html")).toBe(
      "/reference/statechart.html?from=fr",
    );
    expect(englishFallback("/miriam/nl/guides/vendor", "/miriam/")).toBe(
      "/miriam/guides/vendor?from=nl",
    );
  });

  it("leaves a missing English page a real 404", () => {
    expect(englishFallback("/guides/nope")).toBeUndefined();
    expect(englishFallback("/nlx/page")).toBeUndefined();
  });

  it("tells her in her own language why she reads English", () => {
    expect(fallbackNote("?from=nl")).toEqual({
      lang: "nl",
      text: "Deze pagina bestaat niet in het Nederlands: je leest de Engelse versie.",
    });
    expect(fallbackNote("?from=fr")?.text).toContain("n'existe pas en français");
    expect(fallbackNote("?from=de")).toBeUndefined();
    expect(fallbackNote("")).toBeUndefined();
  });

  it("words the not-found page in the language of the address", () => {
    expect(notFoundText("/fr/nothing").title).toBe("Cette page n'existe pas.");
    expect(notFoundText("/fr/nothing").link).toBe("/fr/");
    expect(notFoundText("/nothing").link).toBe("/");
  });
});
