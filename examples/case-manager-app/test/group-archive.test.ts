import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { groupsOfUser } from "../src/db/accounts";
import { groupPageSince, isListedSince, isSessionSince } from "../src/web/group-archive";
import { type Client, signedInCaseManager, type TestApp, TODAY } from "./harness";

describe("the group page's year", () => {
  const since = groupPageSince("2026-12-04");

  it("starts a year before today", () => {
    expect(since).toBe("2025-12-04");
  });

  it("lists every trajectory under way, however old", () => {
    expect(
      isListedSince({ phase: "active", lastEventAt: "2020-01-10T10:00:00+01:00" }, since),
    ).toBe(true);
    expect(isListedSince({ phase: null, lastEventAt: null }, since)).toBe(true);
  });

  it("lists a closed trajectory only when it ended within the year, by her local date", () => {
    expect(
      isListedSince({ phase: "closed", lastEventAt: "2025-12-04T00:30:00+01:00" }, since),
    ).toBe(true);
    expect(
      isListedSince({ phase: "closed", lastEventAt: "2025-12-03T23:30:00+01:00" }, since),
    ).toBe(false);
    expect(isListedSince({ phase: "closed", lastEventAt: null }, since)).toBe(false);
  });

  it("shows a session from the first day of the year on", () => {
    expect(isSessionSince("2025-12-04", since)).toBe(true);
    expect(isSessionSince("2025-12-03", since)).toBe(false);
  });
});

describe("the group page of a group older than a year", () => {
  let t: TestApp;
  let lotte: Client;
  beforeAll(async () => {
    ({ t, lotte } = await signedInCaseManager());
    await lotte.request("/preferences/language", {
      method: "POST",
      form: { language: "nl", back: "/" },
    });
  });
  afterAll(() => t?.close());

  const page = async (path: string) => {
    const response = await lotte.request(path);
    expect(response.status, path).toBe(200);
    return response.text();
  };
  const links = (html: string) =>
    new Set([...html.matchAll(/href="\/participants\/([^"/?]+)"/g)].map((m) => m[1]!));
  const sessionRows = (html: string) =>
    new Set([...html.matchAll(/<tr id="ev-([^"]+)"/g)].map((m) => m[1]!));

  it("folds the sessions and closed trajectories before the year, and shows them all on request", async () => {
    const since = groupPageSince(TODAY);
    let folded = 0;
    for (const groupId of await groupsOfUser(t.db, "cm-01")) {
      const sessions = (await t.kit.group(groupId)).events.filter(
        (e) => e.type === "group-session.held",
      );
      const older = sessions.filter((e) => e.type === "group-session.held" && e.data.date < since);
      const shown = await page(`/groups/${groupId}`);
      const all = await page(`/groups/${groupId}?all=1`);
      // Sessions: the year's only, then every one; the count says how many are left out.
      expect(sessionRows(all).size).toBe(sessions.length);
      expect(sessionRows(shown).size).toBe(sessions.length - older.length);
      for (const session of older) expect(sessionRows(shown).has(session.id)).toBe(false);
      if (older.length > 0)
        expect(shown).toContain(
          `staan hier niet (${older.length}). <a href="/groups/${groupId}?all=1">`,
        );
      // Mothers: everyone on request; left out by default only when closed before the year.
      const everyone = links(all);
      const listed = links(shown);
      const left = [...everyone].filter((id) => !listed.has(id));
      for (const id of listed) expect(everyone.has(id)).toBe(true);
      const entries = await t.kit.participants(groupId);
      for (const id of left) {
        const entry = entries.find((p) => p.trajectoryId === id)!;
        expect(entry.phase).toBe("closed");
        expect(entry.lastEventAt!.slice(0, 10) < since).toBe(true);
      }
      if (left.length > 0)
        expect(shown).toContain(`afgesloten is, staan hier niet (${left.length}).`);
      folded += older.length + left.length;
      expect(all).not.toContain("staan hier niet");
    }
    // The demo's first group began more than a year before the tests' today.
    expect(folded).toBeGreaterThan(0);
  });
});
