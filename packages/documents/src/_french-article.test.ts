import { describe, expect, it } from "vitest";
import { articlePlaceholder, frenchArticle } from "./_french-article";

describe("frenchArticle", () => {
  it("uses le, au and du before a consonant", () => {
    expect(frenchArticle("CPAS de Namur", "le")).toBe("le CPAS de Namur");
    expect(frenchArticle("CPAS de Namur", "au")).toBe("au CPAS de Namur");
    expect(frenchArticle("CPAS de Namur", "du")).toBe("du CPAS de Namur");
  });

  it("elides before a vowel, an umlaut or a mute h", () => {
    expect(frenchArticle("OCMW Voorbeeldstad", "le")).toBe("l'OCMW Voorbeeldstad");
    expect(frenchArticle("OCMW Voorbeeldstad", "au")).toBe("à l'OCMW Voorbeeldstad");
    expect(frenchArticle("ÖSHZ Eupen", "du")).toBe("de l'ÖSHZ Eupen");
    expect(frenchArticle("Hôtel social", "le")).toBe("l'Hôtel social");
  });

  it("capitalises the article at the start of a sentence", () => {
    expect(frenchArticle("OCMW Gent", "le", true)).toBe("L'OCMW Gent");
    expect(frenchArticle("CPAS de Namur", "le", true)).toBe("Le CPAS de Namur");
  });

  it("contracts a name that brings its own article", () => {
    expect(frenchArticle("Le Relais", "le")).toBe("le Relais");
    expect(frenchArticle("Le Relais", "au")).toBe("au Relais");
    expect(frenchArticle("Le Relais", "du")).toBe("du Relais");
    expect(frenchArticle("La Maison sociale", "du")).toBe("de la Maison sociale");
    expect(frenchArticle("L'Escale", "au")).toBe("à l'Escale");
  });
});

describe("articlePlaceholder", () => {
  it("finds the placeholder an article form is made from", () => {
    expect(articlePlaceholder("auOcmw")).toEqual({ base: "ocmw", form: "au", capital: false });
    expect(articlePlaceholder("LeOcmwName")).toEqual({
      base: "ocmwName",
      form: "le",
      capital: true,
    });
  });

  it("leaves ordinary placeholders alone", () => {
    expect(articlePlaceholder("ocmw")).toBeUndefined();
    expect(articlePlaceholder("duration")).toBeUndefined();
    expect(articlePlaceholder("level")).toBeUndefined();
  });
});
