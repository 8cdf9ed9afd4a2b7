import { describe, expect, it } from "vitest";
import { frenchSpacing } from "./_french-spacing";

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
