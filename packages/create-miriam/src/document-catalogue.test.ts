import { rmSync } from "node:fs";
import { Writable } from "node:stream";
import { run as miriam } from "@miriam/cli";
import { exampleCohort, validate } from "@miriam/schemas";
import { afterAll, describe, expect, it, vi } from "vitest";
import { blankForms } from "./_blank-forms";
import { tempDir } from "./_spawn-cli.test-helper";

// A document added to @miriam/documents' catalogue, and nowhere else, gets its blank form
// in a new project kit (numbered after the kit's own) and is listed and rendered by
// `miriam render`, the command the kit ships. (The case-manager app has the same test.)
vi.mock("@miriam/documents", async (importOriginal) => {
  const documents = await importOriginal<typeof import("@miriam/documents")>();
  const fake = documents.defineDocument({
    template: { ...documents.informationSheet, id: "fake-note" },
    title: { nl: "Testnota", fr: "Note de test", de: "Testnotiz", en: "Test note" },
    scope: "trajectory",
    ready: (state) => state.context.milestones.intakeAt !== null,
    data: ({ profile }) => ({ givenName: profile.givenName }),
    blankForm: "fake-note",
  });
  return { ...documents, documentCatalogue: [...documents.documentCatalogue, fake] };
});

const cohort = exampleCohort();
const checked = validate("project-settings", cohort.settings);
if (!checked.ok) throw new Error("The example cohort's settings are not valid.");
const settings = checked.value;

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: readonly string[]): Promise<{ code: number; output: string }> {
  let output = "";
  const sink = new Writable({
    write(chunk, _encoding, callback) {
      output += chunk;
      callback();
    },
  });
  const code = await miriam(args, { cwd: dir, stdout: sink, stderr: sink, env: { NO_COLOR: "1" } });
  return { code, output };
}

describe("a document added to the catalogue", () => {
  it("gets a blank form, numbered in catalogue order, after one register per group", () => {
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

  it("is listed and rendered by miriam render, from her replayed state", async () => {
    // The demo writes the example cohort as an export to demo/export.
    expect((await run(["demo", "demo"])).code).toBe(0);
    const help = await run(["render", "--help"]);
    expect(help.output.replace(/\s+/g, " ")).toContain("annual-report, fake-note.");
    const rendered = await run([
      "render",
      "fake-note",
      "--from",
      "demo/export",
      "--trajectory",
      "gent-2025-a-01",
    ]);
    const her = cohort.profiles.find((p) => p.trajectoryId === "gent-2025-a-01")!;
    expect(rendered.output).toContain(her.givenName);
    expect(rendered.code).toBe(0);
    // Said in the project's language (the example cohort's is Dutch), or in --lang's.
    const refused = await run(["render", "fake-note", "--from", "demo/export"]);
    expect(refused.output).toContain("fake-note heeft --trajectory <id> nodig.");
    const english = await run(["render", "fake-note", "--from", "demo/export", "--lang", "en"]);
    expect(english.output).toContain("fake-note needs --trajectory <id>.");
    expect(refused.code).toBe(2);
  });
});
