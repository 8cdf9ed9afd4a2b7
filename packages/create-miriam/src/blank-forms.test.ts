import { exampleCohort, validate } from "@miriam/schemas";
import { describe, expect, it, vi } from "vitest";
import { blankForms } from "./_blank-forms";

// A document added to @miriam/documents' catalogue, and nowhere else, gets its blank
// form in a new project kit, numbered after the kit's own.
vi.mock("@miriam/documents", async (importOriginal) => {
  const documents = await importOriginal<typeof import("@miriam/documents")>();
  const fake = documents.defineDocument({
    template: { ...documents.informationSheet, id: "fake-note" },
    title: { nl: "Testnota", fr: "Note de test", de: "Testnotiz", en: "Test note" },
    scope: "trajectory",
    data: ({ profile }) => ({ givenName: profile.givenName }),
    blankForm: "fake-note",
  });
  return { ...documents, documentCatalogue: [...documents.documentCatalogue, fake] };
});

const checked = validate("project-settings", exampleCohort().settings);
if (!checked.ok) throw new Error("The example cohort's settings are not valid.");
const settings = checked.value;

describe("blank forms", () => {
  it("come from the document catalogue, numbered in its order, one register per group", () => {
    const files = blankForms(settings).map((form) => form.file);
    expect(files).toEqual([
      "01-information-sheet",
      "02-consent",
      "03-intake-report",
      "04-rights-check",
      "05-personal-plan",
      "06-contact-log",
      ...settings.groups.map((group) => `07-attendance-register-${group.id}`),
      "08-mid-term-review",
      "09-handover",
      "10-follow-up-questionnaire",
      "11-fake-note",
    ]);
    const fake = blankForms(settings).at(-1)!.render(settings, "fr");
    expect(fake.template).toBe("fake-note");
    expect(fake.html).toMatch(/^<!DOCTYPE html>/i);
  });
});
