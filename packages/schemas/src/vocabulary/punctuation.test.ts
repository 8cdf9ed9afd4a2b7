import { describe, expect, it } from "vitest";
import { labelAndValue } from "./punctuation";

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
