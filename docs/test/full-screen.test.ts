import { describe, expect, it } from "vitest";
import { fullScreenLabel } from "../.vitepress/theme/full-screen";

describe("the diagrams' full-screen button", () => {
  it("speaks the page's language", () => {
    expect(fullScreenLabel("nl-BE")).toBe("Schema op volledig scherm");
    expect(fullScreenLabel("fr-BE")).toBe("Schéma en plein écran");
  });

  it("says how to leave while the diagram fills the screen", () => {
    expect(fullScreenLabel("nl-BE", true)).toBe("Volledig scherm sluiten");
    expect(fullScreenLabel("fr-BE", true)).toBe("Quitter le plein écran");
    expect(fullScreenLabel("en-US", true)).not.toBe(fullScreenLabel("en-US"));
  });

  it("falls back to English for a language the site does not have", () => {
    expect(fullScreenLabel("en-US")).toBe("Diagram full screen");
    expect(fullScreenLabel("de-BE")).toBe(fullScreenLabel("en"));
  });
});
