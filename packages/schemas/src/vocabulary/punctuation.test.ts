import { describe, expect, it } from "vitest";
import { frenchSpacing, labelAndValue } from "./punctuation";

describe("labelAndValue", () => {
  it("puts a narrow no-break space before the colon in French", () => {
    expect(labelAndValue("Parcours clôturé", "abandon", "fr")).toBe(
      "Parcours clôturé\u202f: abandon",
    );
  });

  it("joins with a bare colon in Dutch, German and English", () => {
    expect(labelAndValue("Traject afgesloten", "voortijdig gestopt", "nl")).toBe(
      "Traject afgesloten: voortijdig gestopt",
    );
    expect(labelAndValue("Verlauf abgeschlossen", "umgezogen", "de")).toBe(
      "Verlauf abgeschlossen: umgezogen",
    );
    expect(labelAndValue("Closed", "moved away", "en")).toBe("Closed: moved away");
  });
});

describe("frenchSpacing", () => {
  it("keeps the sign on the line of its word with a narrow no-break space", () => {
    expect(frenchSpacing("Pour quand ? Bravo ! Nom : X ; « oui »")).toBe(
      "Pour quand\u202f? Bravo\u202f! Nom\u202f: X\u202f; «\u202foui\u202f»",
    );
  });

  it("leaves signs without a space before them alone", () => {
    for (const text of ["https://example.org/?a=1", "10:30", "Wie?"])
      expect(frenchSpacing(text)).toBe(text);
  });
});
