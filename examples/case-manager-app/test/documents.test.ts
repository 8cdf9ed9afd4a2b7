import { exampleCohort } from "@miriam/schemas";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type Client, signedInCaseManager, type TestApp } from "./harness";

// A document added to @miriam/documents' catalogue, and nowhere else, reaches the app:
// her page lists it once her replayed state is ready for it, and its route prints it.
// (create-miriam's document-catalogue test shows the same for `miriam render` and the
// blank forms.)
vi.mock("@miriam/documents", async (importOriginal) => {
  const documents = await importOriginal<typeof import("@miriam/documents")>();
  const fake = documents.defineDocument({
    template: { ...documents.informationSheet, id: "fake-note" },
    title: { nl: "Testnota", fr: "Note de test", de: "Testnotiz", en: "Test note" },
    scope: "trajectory",
    ready: (state) => state.context.milestones.intakeAt !== null,
    data: ({ profile }) => ({ givenName: profile.givenName }),
  });
  return { ...documents, documentCatalogue: [...documents.documentCatalogue, fake] };
});

// The app renders documents in a worker thread, which loads the real module graph and
// would not see the mocked catalogue; here the render runs in this thread, through the
// same renderDocument the worker calls.
vi.mock("../src/web/off-thread", async (importOriginal) =>
  (await import("./fixtures/mocked-modules")).renderingInThisThread(await importOriginal()),
);

const her = exampleCohort().profiles.find((p) => p.trajectoryId === "gent-2025-a-01")!;

describe("the participant page's documents", () => {
  let t: TestApp;
  let lotte: Client;

  beforeAll(async () => {
    ({ t, lotte } = await signedInCaseManager());
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  it("come from the document catalogue: a document added there is listed and printed", async () => {
    const page = await (await lotte.request(`/participants/${her.trajectoryId}`)).text();
    expect(page).toMatch(
      new RegExp(
        `<a href="/participants/${her.trajectoryId}/documents/fake-note">(Testnota|Note de test|Testnotiz|Test note)</a>`,
      ),
    );
    expect(page).toContain(`/participants/${her.trajectoryId}/documents/personal-plan`);
    const printed = await lotte.request(`/participants/${her.trajectoryId}/documents/fake-note`);
    expect(printed.status).toBe(200);
    expect(await printed.text()).toContain(her.givenName);
    const unknown = await lotte.request(`/participants/${her.trajectoryId}/documents/no-such`);
    expect(unknown.status).toBe(404);
  });
});
