import { labels, projectDomains } from "@miriam/schemas";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Trajectories } from "../src/domain/trajectories";
import { createApp } from "../src/web/app";
import { Client, type TestApp, TODAY, targets, testApp } from "./harness";

// A project may replace the kit's default life domains with its own set (project
// settings, `domains`). The app's forms and her timeline read the project's set: a domain
// the default set lacks is offered and recorded, and one the project left out is not.
const OWN_DOMAINS = [
  { code: "finances", labels: labels("geld", "argent", "Geld", "money") },
  { code: "housing", labels: labels("wonen", "logement", "Wohnen", "housing") },
  { code: "social-network", labels: labels("netwerk", "réseau", "Netzwerk", "network") },
  {
    code: "language",
    labels: labels(
      "Nederlands leren",
      "apprendre le néerlandais",
      "Niederländisch lernen",
      "learning Dutch",
    ),
  },
];

const sqlite = targets().find((target) => target.name === "sqlite")!;

describe("a project with its own life domains", () => {
  let t: TestApp;
  let lotte: Client;

  beforeAll(async () => {
    t = await testApp(sqlite.url!);
    const row = await t.db.get<{ id: string; settings: string }>(
      "SELECT id, settings FROM projects",
    );
    const settings = { ...JSON.parse(row!.settings), domains: OWN_DOMAINS };
    await t.db.run("UPDATE projects SET settings = ? WHERE id = ?", [
      JSON.stringify(settings),
      row!.id,
    ]);
    // A new app: the kit caches a project's settings once read.
    lotte = new Client(
      createApp({ kit: new Trajectories(t.db, () => TODAY), log: () => undefined }),
    );
    expect((await lotte.login("casemanager")).status).toBe(200);
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  it("gets an intake form with one row per domain of the project, in its order", async () => {
    // gent-2026-b-03 has consented; her intake is next.
    const form = await (
      await lotte.request("/participants/gent-2026-b-03/record/intake.held")
    ).text();
    const rows = [...form.matchAll(/name="want-([a-z-]+)"/g)].map((m) => m[1]);
    expect(rows).toEqual(OWN_DOMAINS.map((d) => d.code));
    expect(form).toContain("Nederlands leren");
    expect(form).not.toContain('name="want-leisure"');
  });

  it("offers the project's domains in the contact form, and records one the default set lacks", async () => {
    const path = "/participants/gent-2026-b-06";
    const form = await (await lotte.request(`${path}/record/contact.held`)).text();
    const offered = [...form.matchAll(/name="domains" value="([a-z-]+)"/g)].map((m) => m[1]);
    expect(offered).toEqual(projectDomains({ domains: OWN_DOMAINS }).map((d) => d.code));

    const recorded = await lotte.request(`${path}/events`, {
      method: "POST",
      form: {
        type: "contact.held",
        when: `${TODAY}T09:30`,
        mode: "office",
        domains: "language",
        minutes: "30",
      },
    });
    expect(recorded.status).toBe(303);
    const page = await (await lotte.request(path)).text();
    expect(page).toContain("Nederlands leren");
  });

  it("offers the project's domains for a new goal, never the default set's others", async () => {
    const form = await (
      await lotte.request("/participants/gent-2026-b-06/record/goal.added")
    ).text();
    const offered = [...form.matchAll(/<option value="([a-z-]+)"[^>]*>([^<]*)<\/option>/g)];
    const domains = offered.filter(([, code]) => OWN_DOMAINS.some((d) => d.code === code));
    expect(domains.map(([, , label]) => label)).toEqual(OWN_DOMAINS.map((d) => d.labels.nl));
    expect(form).not.toContain('value="leisure"');
  });
});
