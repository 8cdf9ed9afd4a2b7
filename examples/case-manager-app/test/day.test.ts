// A case manager's day (issue #18): her worklist, search, calendar, agenda feed and the
// next step on a participant's page, through the app's routes on SQLite. What each page
// must show is asked of the kit (due actions, signals, suggested step), never retyped.

import { canAccept, fidelitySignals, suggestedStep } from "@miriam/trajectory";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { groupsOfUser } from "../src/db/accounts";
import { trajectoriesOfGroup } from "../src/db/event-store";
import { loadProfile } from "../src/domain/trajectories";
import { formatDate } from "../src/web/day/dates";
import { stepHref } from "../src/web/participants";
import { Client, type TestApp, TODAY, targets, testApp } from "./harness";

let t: TestApp;
const clients: Record<string, Client> = {};

async function as(username: string) {
  if (clients[username]) return clients[username];
  const client = new Client(t.app);
  expect((await client.login(username)).status).toBe(200);
  await client.request("/preferences/language", {
    method: "POST",
    form: { language: "nl", back: "/" },
  });
  clients[username] = client;
  return client;
}

const text = async (response: Response) => {
  expect(response.status).toBe(200);
  return response.text();
};
const decode = (html: string) =>
  html.replaceAll("&amp;", "&").replaceAll("&#39;", "'").replaceAll("&quot;", '"');

/** Every mother of the demo case manager's groups, replayed, with her profile. */
async function lotteMothers() {
  const mothers = [];
  for (const groupId of await groupsOfUser(t.db, "cm-01"))
    for (const id of await trajectoriesOfGroup(t.db, groupId)) {
      const loaded = (await t.kit.load(id))!;
      const { profile } = await loadProfile(t.db, id);
      const settings = await t.kit.projectSettings(loaded.stream.projectId);
      mothers.push({ id, loaded, profile, settings });
    }
  return mothers;
}

beforeAll(async () => {
  t = await testApp(targets().find((target) => target.name === "sqlite")!.url!);
}, 60_000);
afterAll(async () => {
  await t?.close();
});

describe("her worklist", () => {
  it("is her home page, with each overdue and this week's due action linked to its form", async () => {
    const lotte = await as("casemanager");
    const page = decode(await text(await lotte.request("/")));
    let checked = 0;
    for (const mother of await lotteMothers()) {
      const gap = fidelitySignals(mother.loaded.state, {
        settings: mother.settings!,
        asOf: TODAY,
      }).find((s) => s.code === "individual-contact-gap" && s.period?.to === TODAY);
      for (const action of await t.kit.due(mother.loaded)) {
        if (!action.overdue || (gap && action.code === "individual-contact")) continue;
        expect(page).toContain(action.label.nl);
        expect(page).toContain(
          canAccept(mother.loaded.state, action.step).accepted
            ? `href="${stepHref(mother.id, action.step)}"`
            : `href="/participants/${mother.id}"`,
        );
        checked++;
      }
      if (gap) {
        // Without contact for longer than the project's setting: the kit's words, and the contact form.
        expect(page).toContain(gap.message.nl);
        expect(page).toContain(`href="${stepHref(mother.id, { type: "contact.held" })}"`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1);
    // A goal step past its date (the seed dates one), and the next planned group sessions.
    expect(page).toContain("Een budgetoverzicht maken");
    expect(page).toContain('href="/groups/gent-2026-b/sessions/new"');
  });

  it("leads to forms that open", async () => {
    const lotte = await as("casemanager");
    const page = decode(await text(await lotte.request("/")));
    const links = [...page.matchAll(/href="(\/(?:participants|groups)\/[^"]+)"/g)].map(
      (m) => m[1]!,
    );
    expect(links.length).toBeGreaterThan(3);
    for (const link of new Set(links)) expect((await lotte.request(link)).status, link).toBe(200);
  });

  it("leads a late goal step's line to the goal update with that goal chosen", async () => {
    const lotte = await as("casemanager");
    const page = decode(await text(await lotte.request("/")));
    const links = [
      ...page.matchAll(/href="(\/participants\/([^/"]+)\/record\/goal\.updated\?goal=([^"]+))"/g),
    ];
    expect(links.length).toBeGreaterThan(0);
    for (const [, link, trajectoryId, goalId] of links) {
      const loaded = (await t.kit.load(trajectoryId!))!;
      expect(Object.keys(loaded.state.context.goals)).toContain(goalId);
      const form = decode(await text(await lotte.request(link!)));
      const chosen = [...form.matchAll(/<option value="([^"]+)" selected>([^<]*)</g)];
      expect(chosen.map((m) => m[1])).toContain(goalId);
      // Named by her own words, not by its id.
      const words = loaded.goals.find((goal) => goal.id === goalId)!.description;
      expect(chosen.find((m) => m[1] === goalId)![2]).toContain(words);
    }
    // Without a goal, or with one she does not have, nothing is chosen beforehand.
    const [, , trajectoryId] = links[0]!;
    for (const query of ["", "?goal=no-such-goal"]) {
      const form = await text(
        await lotte.request(`/participants/${trajectoryId}/record/goal.updated${query}`),
      );
      const goalSelect = form.slice(
        form.indexOf('name="goalId"'),
        form.indexOf("</select>", form.indexOf('name="goalId"')),
      );
      expect(goalSelect).not.toContain(" selected");
    }
  });

  it("draws date fields in her language, with their limits kept and said in words", async () => {
    const mother = (await lotteMothers()).find(
      (m) => canAccept(m.loaded.state, { type: "contact.held" }).accepted,
    )!;
    const lotte = await as("casemanager");
    for (const [language, locale, words] of [
      ["fr", "fr-BE", "Un jour du"],
      ["nl", "nl-BE", "Een dag van"],
    ] as const) {
      await lotte.request("/preferences/language", {
        method: "POST",
        form: { language, back: "/" },
      });
      const form = decode(
        await text(await lotte.request(`/participants/${mother.id}/record/contact.held`)),
      );
      const input = form.match(/<input type="datetime-local"[^>]*>/)![0];
      expect(input).toContain(`lang="${locale}"`);
      const min = input.match(/min="([^"]+)"/)![1]!;
      const max = input.match(/max="([^"]+)"/)![1]!;
      expect(min.slice(0, 10)).toBe(mother.loaded.state.context.referral!.at.slice(0, 10));
      expect(max > `${TODAY}T00:00`).toBe(true);
      expect(input).toContain('aria-describedby="h-when"');
      const hint = form.match(/<p class="hint" id="h-when">([^<]+)<\/p>/)![1]!;
      expect(hint).toContain(words);
      expect(hint).toContain(formatDate(min.slice(0, 10), language));
      expect(hint).toContain(formatDate(max.slice(0, 10), language));
    }
  });

  it("says a missing date together with what else is wrong in the form", async () => {
    const mother = (await lotteMothers()).find(
      (m) => canAccept(m.loaded.state, { type: "contact.held" }).accepted,
    )!;
    const lotte = await as("casemanager");
    const response = await lotte.request(`/participants/${mother.id}/events`, {
      method: "POST",
      form: { type: "contact.held", when: "", mode: "home", minutes: "" },
    });
    expect(response.status).toBe(422);
    const page = await response.text();
    expect(page).toContain('id="e-when"');
    expect(page).toContain('id="e-minutes"');
  });

  it("shows another case manager nothing of Lotte's mothers; a coordinator keeps her own home", async () => {
    const camille = await as("casemanager2");
    const page = await text(await camille.request("/"));
    for (const mother of await lotteMothers())
      if (mother.profile) expect(page).not.toContain(mother.profile.familyName);
    const coordinator = await as("coordinator");
    const home = await coordinator.request("/");
    expect(home.status).toBe(302);
    expect(home.headers.get("location")).toBe("/groups");
  });
});

describe("the next step on her page", () => {
  it("is the kit's suggested step in words, and closing steps sit apart behind a confirmation", async () => {
    const lotte = await as("casemanager");
    for (const mother of await lotteMothers()) {
      const page = decode(await text(await lotte.request(`/participants/${mother.id}`)));
      const next = suggestedStep(mother.loaded.state, TODAY, mother.settings!);
      const section = page.slice(page.indexOf('id="ns-h"'), page.indexOf('id="next-h"'));
      if (next?.due) expect(section).toContain(next.due.label.nl);
      if (next && !next.step.type.startsWith("trajectory.closed"))
        expect(section).toContain(`href="${stepHref(mother.id, next.step)}"`);
      const closing = page.slice(page.indexOf('<details class="closing">'));
      if (page.includes('<details class="closing">')) {
        expect(closing).toContain(`/participants/${mother.id}/confirm/trajectory.closed?outcome=`);
        expect(page.slice(0, page.indexOf('<details class="closing">'))).not.toContain(
          "/record/trajectory.closed",
        );
      }
    }
    const confirm = decode(
      await text(
        await lotte.request(
          "/participants/gent-2026-b-05/confirm/trajectory.closed?outcome=dropped-out",
        ),
      ),
    );
    expect(confirm).toContain(
      'href="/participants/gent-2026-b-05/record/trajectory.closed?outcome=dropped-out"',
    );
    expect((await lotte.request("/participants/gent-2026-b-05/confirm/contact.held")).status).toBe(
      404,
    );
    const camille = await as("casemanager2");
    expect(
      (
        await camille.request(
          "/participants/gent-2026-b-05/confirm/trajectory.closed?outcome=dropped-out",
        )
      ).status,
    ).toBe(404);
  });
});

describe("search", () => {
  const search = (client: Client, q: string) =>
    client.request("/search", { method: "POST", form: { q } });

  it("finds a mother of her caseload by name or file number, and never another's", async () => {
    const lotte = await as("casemanager");
    const byName = await text(await search(lotte, "sofie peet"));
    expect(byName).toContain('href="/participants/gent-2026-b-05"');
    const byNumber = await text(await search(lotte, "2026-b-05"));
    expect(byNumber).toContain("Sofie Peeters");
    const camille = await as("casemanager2");
    const none = await text(await search(camille, "Sofie"));
    expect(none).not.toContain("Peeters");
    expect(none).toContain("Niemand gevonden.");
  });

  it("lets a coordinator find the project's mothers without opening their records", async () => {
    const coordinator = await as("coordinator");
    const page = await text(await search(coordinator, "Peeters"));
    expect(page).toContain("Sofie Peeters");
    expect(page).not.toContain('href="/participants/');
  });

  it("writes the name searched for neither in the server log nor in the audit log", async () => {
    const lotte = await as("casemanager");
    await search(lotte, "Lambert");
    expect(t.logs.join("\n")).not.toMatch(/Lambert/i);
    await t.db.flush();
    const audit = await t.db.all<Record<string, string>>("SELECT * FROM audit_log");
    expect(JSON.stringify(audit)).not.toMatch(/Lambert/i);
    expect(audit.some((row) => row.action === "participants.searched")).toBe(true);
  });
});

describe("calendar", () => {
  it("shows the week's planned sessions and due actions, and the month's", async () => {
    const lotte = await as("casemanager");
    const mothers = await lotteMothers();
    const week = decode(await text(await lotte.request(`/calendar?view=week&date=${TODAY}`)));
    const month = decode(await text(await lotte.request(`/calendar?view=month&date=${TODAY}`)));
    for (const mother of mothers)
      for (const action of await t.kit.due(mother.loaded))
        if (action.due.slice(0, 7) === TODAY.slice(0, 7)) {
          expect(month).toContain(`href="${stepHref(mother.id, action.step)}"`);
          expect(month).toContain(`datetime="${action.due}"`);
        }
    expect(month).toContain("Geplande groepssessie");
    expect(week).toContain(`datetime="${TODAY}"`);
    // A date that is not one falls back to today.
    expect(await text(await lotte.request("/calendar?date=2026-02-31"))).toContain("Vandaag");
  });

  it("shows a coordinator the sessions, without names or links to records", async () => {
    const coordinator = await as("coordinator");
    const month = await text(await coordinator.request(`/calendar?view=month&date=${TODAY}`));
    expect(month).toContain("Geplande groepssessie");
    for (const mother of await lotteMothers())
      if (mother.profile) expect(month).not.toContain(mother.profile.familyName);
  });
});

describe("her agenda feed", () => {
  const feedAddress = (page: string) => /\/calendar\/feed\/([A-Za-z0-9_-]{43})\.ics/.exec(page);

  it("is a secret address showing what is due without names, stored only as a hash", async () => {
    const lotte = await as("casemanager");
    const page = await text(
      await lotte.request("/settings/calendar/feed", { method: "POST", form: { names: "none" } }),
    );
    const [path, token] = feedAddress(page)!;
    const anonymous = new Client(t.app);
    const feed = await anonymous.request(path!);
    expect(feed.status).toBe(200);
    expect(feed.headers.get("content-type")).toContain("text/calendar");
    const ics = await feed.text();
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain("DTSTART;VALUE=DATE:");
    for (const mother of await lotteMothers()) {
      if (!mother.profile) continue;
      expect(ics).not.toContain(mother.profile.givenName);
      expect(ics).not.toContain(mother.profile.familyName);
      expect(ics).not.toContain(mother.id);
    }
    const rows = await t.db.all<Record<string, string>>("SELECT * FROM calendar_feeds");
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(t.logs.join("\n")).not.toContain(token);
    expect(t.logs.join("\n")).toContain("GET /calendar/feed/:file 200");
  });

  it("shows first names only when she chooses, and a new address revokes the old one", async () => {
    const lotte = await as("casemanager");
    const first = feedAddress(
      await text(
        await lotte.request("/settings/calendar/feed", { method: "POST", form: { names: "none" } }),
      ),
    )![0];
    const second = feedAddress(
      await text(
        await lotte.request("/settings/calendar/feed", {
          method: "POST",
          form: { names: "first" },
        }),
      ),
    )![0];
    const anonymous = new Client(t.app);
    expect((await anonymous.request(first)).status).toBe(404);
    const ics = await (await anonymous.request(second)).text();
    expect(ics).toContain("· Sofie");
    expect(ics).not.toContain("Peeters");
  });

  it("can be revoked, and its creation and revocation are audited", async () => {
    const lotte = await as("casemanager");
    const path = feedAddress(
      await text(
        await lotte.request("/settings/calendar/feed", { method: "POST", form: { names: "none" } }),
      ),
    )![0];
    const revoked = await lotte.request("/settings/calendar/feed/revoke", {
      method: "POST",
      form: {},
    });
    expect(revoked.status).toBe(303);
    expect((await new Client(t.app).request(path)).status).toBe(404);
    expect((await new Client(t.app).request("/calendar/feed/not-a-token.ics")).status).toBe(404);
    const actions = (
      await t.db.all<{ action: string }>("SELECT action FROM audit_log WHERE user_id = 'cm-01'")
    ).map((row) => row.action);
    expect(actions).toContain("calendar-feed.created");
    expect(actions).toContain("calendar-feed.revoked");
    expect(await text(await lotte.request("/settings/calendar"))).toContain(
      "Je hebt geen actief adres.",
    );
  });
});
