import { describe, expect, it } from "vitest";
import { projectDomains } from "../schemas/project-settings";
import {
  LANGUAGES,
  labels,
  languageName,
  languages,
  lifeDomains,
  regionLanguages,
  regions,
} from "./index";
import { roles, stepOwners } from "./roles";

describe("step owners", () => {
  it("are roles of the method, or she and her case manager together", () => {
    for (const code of stepOwners.codes)
      expect(roles.has(code) || code === "together", code).toBe(true);
  });

  it("speak to her where a document is addressed to her, and name the role for a colleague", () => {
    expect(stepOwners.labelForHer("participant", "nl")).toBe("jij");
    expect(stepOwners.label("participant", "nl")).toBe("de deelneemster");
    expect(stepOwners.labelForHer("case-manager", "fr")).toBe("votre case manager");
  });

  it("fall back to the colleague's label where her wording is the same", () => {
    for (const language of LANGUAGES)
      expect(stepOwners.labelForHer("together", language)).toBe(
        stepOwners.label("together", language),
      );
  });

  it("are what a goal step's `who` accepts, and nothing else", () => {
    expect(stepOwners.schema.options).toEqual([...stepOwners.codes]);
    expect(stepOwners.schema.safeParse("coordinator").success).toBe(false);
  });
});

describe("roles", () => {
  it("name the case manager with the method's own word in German", () => {
    expect(roles.label("case-manager", "de")).toContain("Case-Manager");
    expect(stepOwners.label("case-manager", "de")).toContain("Case-Manager");
    expect(stepOwners.labelForHer("case-manager", "de")).toContain("Case-Manager");
  });

  it("give every term's labels in every language with labelsOf", () => {
    for (const term of roles.terms) expect(roles.labelsOf(term.code)).toEqual(term.labels);
  });
});

describe("languages and regions", () => {
  it("name exactly the kit's four languages, each in its own name too", () => {
    expect([...languages.codes]).toEqual([...LANGUAGES]);
    expect(LANGUAGES.map(languageName)).toEqual(["Nederlands", "Français", "Deutsch", "English"]);
    expect(languages.label("fr", "nl")).toBe("Frans");
  });

  it("give every region at least one of the kit's languages, Brussels two", () => {
    for (const region of regions.codes) {
      expect(regionLanguages(region).length).toBeGreaterThan(0);
      for (const language of regionLanguages(region)) expect(LANGUAGES).toContain(language);
    }
    expect(regionLanguages("brussels")).toEqual(["nl", "fr"]);
    expect(regionLanguages("german-speaking")).toEqual(["de"]);
  });
});

describe("projectDomains", () => {
  it("is the project's own domain set when its settings have one", () => {
    const own = [{ code: "budget", labels: labels("budget", "budget", "Budget", "budget") }];
    expect(projectDomains({ domains: own })).toBe(own);
  });

  it("is the kit's default set otherwise, in its order", () => {
    expect(projectDomains({}).map((d) => d.code)).toEqual([...lifeDomains.codes]);
    expect(projectDomains(undefined).map((d) => d.labels)).toEqual(
      lifeDomains.terms.map((t) => t.labels),
    );
  });
});
