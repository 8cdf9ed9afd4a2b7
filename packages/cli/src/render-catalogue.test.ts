import { Writable } from "node:stream";
import { exampleCohort } from "@miriam/schemas";
import { afterAll, describe, expect, it, vi } from "vitest";
import { cohortDir } from "./_test-cli";
import { run } from "./run";

// A document added to @miriam/documents' catalogue, and nowhere else, reaches
// `miriam render`: it is listed, accepted, and its data read from her replayed state.
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

const { dir, cleanup } = cohortDir();
afterAll(cleanup);

async function miriam(args: readonly string[]): Promise<{ code: number; output: string }> {
  let output = "";
  const sink = new Writable({
    write(chunk, _encoding, callback) {
      output += chunk;
      callback();
    },
  });
  const code = await run(args, { cwd: dir, stdout: sink, stderr: sink, env: { NO_COLOR: "1" } });
  return { code, output };
}

describe("miriam render and the document catalogue", () => {
  it("lists and renders a document that only the catalogue knows", async () => {
    const help = await miriam(["render", "--help"]);
    expect(help.output.replace(/\s+/g, " ")).toContain("annual-report, fake-note.");
    const rendered = await miriam([
      "render",
      "fake-note",
      "--from",
      "export",
      "--trajectory",
      "gent-2025-a-01",
    ]);
    const her = exampleCohort().profiles.find((p) => p.trajectoryId === "gent-2025-a-01")!;
    expect(rendered.output).toContain(her.givenName);
    expect(rendered.code).toBe(0);
    const refused = await miriam(["render", "fake-note", "--from", "export"]);
    expect(refused.output).toContain("fake-note needs --trajectory <id>.");
    expect(refused.code).toBe(2);
  });
});
