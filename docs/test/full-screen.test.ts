import { describe, expect, it } from "vitest";
import { fullScreenLabel } from "../.vitepress/theme/full-screen";

describe("the diagrams' full-screen button", () => {
  it("speaks the page's language", () => {
    expect(fullScreenLabel("nl-BE")).toBe("Schema op volledig scherm");
    expect(fullScreenLabel("fr-BE")).toBe("Schéma en plein écran");
  });

  it("falls back to English for a language the site does not have", () => {
    expect(fullScreenLabel("en-US")).toBe("Diagram full screen");
    expect(fullScreenLabel("de-BE")).toBe(fullScreenLabel("en"));
  });
});
