import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { aggregate } from "./aggregate";
import { reportToJson } from "./json";
import { syntheticProgrammeReports } from "./synthetic-programme";

// The programme report's path from raw exports was made faster (issue #21: 100,000
// trajectories within the funder report's budget). Speed must not change a figure: the
// reports of a generated programme, made from per-mother data and from the OCMWs'
// published figures alone, are compared with the ones the earlier code wrote
// (test/fixtures/programme-report.golden.json, written before the optimisation; `vitest -u`
// rewrites it, which a change of figures must justify).

const digest = (text: string) => createHash("sha256").update(text).digest("hex");

describe("the programme report of a generated programme", () => {
  it("is the same, figure for figure, as the one written before the optimisation", async () => {
    const exact = syntheticProgrammeReports({ trajectories: 3_000, countsBeforeSuppression: true });
    const published = syntheticProgrammeReports({ ocmws: 12, projects: 20, trajectories: 1_500 });
    const golden = {
      fromExports: aggregate(exact.reports, { participants: exact.participants }),
      fromPublishedFigures: aggregate(published.reports),
      // The OCMWs' own funder reports, which the programme report adds up.
      funderReports: {
        exact: digest(exact.reports.map((r) => reportToJson(r)).join("\n")),
        published: digest(published.reports.map((r) => reportToJson(r)).join("\n")),
      },
      // Her summaries, which the effect sizes are computed from.
      participants: digest(JSON.stringify(exact.participants)),
    };
    await expect(`${JSON.stringify(golden, null, 1)}\n`).toMatchFileSnapshot(
      "../test/fixtures/programme-report.golden.json",
    );
  }, 120_000);
});
