import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { reportToMarkdown, runConformance } from "@miriam/conformance";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mapDossier } from "../src/adapter.js";
import { writeMiriamExport } from "../src/export.js";
import { dossiers, groupEvents, journal, settings } from "./example-data.js";

// The MIRIAM conformance kit checks the export the way a funder's or an auditor's CI
// would: every line against the schemas, privacy, references to the project's groups,
// and every trajectory replayed through the method's hard rules. Add your own system's
// export (from a test database) next to this one.

describe("the MIRIAM export", () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "miriam-export-"));
    const trajectoryEvents = dossiers.flatMap(
      (dossier) => mapDossier(dossier, journal, settings.id).events,
    );
    await writeMiriamExport(dir, { settings, trajectoryEvents, groupEvents });
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("passes the MIRIAM conformance kit", async () => {
    const report = await runConformance(dir);
    const failed = report.requirements.filter((requirement) => requirement.status === "failed");
    if (failed.length > 0) await writeFile("conformance-report.md", reportToMarkdown(report));
    expect(
      failed.map((requirement) => ({
        id: requirement.id,
        findings: requirement.findings.map((finding) => finding.message),
      })),
    ).toEqual([]);
    expect(report.conformant).toBe(true);
  });
});
